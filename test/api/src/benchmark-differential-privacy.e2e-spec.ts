import { Client } from 'pg';
import { Api, TestUser } from '../support/api';

const KEYS = ['A', 'B', 'C', 'D', 'E', 'F', 'G'] as const;
type Key = (typeof KEYS)[number];

const FIGURE = `value margin95 step basis epsilon`;
const ROUND_FIELDS = `id status closedAt publicationMode canPublish cannotPublishReason outcome withheldReason
  privacy { lower upper epsilon level publishMean quantiles }
  result { count } resultHiddenReason
  noisyResult { count epsilon level lower upper mean { ${FIGURE} } quantiles { p ${FIGURE} } }
  mySubmission { value } myQuantilePosition`;
const ROUND = `query($id: ID!) { benchmarkRound(id: $id) { ${ROUND_FIELDS} } }`;
const ROUNDS = `query($c: ID!) { collaboration(id: $c) { benchmarkRounds(first: 100) { nodes { id } } } }`;
const CREATE = `mutation($c: ID!, $input: CreateBenchmarkRoundInput!) {
  createBenchmarkRound(collaborationId: $c, input: $input) { ${ROUND_FIELDS} } }`;
const SUBMIT = `mutation($r: ID!, $v: Float!) { submitBenchmarkValue(roundId: $r, value: $v) { id } }`;
const CLOSE = `mutation($id: ID!) { closeBenchmarkRound(roundId: $id) { ${ROUND_FIELDS} } }`;
const PREVIEW = `query($privacy: BenchmarkPrivacyInput!, $count: Int!, $summable: Boolean) {
  benchmarkNoisePreview(privacy: $privacy, count: $count, summable: $summable) {
    count epsilon mean { margin95 step basis epsilon } quantiles { p margin95 step basis epsilon } } }`;

const inOneDay = () => new Date(Date.now() + 86_400_000).toISOString();
const RANGE = { lower: 0, upper: 100 };

/** Benchmark rounds that publish noisy figures with differential privacy (ADR 0012). */
describe('differentially private benchmark rounds', () => {
  const t = new Api();
  let facilitator: TestUser;
  let c: string;
  const owners = {} as Record<Key, TestUser>;
  const orgs = {} as Record<Key, string>;

  const input = (extra: Record<string, unknown>, keys: readonly Key[]) => ({
    metricName: 'Margen bruto',
    unit: '%',
    k: 3,
    closesAt: inOneDay(),
    participantOrganizationIds: keys.map((k) => orgs[k]),
    publicationMode: 'DIFFERENTIAL_PRIVACY',
    ...extra,
  });
  const create = async (extra: Record<string, unknown>, keys: readonly Key[]) =>
    (await t.ok(CREATE, { c, input: input(extra, keys) }, facilitator)).createBenchmarkRound;
  const submit = (key: Key, round: string, value: number) =>
    t.ok(SUBMIT, { r: round, v: value }, owners[key]);
  const read = async (as: TestUser, id: string) => (await t.ok(ROUND, { id }, as)).benchmarkRound;
  const errorOf = (response: { errors?: { extensions: { code: string; details?: unknown } }[] }) =>
    response.errors?.[0]?.extensions;

  beforeAll(async () => {
    facilitator = await t.facilitator('dp');
    c = await t.collaboration(facilitator, 'Privacidad diferencial');
    const rules = await t.publishGroundRules(facilitator, c);
    for (const key of KEYS) {
      owners[key] = await t.user(`dp-${key}`);
      orgs[key] = await t.organization(owners[key], `DP ${key}`);
      const participation = await t.invite(facilitator, c, orgs[key]);
      await t.acceptGroundRules(owners[key], participation, rules.id);
    }
  });

  it('refuses bad privacy settings, naming the field, and creates nothing', async () => {
    const before = (await t.ok(ROUNDS, { c }, facilitator)).collaboration.benchmarkRounds.nodes
      .length;
    const cases: [Record<string, unknown>, string][] = [
      [{}, 'differentialPrivacy'],
      [{ differentialPrivacy: { lower: 10, upper: 10 } }, 'differentialPrivacy.upper'],
      [{ differentialPrivacy: { ...RANGE, epsilon: 6 } }, 'differentialPrivacy.epsilon'],
      [{ differentialPrivacy: { ...RANGE, epsilon: 0 } }, 'differentialPrivacy.epsilon'],
      [{ differentialPrivacy: { ...RANGE, quantiles: [0.5, 1] } }, 'differentialPrivacy.quantiles'],
      [{ differentialPrivacy: { ...RANGE, quantiles: [] } }, 'differentialPrivacy.quantiles'],
      // The average only for figures that add up; those are never negative.
      [{ differentialPrivacy: { ...RANGE, publishMean: true } }, 'differentialPrivacy.publishMean'],
      [
        { summable: true, differentialPrivacy: { lower: -5, upper: 10, publishMean: true } },
        'differentialPrivacy.lower',
      ],
      // The bounds as Decimals (the Floats above are their deprecated form): exactly one of each.
      [
        { differentialPrivacy: { lowerDecimal: '10', upperDecimal: '10' } },
        'differentialPrivacy.upperDecimal',
      ],
      [
        { differentialPrivacy: { lowerDecimal: '0', lower: 0, upperDecimal: '100' } },
        'differentialPrivacy.lowerDecimal',
      ],
      [{ differentialPrivacy: { upperDecimal: '100' } }, 'differentialPrivacy.lowerDecimal'],
      [
        { publicationMode: 'RANK_BANDS', differentialPrivacy: RANGE },
        'differentialPrivacy', // settings that would be ignored are refused
      ],
    ];
    for (const [extra, field] of cases) {
      const error = errorOf(
        await t.gql(CREATE, { c, input: input(extra, ['A', 'B', 'C']) }, facilitator),
      );
      expect(error).toMatchObject({ code: 'BAD_USER_INPUT', details: { field } });
    }
    expect(
      (await t.ok(ROUNDS, { c }, facilitator)).collaboration.benchmarkRounds.nodes,
    ).toHaveLength(before);
  });

  it('previews the noise from public facts: with 10 companies and ε = 1 the average is within ±30 of 100', async () => {
    const preview = (
      await t.ok(
        PREVIEW,
        {
          privacy: { ...RANGE, level: 'BALANCED', publishMean: true, quantiles: [] },
          count: 10,
          summable: true,
        },
        owners.A,
      )
    ).benchmarkNoisePreview;
    // b = 100 / (10 · 1), margin b · ln 20 (ADR 0012's table: 30).
    expect(preview).toEqual({
      count: 10,
      epsilon: 1,
      mean: { margin95: (100 / 10) * Math.log(20), step: 1, basis: 'ANY_VALUES', epsilon: 1 },
      quantiles: [],
    });
    // The same bounds as Decimals preview the same noise.
    const exact = await t.ok(
      PREVIEW,
      {
        privacy: {
          lowerDecimal: '0',
          upperDecimal: '100',
          level: 'BALANCED',
          publishMean: true,
          quantiles: [],
        },
        count: 10,
        summable: true,
      },
      owners.A,
    );
    expect(exact.benchmarkNoisePreview).toEqual(preview);
    const quartiles = (
      await t.ok(PREVIEW, { privacy: { ...RANGE, level: 'STRONG' }, count: 6 }, facilitator)
    ).benchmarkNoisePreview;
    expect(quartiles.epsilon).toBe(0.5);
    expect(quartiles.quantiles.map((q: { p: number }) => q.p)).toEqual([0.25, 0.5, 0.75]);
    for (const q of quartiles.quantiles) {
      expect(q).toMatchObject({ basis: 'EVENLY_SPREAD_VALUES', epsilon: 0.5 / 3 });
      expect(q.margin95).toBeGreaterThan(0);
      expect(q.margin95).toBeLessThanOrEqual(100);
    }
    const zero = await t.gql(PREVIEW, { privacy: RANGE, count: 0 }, facilitator);
    expect(errorOf(zero)).toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'count' } });
    const anonymous = await t.gql(PREVIEW, { privacy: RANGE, count: 5 });
    expect(errorOf(anonymous)?.code).toBe('UNAUTHENTICATED');
  });

  it('draws the noisy figures once at closing, inside the range, the same for every reader and every read', async () => {
    const round = await create(
      {
        summable: true,
        differentialPrivacy: { ...RANGE, level: 'PRECISE', publishMean: true },
      },
      ['A', 'B', 'C', 'D', 'E', 'F', 'G'],
    );
    expect(round).toMatchObject({
      publicationMode: 'DIFFERENTIAL_PRIVACY',
      privacy: { lower: 0, upper: 100, epsilon: 2, level: 'PRECISE', publishMean: true },
      canPublish: true,
      resultHiddenReason: 'NOT_CLOSED',
      noisyResult: null,
    });
    expect(round.privacy.quantiles).toEqual([0.25, 0.5, 0.75]);
    // The participants see the range they are told about on the form.
    expect((await read(owners.A, round.id)).privacy).toEqual(round.privacy);

    const values: Partial<Record<Key, number>> = { A: 20, B: 30, C: 40, D: 50, E: 60, F: 1e9 };
    for (const [key, value] of Object.entries(values)) await submit(key as Key, round.id, value);

    const closed = (await t.ok(CLOSE, { id: round.id }, facilitator)).closeBenchmarkRound;
    expect(closed).toMatchObject({ status: 'CLOSED', outcome: 'PUBLISHED', result: null });
    const noisy = closed.noisyResult;
    expect(noisy).toMatchObject({ count: 6, epsilon: 2, level: 'PRECISE', lower: 0, upper: 100 });
    // Each of the four figures gets ε / 4; the mean's margin holds for any values.
    expect(noisy.mean).toMatchObject({ basis: 'ANY_VALUES', epsilon: 0.5 });
    expect(noisy.mean.margin95).toBeCloseTo(Math.min((100 / (6 * 0.5)) * Math.log(20), 100), 9);
    expect(noisy.quantiles.map((q: { p: number }) => q.p)).toEqual([0.25, 0.5, 0.75]);
    for (const figure of [noisy.mean, ...noisy.quantiles]) {
      expect(figure.value).toBeGreaterThanOrEqual(0);
      expect(figure.value).toBeLessThanOrEqual(100); // 1e9 counted as 100
      expect(figure.margin95).toBeGreaterThan(0);
      expect(
        Math.abs(figure.value / figure.step - Math.round(figure.value / figure.step)),
      ).toBeLessThan(1e-6);
    }
    const quantileValues = noisy.quantiles.map((q: { value: number }) => q.value);
    expect(quantileValues).toEqual([...quantileValues].sort((a, b) => a - b));

    // Never drawn again: every reader, every read, the same figures.
    const reads = [];
    for (const as of [facilitator, owners.A, owners.B, facilitator, owners.F, owners.A])
      reads.push((await read(as, round.id)).noisyResult);
    for (const again of reads) expect(again).toEqual(noisy);

    // Each organization's position comes from the published quartiles and its own value only.
    for (const key of ['A', 'C', 'E', 'F'] as const) {
      const own = Math.min(values[key] as number, 1e9);
      expect((await read(owners[key], round.id)).myQuantilePosition).toBe(
        quantileValues.filter((q: number) => q < own).length,
      );
    }
    expect((await read(facilitator, round.id)).myQuantilePosition).toBeNull();
    // G was asked but gave nothing: it gets nothing ("give to get").
    expect(await read(owners.G, round.id)).toMatchObject({
      noisyResult: null,
      resultHiddenReason: 'DID_NOT_SUBMIT',
      myQuantilePosition: null,
    });

    // The close cannot run again, and the database refuses to rewrite the snapshot.
    expect(errorOf(await t.gql(CLOSE, { id: round.id }, facilitator))?.code).toBe(
      'INVALID_TRANSITION',
    );
    const db = new Client({ connectionString: process.env.ALIANZA_TEST_DATABASE_URL });
    await db.connect();
    try {
      await expect(
        db.query(
          `UPDATE benchmark_rounds SET result = jsonb_set(result, '{mean,value}', '50') WHERE id = $1`,
          [round.id],
        ),
      ).rejects.toThrow(/frozen/);
      const [stored] = (
        await db.query(`SELECT result->>'rule' AS rule FROM benchmark_rounds WHERE id = $1`, [
          round.id,
        ])
      ).rows;
      expect(stored.rule).toBe('differential-privacy');
    } finally {
      await db.end();
    }
    expect((await read(owners.A, round.id)).noisyResult).toEqual(noisy);
  });

  it('counts a huge value as the top of the range: it moves the noisy average no more than that would', async () => {
    // Closed by the platform at its closing time (the sweep draws too). An exact ε of 5 on the
    // average alone: Laplace noise of scale 100 / (3 · 5) ≈ 6.7, beyond ±10 scales once in 22 000.
    const round = await create(
      {
        summable: true,
        closesAt: new Date(Date.now() + 4000).toISOString(),
        differentialPrivacy: { ...RANGE, epsilon: 5, publishMean: true, quantiles: [] },
      },
      ['A', 'B', 'C'],
    );
    expect(round.privacy).toMatchObject({ epsilon: 5, level: null, quantiles: [] });
    await submit('A', round.id, 40);
    await submit('B', round.id, 50);
    await submit('C', round.id, 1e12); // counts as 100: the clamped average is 190 / 3
    let seen = await read(facilitator, round.id);
    for (let i = 0; i < 60 && !seen.closedAt; i++) {
      await new Promise((r) => setTimeout(r, 250));
      seen = await read(facilitator, round.id);
    }
    expect(seen).toMatchObject({ status: 'CLOSED', outcome: 'PUBLISHED' });
    const { mean, quantiles } = seen.noisyResult;
    expect(quantiles).toEqual([]);
    expect(mean.margin95).toBeCloseTo((100 / 15) * Math.log(20), 9);
    expect(Math.abs(mean.value - 190 / 3)).toBeLessThanOrEqual((10 * 100) / 15);
    expect((await read(owners.C, round.id)).noisyResult).toEqual(seen.noisyResult);
  });

  it('withholds below k from the count alone, and applies no differencing check to noisy rounds', async () => {
    const few = await create({ differentialPrivacy: RANGE }, ['A', 'B', 'C']);
    await submit('A', few.id, 10);
    await submit('B', few.id, 20);
    expect((await t.ok(CLOSE, { id: few.id }, facilitator)).closeBenchmarkRound).toMatchObject({
      outcome: 'WITHHELD',
      withheldReason: 'TOO_FEW_SUBMISSIONS',
      noisyResult: null,
    });

    // Two rounds whose contributors differ by one company: exact totals would give E away
    // (a rank-band round is withheld as DIFFERENCING); noisy figures protect it by their noise.
    const unit = 'pedidos';
    const first = await create({ unit, differentialPrivacy: RANGE }, ['A', 'B', 'C', 'D', 'E']);
    const second = await create({ unit, differentialPrivacy: RANGE }, ['A', 'B', 'C', 'D']);
    for (const [i, key] of (['A', 'B', 'C', 'D', 'E'] as const).entries()) {
      await submit(key, first.id, 10 * (i + 1));
      if (key !== 'E') await submit(key, second.id, 10 * (i + 1));
    }
    for (const id of [first.id, second.id]) {
      expect((await t.ok(CLOSE, { id }, facilitator)).closeBenchmarkRound).toMatchObject({
        outcome: 'PUBLISHED',
        withheldReason: null,
      });
    }
  });
});
