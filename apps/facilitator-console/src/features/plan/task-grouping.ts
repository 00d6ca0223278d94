import type { TaskStatus } from '@alianza/graphql-client/types';

/** The board's columns, in the order work flows. */
export const TASK_COLUMNS: readonly TaskStatus[] = ['TODO', 'DOING', 'BLOCKED', 'DONE'];

/** What the board needs of a task. */
export interface BoardTaskLike {
  readonly id: string;
  readonly status: TaskStatus;
  readonly responsibleOrganizationId: string;
  readonly dueDate: string | null;
  readonly overdue: boolean;
  readonly title: string;
}

export type TaskColumns<T> = Record<TaskStatus, T[]>;

export interface OrganizationLane<T> {
  readonly organizationId: string;
  readonly organizationName: string;
  readonly columns: TaskColumns<T>;
  readonly total: number;
}

/** Overdue first, then by due date (undated last), then by title. */
function compareTasks(a: BoardTaskLike, b: BoardTaskLike): number {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  if (a.dueDate !== b.dueDate) {
    if (a.dueDate === null) return 1;
    if (b.dueDate === null) return -1;
    return a.dueDate < b.dueDate ? -1 : 1;
  }
  return a.title.localeCompare(b.title);
}

/** One column per status (all four, even empty), tasks sorted within each. */
export function groupTasksByStatus<T extends BoardTaskLike>(tasks: readonly T[]): TaskColumns<T> {
  const columns = { TODO: [], DOING: [], BLOCKED: [], DONE: [] } as TaskColumns<T>;
  for (const task of tasks) columns[task.status].push(task);
  for (const status of TASK_COLUMNS) columns[status].sort(compareTasks);
  return columns;
}

/**
 * One lane per responsible organization that has tasks, in the order of `organizations`
 * (organizations the list does not know come last, named by `unknownName`).
 */
export function groupTasksByOrganization<T extends BoardTaskLike>(
  tasks: readonly T[],
  organizations: readonly { id: string; name: string }[],
  unknownName: string,
): OrganizationLane<T>[] {
  const byOrganization = new Map<string, T[]>();
  for (const task of tasks) {
    const list = byOrganization.get(task.responsibleOrganizationId) ?? [];
    list.push(task);
    byOrganization.set(task.responsibleOrganizationId, list);
  }
  const known = organizations.filter((o) => byOrganization.has(o.id));
  const knownIds = new Set(known.map((o) => o.id));
  const unknown = [...byOrganization.keys()]
    .filter((id) => !knownIds.has(id))
    .map((id) => ({ id, name: unknownName }));
  return [...known, ...unknown].map((organization) => {
    const own = byOrganization.get(organization.id) ?? [];
    return {
      organizationId: organization.id,
      organizationName: organization.name,
      columns: groupTasksByStatus(own),
      total: own.length,
    };
  });
}

/** Only the tasks of one organization, or all when none is chosen. */
export function filterTasksByOrganization<T extends BoardTaskLike>(
  tasks: readonly T[],
  organizationId: string | null,
): T[] {
  return organizationId
    ? tasks.filter((t) => t.responsibleOrganizationId === organizationId)
    : [...tasks];
}
