import { Api, TestUser } from '../support/api';

const KEYS = ['A', 'B', 'C'] as const;
type Key = (typeof KEYS)[number];

const ROUND_FIELDS = `id submissionCount
  result { count mean meanDecimal bands { average averageDecimal } }
  mySubmission { value valueDecimal }`;
const CREATE = `mutation($c: ID!, $input: CreateBenchmarkRoundInput!) {
  createBenchmarkRound(collaborationId: $c, input: $input) { id } }`;
const SUBMIT = `mutation($r: ID!, $input: SubmitBenchmarkValueInput) {
  submitBenchmarkValue(roundId: $r, input: $input) { ${ROUND_FIELDS} } }`;
const SUBMIT_FLOAT = `mutation($r: ID!, $v: Float!) {
  submitBenchmarkValue(roundId: $r, value: $v) { ${ROUND_FIELDS} } }`;
const ROUND = `query($id: ID!) { benchmarkRound(id: $id) { ${ROUND_FIELDS} } }`;
const CLOSE = `mutation($id: ID!) { closeBenchmarkRound(id: $id) { ${ROUND_FIELDS} } }`;
const DECLARE = `mutation($c: ID!, $input: DeclareContributionInput!) {
  declareContribution(collaborationId: $c, input: $input) { value } }`;
const ENTRIES = `query($c: ID!) { ledgerEntries(collaborationId: $c) { totalCount } }`;
const ADD_INDICATOR = `mutation($o: ID!, $input: IndicatorInput!) {
  addIndicator(objectiveId: $o, input: $input) { baseline baselineDecimal target targetDecimal } }`;

const inOneDay = () => new Date(Date.now() + 86_400_000).toISOString();

/**
 * Business quantities are exact decimals on the wire (convention 4): a Decimal in, a Decimal out,
 * a malformed decimal refused naming its field with nothing written, and the deprecated Float and
 * String twins still answering.
 */
describe('Decimal business quantities', () => {
  const t = new Api();
  let facilitator: TestUser;
  let c: string;
  const owners = {} as Record<Key, TestUser>;
  const orgs = {} as Record<Key, string>;

  const newRound = async () =>
    (
      await t.ok(
        CREATE,
        {
          c,
          input: {
            metricName: `Margen ${Math.random()}`,
            k: 3,
            closesAt: inOneDay(),
            participantOrganizationIds: KEYS.map((k) => orgs[k]),
          },
        },
        facilitator,
      )
    ).createBenchmarkRound.id as string;

  beforeAll(async () => {
    facilitator = await t.facilitator('decimal');
    c = await t.collaboration(facilitator, 'Decimales');
    const rules = await t.publishGroundRules(facilitator, c);
    for (const key of KEYS) {
      owners[key] = await t.user(`decimal-${key}`);
      orgs[key] = await t.organization(owners[key], `Decimal ${key}`);
      const participation = await t.invite(facilitator, c, orgs[key]);
      await t.acceptGroundRules(owners[key], participation, rules.id);
    }
  });

  it('averages 100, 0 and 0 exactly as "33.33"; the deprecated Float fields still answer', async () => {
    const round = await newRound();
    const mine = await t.ok(SUBMIT, { r: round, input: { value: '100' } }, owners.A);
    expect(mine.submitBenchmarkValue.mySubmission).toEqual({ value: 100, valueDecimal: '100' });
    await t.ok(SUBMIT, { r: round, input: { value: '0' } }, owners.B);
    // The deprecated argument still takes a Float.
    await t.ok(SUBMIT_FLOAT, { r: round, v: 0 }, owners.C);
    const closed = (await t.ok(CLOSE, { id: round }, facilitator)).closeBenchmarkRound;
    expect(closed.result).toEqual({
      count: 3,
      mean: 33.333333,
      meanDecimal: '33.33',
      bands: [{ average: 33.333333, averageDecimal: '33.33' }],
    });
    const seen = (await t.ok(ROUND, { id: round }, owners.B)).benchmarkRound;
    expect(seen.result.meanDecimal).toBe('33.33');
  });

  it('refuses a malformed benchmark value naming input.value, and keeps nothing', async () => {
    const round = await newRound();
    for (const value of ['1e3', 'abc', 'NaN', '1234567890123456.5', '0.1234567', '1,5', 12.5]) {
      const res = await t.gql(SUBMIT, { r: round, input: { value } }, owners.A);
      expect(res.errors?.[0]).toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', details: { field: 'input.value' } },
      });
      expect(res.data).toBeNull();
    }
    // Written in the document rather than as a variable: the same refusal, naming the field.
    const literal = await t.gql(
      `mutation($r: ID!) { submitBenchmarkValue(roundId: $r, input: { value: "1e3" }) { id } }`,
      { r: round },
      owners.A,
    );
    expect(literal.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { field: 'input.value' },
    });
    // More significant digits than the stored value (a double) keeps.
    const long = await t.gql(
      SUBMIT,
      { r: round, input: { value: '1234567890123.123456' } },
      owners.A,
    );
    expect(long.errors?.[0]).toMatchObject({
      message: 'value must have at most 15 significant digits',
      extensions: { code: 'BAD_USER_INPUT', details: { field: 'input.value' } },
    });
    const read = (await t.ok(ROUND, { id: round }, facilitator)).benchmarkRound;
    expect(read.submissionCount).toBe(0);
  });

  it('takes the value once: neither or both is BAD_USER_INPUT', async () => {
    const round = await newRound();
    const neither = await t.gql(
      `mutation($r: ID!) { submitBenchmarkValue(roundId: $r) { id } }`,
      { r: round },
      owners.A,
    );
    expect(neither.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { field: 'input.value' },
    });
    const both = await t.gql(
      `mutation($r: ID!) { submitBenchmarkValue(roundId: $r, value: 1, input: { value: "1" }) { id } }`,
      { r: round },
      owners.A,
    );
    expect(both.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect((await t.ok(ROUND, { id: round }, facilitator)).benchmarkRound.submissionCount).toBe(0);
  });

  it('declares a ledger value as a Decimal or the deprecated String, and refuses a bad one', async () => {
    const input = {
      receiverOrganizationIds: [orgs.B],
      contributionType: 'SUPPLY',
      description: 'Harina',
      occurredOn: '2026-11-01',
    };
    const exact = await t.ok(DECLARE, { c, input: { ...input, valueDecimal: '2.50' } }, owners.A);
    expect(exact.declareContribution).toEqual([{ value: '2.50' }]);
    const legacy = await t.ok(DECLARE, { c, input: { ...input, value: '3.10' } }, owners.A);
    expect(legacy.declareContribution).toEqual([{ value: '3.10' }]);
    const before = (await t.ok(ENTRIES, { c }, facilitator)).ledgerEntries.totalCount;
    for (const valueDecimal of ['1e3', 'abc', '2.505', '-1', '12345678901234567']) {
      const res = await t.gql(DECLARE, { c, input: { ...input, valueDecimal } }, owners.A);
      expect(res.errors?.[0]).toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', details: { field: 'input.valueDecimal' } },
      });
    }
    const neither = await t.gql(DECLARE, { c, input }, owners.A);
    expect(neither.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { field: 'input.valueDecimal' },
    });
    const both = await t.gql(
      DECLARE,
      { c, input: { ...input, value: '1.00', valueDecimal: '1.00' } },
      owners.A,
    );
    expect(both.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect((await t.ok(ENTRIES, { c }, facilitator)).ledgerEntries.totalCount).toBe(before);
  });

  it('sets an indicator from Decimals and answers both its Decimal and its deprecated Float', async () => {
    const objective = (
      await t.ok(
        `mutation($c: ID!) { createObjective(collaborationId: $c, input: { title: "Ahorro" }) { id } }`,
        { c },
        facilitator,
      )
    ).createObjective.id;
    const base = { name: 'Coste por kilo', unit: 'EUR', direction: 'DECREASE' };
    const exact = await t.ok(
      ADD_INDICATOR,
      { o: objective, input: { ...base, baselineDecimal: '0.80', targetDecimal: '0.6' } },
      facilitator,
    );
    expect(exact.addIndicator).toEqual({
      baseline: 0.8,
      baselineDecimal: '0.8',
      target: 0.6,
      targetDecimal: '0.6',
    });
    const legacy = await t.ok(
      ADD_INDICATOR,
      { o: objective, input: { ...base, baseline: 10, target: 5.5 } },
      facilitator,
    );
    expect(legacy.addIndicator).toMatchObject({ baselineDecimal: '10', targetDecimal: '5.5' });
    const bad = await t.gql(
      ADD_INDICATOR,
      { o: objective, input: { ...base, baselineDecimal: '1e3', targetDecimal: '1' } },
      facilitator,
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { field: 'input.baselineDecimal' },
    });
  });
});
