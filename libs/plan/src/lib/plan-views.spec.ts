import {
  IndicatorDirection,
  MilestoneStatus,
  ProposalStatus,
  ResourceKind,
  TaskStatus,
} from '@alianza/shared';
import { IndicatorEntity } from './entities/indicator.entity';
import { MilestoneEntity } from './entities/milestone.entity';
import { ObjectiveEntity } from './entities/objective.entity';
import { ProgressUpdateEntity } from './entities/progress-update.entity';
import { ResourceDetailsEntity } from './entities/resource-details.entity';
import { ResourceEntity } from './entities/resource.entity';
import { TaskEntity } from './entities/task.entity';
import { planView, resourceView } from './plan-views';

const row = <T extends object>(entity: new () => T, fields: Partial<T>): T =>
  Object.assign(new entity(), fields);

const milestone = (id: string) =>
  row(MilestoneEntity, {
    id,
    title: id,
    description: '',
    startDate: null,
    dueDate: null,
    position: 1,
    status: MilestoneStatus.IN_PROGRESS,
    proposalStatus: ProposalStatus.ACCEPTED,
    proposedByOrganizationId: null,
  });

const task = (milestoneId: string, status: TaskStatus) =>
  row(TaskEntity, {
    id: `${milestoneId}-${status}`,
    milestoneId,
    status,
    proposalStatus: ProposalStatus.ACCEPTED,
    dueDate: null,
  });

const resource = (milestoneId: string, details: Partial<ResourceDetailsEntity> | null) => ({
  resource: row(ResourceEntity, {
    id: `r-${milestoneId}`,
    milestoneId,
    kind: ResourceKind.AVAILABLE,
    confidential: true,
  }),
  details: details && row(ResourceDetailsEntity, details),
  detailsVisible: details !== null,
});

describe('planView', () => {
  it('puts each task, resource, report and indicator under its own milestone or objective', () => {
    const view = planView('c1', {
      objectives: [row(ObjectiveEntity, { id: 'o1', title: 'o1', description: '', position: 1 })],
      indicators: [
        row(IndicatorEntity, {
          id: 'i1',
          objectiveId: 'o1',
          baseline: 0,
          target: 10,
          direction: IndicatorDirection.INCREASE,
        }),
        row(IndicatorEntity, { id: 'i2', objectiveId: 'o2', baseline: 0, target: 1 }),
      ],
      latest: new Map([['i1', 4]]),
      milestones: [milestone('m1'), milestone('m2')],
      tasks: [task('m1', TaskStatus.DONE), task('m2', TaskStatus.TODO)],
      resources: [resource('m2', null)],
      progress: [row(ProgressUpdateEntity, { id: 'p1', milestoneId: 'm1', indicatorValues: [] })],
    });
    expect(view.objectives[0]?.indicators.map((i) => [i.id, i.current, i.progressPercent])).toEqual(
      [['i1', 4, 40]],
    );
    const [m1, m2] = view.milestones;
    expect(m1?.tasks.map((t) => t.id)).toEqual(['m1-done']);
    expect(m1?.progress.map((p) => p.id)).toEqual(['p1']);
    expect(m1?.resources).toEqual([]);
    expect(m2?.resources.map((r) => r.id)).toEqual(['r-m2']);
    expect([m1?.percentDone, m2?.percentDone, view.percentDone]).toEqual([100, 0, 50]);
  });
});

describe('resourceView', () => {
  it('shows the details only where they are visible', () => {
    const hidden = resourceView(resource('m1', null));
    expect(hidden).toMatchObject({ detailsVisible: false, description: null, value: null });
    const shown = resourceView(resource('m1', { description: 'flour', value: '12.50' }));
    expect(shown).toMatchObject({ detailsVisible: true, description: 'flour', value: '12.50' });
  });
});
