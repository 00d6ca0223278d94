import { describe, expect, it } from 'vitest';
import {
  canWorkOn,
  ourTasks,
  progressFeed,
  proposals,
  reportableMilestones,
  type PlanMilestone,
  type PlanTask,
} from './plan-helpers';

const US = 'org-us';
const THEM = 'org-them';

const task = (over: Partial<PlanTask>): PlanTask => ({
  id: 't',
  milestoneId: 'm1',
  title: 'Tarea',
  description: '',
  responsibleOrganizationId: US,
  dueDate: null,
  status: 'TODO',
  blockedReason: null,
  proposalStatus: 'ACCEPTED',
  overdue: false,
  ...over,
});

const milestone = (over: Partial<PlanMilestone>): PlanMilestone => ({
  id: 'm1',
  title: 'Hito',
  description: '',
  startDate: null,
  dueDate: null,
  position: 1,
  status: 'PLANNED',
  proposalStatus: 'ACCEPTED',
  proposedByOrganizationId: null,
  percentDone: 0,
  overdue: false,
  tasks: [],
  resources: [],
  progress: [],
  ...over,
});

const plan = [
  milestone({
    id: 'm2',
    title: 'Segundo',
    position: 2,
    tasks: [task({ id: 'a', milestoneId: 'm2', dueDate: '2026-12-01' })],
  }),
  milestone({
    id: 'm1',
    title: 'Primero',
    position: 1,
    tasks: [
      task({ id: 'b', dueDate: '2026-12-20' }),
      task({ id: 'c', status: 'DONE', dueDate: '2026-11-01' }),
      task({ id: 'd', overdue: true, dueDate: '2026-11-10' }),
      task({ id: 'e', responsibleOrganizationId: THEM }),
      task({ id: 'f', proposalStatus: 'PROPOSED', title: 'Propuesta' }),
    ],
    progress: [
      {
        id: 'p1',
        milestoneId: 'm1',
        taskId: 'b',
        text: 'antes',
        organizationId: US,
        evidenceGrantId: null,
        createdAt: '2026-11-01T10:00:00Z',
        indicatorValues: [],
      },
    ],
  }),
  milestone({
    id: 'm3',
    title: 'Nuestra idea',
    position: 3,
    proposalStatus: 'PROPOSED',
    proposedByOrganizationId: US,
    progress: [
      {
        id: 'p2',
        milestoneId: 'm3',
        taskId: null,
        text: 'después',
        organizationId: null,
        evidenceGrantId: null,
        createdAt: '2026-11-05T10:00:00Z',
        indicatorValues: [],
      },
    ],
  }),
];

describe('plan helpers', () => {
  it('lists our tasks: overdue first, then open by due date, done last', () => {
    expect(ourTasks(plan, US).map((t) => t.id)).toEqual(['d', 'a', 'b', 'f', 'c']);
    expect(ourTasks(plan, US)[0]?.milestoneTitle).toBe('Primero');
    expect(ourTasks(plan, null)).toEqual([]);
  });

  it('lets us move only our accepted tasks while the collaboration is open', () => {
    expect(canWorkOn(task({}), US, 'ACTIVE')).toBe(true);
    expect(canWorkOn(task({}), US, 'CLOSED')).toBe(false);
    expect(canWorkOn(task({ responsibleOrganizationId: THEM }), US, 'ACTIVE')).toBe(false);
    expect(canWorkOn(task({ proposalStatus: 'PROPOSED' }), US, 'ACTIVE')).toBe(false);
  });

  it('reports progress only on milestones holding an accepted task of ours', () => {
    expect(reportableMilestones(plan, US).map((m) => m.id)).toEqual(['m1', 'm2']);
    expect(reportableMilestones(plan, THEM).map((m) => m.id)).toEqual(['m1']);
  });

  it('feeds progress newest first with what it is about', () => {
    expect(progressFeed(plan).map((p) => [p.id, p.milestoneTitle, p.taskTitle])).toEqual([
      ['p2', 'Nuestra idea', null],
      ['p1', 'Primero', 'Tarea'],
    ]);
  });

  it('lists proposals, marking the milestones we proposed', () => {
    expect(proposals(plan, US)).toEqual([
      {
        kind: 'task',
        id: 'f',
        title: 'Propuesta',
        status: 'PROPOSED',
        milestoneTitle: 'Primero',
        byUs: false,
      },
      {
        kind: 'milestone',
        id: 'm3',
        title: 'Nuestra idea',
        status: 'PROPOSED',
        milestoneTitle: null,
        byUs: true,
      },
    ]);
  });
});
