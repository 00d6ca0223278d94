import type { TaskStatus } from '@alianza/graphql-client/types';
import { describe, expect, it } from 'vitest';
import {
  TASK_COLUMNS,
  filterTasksByOrganization,
  groupTasksByOrganization,
  groupTasksByStatus,
} from './task-grouping';

const task = (
  id: string,
  status: TaskStatus,
  responsibleOrganizationId: string,
  extra: { dueDate?: string | null; overdue?: boolean } = {},
) => ({
  id,
  title: `Tarea ${id}`,
  status,
  responsibleOrganizationId,
  dueDate: extra.dueDate ?? null,
  overdue: extra.overdue ?? false,
});

const organizations = [
  { id: 'molino', name: 'Molino del Sur' },
  { id: 'espiga', name: 'Panadería La Espiga' },
  { id: 'rapidos', name: 'Transportes Rápidos' },
];

const tasks = [
  task('1', 'TODO', 'espiga', { dueDate: '2026-12-10' }),
  task('2', 'TODO', 'molino', { dueDate: '2026-12-01' }),
  task('3', 'BLOCKED', 'espiga'),
  task('4', 'DONE', 'molino'),
  task('5', 'TODO', 'espiga', { dueDate: '2026-11-01', overdue: true }),
  task('6', 'TODO', 'espiga'),
];

describe('groupTasksByStatus', () => {
  it('puts every task in the column of its status, with all four columns present', () => {
    const columns = groupTasksByStatus(tasks);
    expect(Object.keys(columns)).toEqual([...TASK_COLUMNS]);
    expect(columns.TODO.map((t) => t.id)).toHaveLength(4);
    expect(columns.DOING).toEqual([]);
    expect(columns.BLOCKED.map((t) => t.id)).toEqual(['3']);
    expect(columns.DONE.map((t) => t.id)).toEqual(['4']);
  });

  it('orders a column overdue first, then by due date, undated last', () => {
    expect(groupTasksByStatus(tasks).TODO.map((t) => t.id)).toEqual(['5', '2', '1', '6']);
  });
});

describe('groupTasksByOrganization', () => {
  it('makes one lane per responsible organization with tasks, in the given order', () => {
    const lanes = groupTasksByOrganization(tasks, organizations, 'Desconocida');
    expect(lanes.map((l) => l.organizationName)).toEqual(['Molino del Sur', 'Panadería La Espiga']);
    const espiga = lanes[1];
    expect(espiga.total).toBe(4);
    expect(espiga.columns.TODO.map((t) => t.id)).toEqual(['5', '1', '6']);
    expect(espiga.columns.BLOCKED.map((t) => t.id)).toEqual(['3']);
    expect(espiga.columns.DONE).toEqual([]);
    expect(lanes[0].columns.DONE.map((t) => t.id)).toEqual(['4']);
  });

  it('keeps tasks of an organization missing from the list, in a last lane', () => {
    const lanes = groupTasksByOrganization(
      [...tasks, task('7', 'DOING', 'gone')],
      organizations,
      'Desconocida',
    );
    expect(lanes.at(-1)).toMatchObject({
      organizationId: 'gone',
      organizationName: 'Desconocida',
      total: 1,
    });
    expect(lanes.at(-1)?.columns.DOING.map((t) => t.id)).toEqual(['7']);
  });

  it('has no lanes without tasks', () => {
    expect(groupTasksByOrganization([], organizations, 'Desconocida')).toEqual([]);
  });
});

describe('filterTasksByOrganization', () => {
  it('keeps only the chosen organization’s tasks, or all when none is chosen', () => {
    expect(filterTasksByOrganization(tasks, 'molino').map((t) => t.id)).toEqual(['2', '4']);
    expect(filterTasksByOrganization(tasks, null)).toHaveLength(tasks.length);
  });
});
