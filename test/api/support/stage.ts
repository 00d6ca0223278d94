import { Api, TestUser } from './api';

/** A participant (owner of an active organization) whose proposals notify the facilitator. */
export interface Stage {
  facilitator: TestUser;
  participant: TestUser;
  collaborationId: string;
}

/**
 * Builds the stage through the API: each step on `b` after one on `a` when given two instances
 * (any instance serves any request), all on `a` otherwise.
 */
export async function stage(a: Api, b: Api = a): Promise<Stage> {
  const [facilitator, participant] = await Promise.all([a.facilitator('f'), b.user('p')]);
  const organizationId = await a.organization(participant);
  const collaborationId = await b.collaboration(facilitator);
  const rules = await a.publishGroundRules(facilitator, collaborationId);
  const participationId = await b.invite(facilitator, collaborationId, organizationId);
  await a.acceptGroundRules(participant, participationId, rules.id);
  return { facilitator, participant, collaborationId };
}

/** A mutation that commits and notifies the facilitators (live, through Redis when configured). */
export function propose(api: Api, s: Stage, title: string) {
  return api.gql<{ createMilestone: { id: string } }>(
    `mutation($c: ID!, $t: String!) { createMilestone(collaborationId: $c, input: { title: $t }) { id } }`,
    { c: s.collaborationId, t: title },
    s.participant,
  );
}
