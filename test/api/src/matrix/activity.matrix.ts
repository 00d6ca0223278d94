import { Api } from '../../support/api';
import { ACTIVE_OF_C, Operation, outcome } from '../../support/matrix';
import { World } from '../../support/world';

const LABEL = 'Matrix market';

/**
 * Idempotently: the facilitator lists one market in the area named `areaName` of C, and A and
 * B both declare it (a detected pair). The world's own overlap and disclosures live in other
 * areas, so nothing here changes what the core matrix sees.
 */
async function declaredPair(
  t: Api,
  w: World,
  areaName: string,
): Promise<{ areaId: string; optionId: string }> {
  const facilitator = w.users.facilitator!;
  const { areas } = await t.ok<{ areas: { id: string; name: string }[] }>(
    `query($c: ID!) { areas(collaborationId: $c) { id name } }`,
    { c: w.collaborationId },
    facilitator,
  );
  const areaId = areas.find((a) => a.name === areaName)!.id;
  const set = await t.ok<{ setActivityOptions: { id: string }[] }>(
    `mutation($a: ID!, $l: [String!]!) { setActivityOptions(areaId: $a, input: { dimension: MARKET, labels: $l }) { id } }`,
    { a: areaId, l: [LABEL] },
    facilitator,
  );
  const optionId = set.setActivityOptions[0]!.id;
  for (const owner of [w.ownerA, w.ownerB]) {
    await t.ok(
      `mutation($a: ID!, $o: [ID!]!) { declareActivity(areaId: $a, input: { optionIds: $o }) { areaId } }`,
      { a: areaId, o: [optionId] },
      owner,
    );
  }
  return { areaId, optionId };
}

/** The operations of libs/activity in the authorization matrix (see authorization-matrix.e2e-spec.ts). */
export const ACTIVITY_MATRIX: Record<string, Operation> = {
  // --- Queries ---------------------------------------------------------------------------
  activityOptions: {
    allowed: [...ACTIVE_OF_C, 'facilitator'],
    run: async (t, w, as) => {
      await declaredPair(t, w, 'Enfoque');
      return outcome(
        await t.gql(
          `query($c: ID!) { activityOptions(collaborationId: $c) { label } }`,
          { c: w.collaborationId },
          as,
        ),
        (d: any) => d.activityOptions.some((o: { label: string }) => o.label === LABEL),
      );
    },
  },
  myActivity: {
    allowed: ACTIVE_OF_C,
    run: async (t, w, as) => {
      await declaredPair(t, w, 'Enfoque');
      return outcome(
        await t.gql(
          `query($c: ID!) { myActivity(collaborationId: $c) { organizationId declarations { optionIds } } }`,
          { c: w.collaborationId },
          as,
        ),
        (d: any) => d.myActivity.organizationId === w.orgA && d.myActivity.declarations.length > 0,
      );
    },
  },
  detectedOverlaps: {
    allowed: ['facilitator'],
    run: async (t, w, as) => {
      const { areaId } = await declaredPair(t, w, 'Enfoque');
      return outcome(
        await t.gql(
          `query($c: ID!) { detectedOverlaps(collaborationId: $c) { areaId organizationIds } }`,
          { c: w.collaborationId },
          as,
        ),
        (d: any) =>
          d.detectedOverlaps.some(
            (o: { areaId: string; organizationIds: string[] }) =>
              o.areaId === areaId &&
              o.organizationIds.includes(w.orgA) &&
              o.organizationIds.includes(w.orgB),
          ),
      );
    },
  },

  // --- Mutations -------------------------------------------------------------------------
  setActivityOptions: {
    allowed: ['facilitator'],
    run: async (t, w, as) => {
      const { areaId } = await declaredPair(t, w, 'Enfoque');
      // The same list again: idempotent, the declarations stay.
      return outcome(
        await t.gql(
          `mutation($a: ID!, $l: [String!]!) { setActivityOptions(areaId: $a, input: { dimension: MARKET, labels: $l }) { id } }`,
          { a: areaId, l: [LABEL] },
          as,
        ),
      );
    },
  },
  declareActivity: {
    allowed: ACTIVE_OF_C,
    run: async (t, w, as) => {
      const { areaId, optionId } = await declaredPair(t, w, 'Enfoque');
      return outcome(
        await t.gql(
          `mutation($a: ID!, $o: [ID!]!) { declareActivity(areaId: $a, input: { optionIds: $o }) { areaId } }`,
          { a: areaId, o: [optionId] },
          as,
        ),
      );
    },
  },
  uploadCustomerList: {
    allowed: ACTIVE_OF_C,
    run: async (t, w, as) => {
      const { areaId } = await declaredPair(t, w, 'Enfoque');
      return outcome(
        await t.gql(
          `mutation($a: ID!) { uploadCustomerList(areaId: $a, input: { content: "matrix-customer.es" }) { accepted } }`,
          { a: areaId },
          as,
        ),
        (d: any) => d.uploadCustomerList.accepted === 1,
      );
    },
  },
  removeCustomerList: {
    allowed: ACTIVE_OF_C,
    run: async (t, w, as) => {
      const { areaId } = await declaredPair(t, w, 'Enfoque');
      await t.ok(
        `mutation($a: ID!) { uploadCustomerList(areaId: $a, input: { content: "matrix-customer.es" }) { id } }`,
        { a: areaId },
        w.ownerA,
      );
      return outcome(
        await t.gql(
          `mutation($a: ID!) { removeCustomerList(areaId: $a) { id } }`,
          { a: areaId },
          as,
        ),
      );
    },
  },
  declareDetectedOverlap: {
    allowed: ['facilitator'],
    mutates: 'collaboration', // once per pair: a second declaration is a CONFLICT
    run: async (t, w, as) => {
      const { areaId } = await declaredPair(t, w, 'Enfoque');
      return outcome(
        await t.gql(
          `mutation($a: ID!, $o: [ID!]!) { declareDetectedOverlap(input: { areaId: $a, organizationIds: $o }) { status } }`,
          { a: areaId, o: [w.orgA, w.orgB] },
          as,
        ),
        (d: any) => d.declareDetectedOverlap.status === 'DECLARED',
      );
    },
  },
  dismissDetectedOverlap: {
    allowed: ['facilitator'],
    run: async (t, w, as) => {
      const { areaId } = await declaredPair(t, w, 'Buenas prácticas');
      return outcome(
        await t.gql(
          `mutation($a: ID!, $o: [ID!]!) { dismissDetectedOverlap(input: { areaId: $a, organizationIds: $o, reason: "Matrix" }) { status } }`,
          { a: areaId, o: [w.orgA, w.orgB] },
          as,
        ),
        (d: any) => d.dismissDetectedOverlap.status === 'DISMISSED',
      );
    },
  },
};
