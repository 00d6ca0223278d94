import { Api } from '../../support/api';
import { Operation, outcome } from '../../support/matrix';
import { World } from '../../support/world';

/** A fresh plan element made by the facilitator of C, for one role to change or remove. */
async function fresh(t: Api, w: World, kind: 'objective' | 'indicator' | 'task' | 'resource') {
  const as = w.users.facilitator;
  switch (kind) {
    case 'objective':
      return (
        await t.ok<{ createObjective: { id: string } }>(
          `mutation($c: ID!) { createObjective(collaborationId: $c, input: { title: "Fresh" }) { id } }`,
          { c: w.collaborationId },
          as,
        )
      ).createObjective.id;
    case 'indicator':
      return (
        await t.ok<{ addIndicator: { id: string } }>(
          `mutation($o: ID!) { addIndicator(objectiveId: $o, input: { name: "Fresh", unit: "u", baselineDecimal: "0", targetDecimal: "1", direction: INCREASE }) { id } }`,
          { o: w.objective },
          as,
        )
      ).addIndicator.id;
    case 'task':
      return (
        await t.ok<{ createTask: { id: string } }>(
          `mutation($m: ID!, $o: ID!) { createTask(milestoneId: $m, input: { title: "Fresh", responsibleOrganizationId: $o }) { id } }`,
          { m: w.milestone, o: w.orgA },
          as,
        )
      ).createTask.id;
    case 'resource':
      return (
        await t.ok<{ addResource: { id: string } }>(
          `mutation($m: ID!) { addResource(milestoneId: $m, input: { kind: NEEDED, description: "Fresh" }) { id } }`,
          { m: w.milestone },
          as,
        )
      ).addResource.id;
  }
}

/** Runs `mutation` on a fresh element of `kind` (`$id`), as the role. */
function onFresh(kind: Parameters<typeof fresh>[2], mutation: string): Operation['run'] {
  return async (t, w, as) => outcome(await t.gql(mutation, { id: await fresh(t, w, kind) }, as));
}

/**
 * Changing and removing the plan's objectives, indicators, tasks and resources, and archiving
 * areas (ADR 0040): the facilitator's alone, as adding them is.
 */
export const EDITING_MATRIX: Record<string, Operation> = {
  updateObjective: {
    allowed: ['facilitator'],
    mutates: 'collaboration',
    run: onFresh(
      'objective',
      `mutation($id: ID!) { updateObjective(objectiveId: $id, input: { title: "Edited" }) { id } }`,
    ),
  },
  removeObjective: {
    allowed: ['facilitator'],
    mutates: 'collaboration',
    run: onFresh(
      'objective',
      `mutation($id: ID!) { removeObjective(objectiveId: $id) { id outcome } }`,
    ),
  },
  updateIndicator: {
    allowed: ['facilitator'],
    mutates: 'collaboration',
    run: onFresh(
      'indicator',
      `mutation($id: ID!) { updateIndicator(indicatorId: $id, input: { target: 2 }) { id } }`,
    ),
  },
  removeIndicator: {
    allowed: ['facilitator'],
    mutates: 'collaboration',
    run: onFresh(
      'indicator',
      `mutation($id: ID!) { removeIndicator(indicatorId: $id) { id outcome } }`,
    ),
  },
  updateTask: {
    // Not even the responsible organization: it moves its task along (`setTaskStatus`).
    allowed: ['facilitator'],
    mutates: 'collaboration',
    run: onFresh(
      'task',
      `mutation($id: ID!) { updateTask(taskId: $id, input: { title: "Edited" }) { id } }`,
    ),
  },
  removeTask: {
    allowed: ['facilitator'],
    mutates: 'collaboration',
    run: onFresh('task', `mutation($id: ID!) { removeTask(taskId: $id) { id outcome } }`),
  },
  updateResource: {
    allowed: ['facilitator'],
    mutates: 'collaboration',
    run: onFresh(
      'resource',
      `mutation($id: ID!) { updateResource(resourceId: $id, input: { description: "Edited" }) { id } }`,
    ),
  },
  removeResource: {
    allowed: ['facilitator'],
    mutates: 'collaboration',
    run: onFresh(
      'resource',
      `mutation($id: ID!) { removeResource(resourceId: $id) { id outcome } }`,
    ),
  },
  setAreaArchived: {
    allowed: ['facilitator'],
    mutates: 'collaboration',
    run: async (t, w, as) => {
      const area = await t.ok<{ createArea: { id: string } }>(
        `mutation($c: ID!, $n: String!) { createArea(collaborationId: $c, input: { name: $n, sensitivity: OPEN }) { id } }`,
        { c: w.collaborationId, n: `Archivable ${Math.random()}` },
        w.users.facilitator,
      );
      return outcome(
        await t.gql(
          `mutation($id: ID!) { setAreaArchived(areaId: $id, input: { archived: true }) { id archivedAt } }`,
          { id: area.createArea.id },
          as,
        ),
      );
    },
  },
};
