import { Api } from '../../support/api';
import { ACTIVE_OF_C, Operation, outcome, SIGNED_IN } from '../../support/matrix';
import { World } from '../../support/world';

/** A fresh open round of collaboration C asking A and B, made by its facilitator. */
async function roundOfAB(t: Api, w: World): Promise<string> {
  const made = await t.ok<{ createBenchmarkRound: { id: string } }>(
    `mutation($c: ID!, $input: CreateBenchmarkRoundInput!) { createBenchmarkRound(collaborationId: $c, input: $input) { id } }`,
    {
      c: w.collaborationId,
      input: {
        metricName: 'Matrix metric',
        k: 3,
        closesAt: new Date(Date.now() + 86_400_000).toISOString(),
        participantOrganizationIds: [w.orgA, w.orgB],
      },
    },
    w.users.facilitator,
  );
  return made.createBenchmarkRound.id;
}

/** The operations of libs/benchmarking in the authorization matrix (see authorization-matrix.e2e-spec.ts). */
export const BENCHMARKING_MATRIX: Record<string, Operation> = {
  benchmarkRounds: {
    allowed: [...ACTIVE_OF_C, 'facilitator'],
    run: async (t, w, as) => {
      const id = await roundOfAB(t, w);
      return outcome(
        await t.gql(
          `query($c: ID!) { benchmarkRounds(collaborationId: $c) { id } }`,
          { c: w.collaborationId },
          as,
        ),
        (d: any) => d.benchmarkRounds.some((r: { id: string }) => r.id === id),
      );
    },
  },
  benchmarkRound: {
    allowed: [...ACTIVE_OF_C, 'facilitator'],
    run: async (t, w, as) =>
      outcome(
        await t.gql(
          `query($id: ID!) { benchmarkRound(id: $id) { id } }`,
          { id: await roundOfAB(t, w) },
          as,
        ),
      ),
  },
  createBenchmarkRound: {
    allowed: ['facilitator'],
    run: async (t, w, as) =>
      outcome(
        await t.gql(
          `mutation($c: ID!, $input: CreateBenchmarkRoundInput!) { createBenchmarkRound(collaborationId: $c, input: $input) { id } }`,
          {
            c: w.collaborationId,
            input: {
              metricName: 'Matrix create',
              closesAt: new Date(Date.now() + 86_400_000).toISOString(),
              participantOrganizationIds: [w.orgA, w.orgB],
            },
          },
          as,
        ),
      ),
  },
  submitBenchmarkValue: {
    allowed: ACTIVE_OF_C,
    run: async (t, w, as) =>
      outcome(
        await t.gql(
          `mutation($r: ID!) { submitBenchmarkValue(roundId: $r, input: { value: "7.5" }) { id } }`,
          { r: await roundOfAB(t, w) },
          as,
        ),
      ),
  },
  closeBenchmarkRound: {
    allowed: ['facilitator'],
    run: async (t, w, as) =>
      outcome(
        await t.gql(
          `mutation($id: ID!) { closeBenchmarkRound(roundId: $id) { id } }`,
          { id: await roundOfAB(t, w) },
          as,
        ),
      ),
  },
  benchmarkNoisePreview: {
    allowed: SIGNED_IN, // arithmetic on public facts the caller gives
    run: async (t, _w, as) =>
      outcome(
        await t.gql(
          `{ benchmarkNoisePreview(privacy: { lower: 0, upper: 100 }, count: 8) { epsilon } }`,
          {},
          as,
        ),
      ),
  },
};
