import { Api, TestUser } from '../support/api';

const KEYS = ['A', 'B', 'C', 'D', 'E', 'F', 'G'] as const;
type Key = (typeof KEYS)[number];

const ROUND_FIELDS = `id metricName status closedAt participantCount canPublish cannotPublishReason
  participantOrganizationIds submissionCount outcome withheldReason
  result { count mean bands { fromRank toRank size average } } resultHiddenReason
  mySubmission { organizationId value } myBand
  submissions { organizationId value }`;
const ROUND = `query($id: ID!) { benchmarkRound(id: $id) { ${ROUND_FIELDS} } }`;
const ROUNDS = `query($c: ID!) { collaboration(id: $c) { benchmarkRounds(first: 100) { nodes { ${ROUND_FIELDS} } } } }`;
const CREATE = `mutation($c: ID!, $input: CreateBenchmarkRoundInput!) {
  createBenchmarkRound(collaborationId: $c, input: $input) { ${ROUND_FIELDS} } }`;
const SUBMIT = `mutation($r: ID!, $v: Decimal!) {
  submitBenchmarkValue(roundId: $r, input: { value: $v }) { ${ROUND_FIELDS} } }`;
const CLOSE = `mutation($id: ID!) { closeBenchmarkRound(roundId: $id) { ${ROUND_FIELDS} } }`;

const inOneDay = () => new Date(Date.now() + 86_400_000).toISOString();

/** k-anonymous benchmarking: thresholds, dominance cap, give-to-get, differencing, privacy. */
describe('benchmarking', () => {
  const t = new Api();
  let facilitator: TestUser;
  let c: string;
  const owners = {} as Record<Key, TestUser>;
  const orgs = {} as Record<Key, string>;
  const keyOf = (orgId: string) => KEYS.find((k) => orgs[k] === orgId);

  const create = async (input: Record<string, unknown>, keys: readonly Key[]) =>
    (
      await t.ok(
        CREATE,
        {
          c,
          input: {
            closesAt: inOneDay(),
            participantOrganizationIds: keys.map((k) => orgs[k]),
            ...input,
          },
        },
        facilitator,
      )
    ).createBenchmarkRound;
  const submit = (key: Key, round: string, value: number) =>
    t.ok(SUBMIT, { r: round, v: String(value) }, owners[key]);
  const read = async (as: TestUser, id: string) => (await t.ok(ROUND, { id }, as)).benchmarkRound;
  const close = async (id: string) => (await t.ok(CLOSE, { id }, facilitator)).closeBenchmarkRound;

  beforeAll(async () => {
    facilitator = await t.facilitator('bench');
    c = await t.collaboration(facilitator, 'Benchmarking');
    const rules = await t.publishGroundRules(facilitator, c);
    for (const key of KEYS) {
      owners[key] = await t.user(`bench-${key}`);
      orgs[key] = await t.organization(owners[key], `Bench ${key}`);
      const participation = await t.invite(facilitator, c, orgs[key]);
      await t.acceptGroundRules(owners[key], participation, rules.id);
    }
  });

  it('lets only the facilitator define a round, with k of at least 3 and active participants', async () => {
    const input = {
      metricName: 'Plantilla',
      closesAt: inOneDay(),
      participantOrganizationIds: [orgs.A, orgs.B, orgs.C],
    };
    const k2 = await t.gql(CREATE, { c, input: { ...input, k: 2 } }, facilitator);
    expect(k2.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    const cap = await t.gql(CREATE, { c, input: { ...input, dominanceCap: 1.5 } }, facilitator);
    expect(cap.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    const backwards = await t.gql(
      CREATE,
      { c, input: { ...input, opensAt: inOneDay(), closesAt: new Date().toISOString() } },
      facilitator,
    );
    expect(backwards.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    const outsider = await t.user('bench-outsider');
    const outsiderOrg = await t.organization(outsider, 'Outsider');
    const notParticipant = await t.gql(
      CREATE,
      { c, input: { ...input, participantOrganizationIds: [orgs.A, outsiderOrg] } },
      facilitator,
    );
    expect(notParticipant.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    const byParticipant = await t.gql(CREATE, { c, input }, owners.A);
    expect(byParticipant.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const byOutsider = await t.gql(CREATE, { c, input }, outsider);
    expect(byOutsider.errors?.[0]?.extensions.code).toBe('FORBIDDEN');

    const round = await create({ metricName: 'Plantilla' }, ['A', 'B', 'C']);
    expect(round).toMatchObject({
      status: 'OPEN',
      participantCount: 3,
      canPublish: false, // default k = 5
      cannotPublishReason: 'TOO_FEW_SUBMISSIONS',
      submissionCount: 0,
      resultHiddenReason: 'NOT_CLOSED',
    });
    const summable4 = await create(
      { metricName: 'Ventas', summable: true, k: 3, dominanceCap: 0.2 },
      ['A', 'B', 'C', 'D'],
    );
    // Four contributors cannot each stay at or below 20 % of the total.
    expect(summable4).toMatchObject({ canPublish: false, cannotPublishReason: 'DOMINANCE' });
  });

  it('publishes the averages of two groups of three over six companies, and each sees its own group', async () => {
    const round = await create(
      { metricName: 'Facturación anual', unit: 'kEUR', summable: true, higherIsBetter: true, k: 3 },
      ['A', 'B', 'C', 'D', 'E', 'F'],
    );
    expect(round).toMatchObject({ canPublish: true, cannotPublishReason: null });
    const values: Record<string, number> = { A: 16, B: 18, C: 20, D: 22, E: 24, F: 26 };
    await submit('A', round.id, 99); // replaced below, before closing
    for (const key of ['A', 'B', 'C', 'D', 'E', 'F'] as const)
      await submit(key, round.id, values[key]!);

    const open = await read(facilitator, round.id);
    expect(open).toMatchObject({
      status: 'OPEN',
      submissionCount: 6,
      submissions: [], // facilitatorSeesValues is off
      mySubmission: null,
      result: null,
      resultHiddenReason: 'NOT_CLOSED',
    });
    expect([...open.participantOrganizationIds].sort()).toEqual(
      ['A', 'B', 'C', 'D', 'E', 'F'].map((k) => orgs[k as Key]).sort(),
    );
    const asA = await read(owners.A, round.id);
    expect(asA).toMatchObject({
      mySubmission: { organizationId: orgs.A, value: 16 },
      submissions: [{ organizationId: orgs.A, value: 16 }],
      submissionCount: null,
      participantOrganizationIds: null,
      result: null,
      // How many were asked, and so whether the round can publish, is no secret between them
      // (a participant reads only its own seat: it once counted 1).
      participantCount: 6,
      canPublish: true,
    });

    const closed = await close(round.id);
    // Sorted 16 18 20 | 22 24 26: min(4, ⌊6 / 3⌋) = 2 groups, 20 < 22 at the cut;
    // (16 + 18 + 20) / 3 = 18, (22 + 24 + 26) / 3 = 24, mean 126 / 6 = 21.
    const aggregates = {
      count: 6,
      mean: 21,
      bands: [
        { fromRank: 1, toRank: 3, size: 3, average: 18 },
        { fromRank: 4, toRank: 6, size: 3, average: 24 },
      ],
    };
    expect(closed).toMatchObject({
      status: 'CLOSED',
      outcome: 'PUBLISHED',
      withheldReason: null,
      result: aggregates,
      submissions: [],
      myBand: null,
    });
    const groups: Record<string, number> = { A: 0, B: 0, C: 0, D: 1, E: 1, F: 1 };
    for (const key of ['A', 'B', 'C', 'D', 'E', 'F'] as const) {
      expect(await read(owners[key], round.id)).toMatchObject({
        outcome: 'PUBLISHED',
        result: aggregates,
        resultHiddenReason: null,
        myBand: groups[key],
        mySubmission: { organizationId: orgs[key], value: values[key] },
        submissions: [{ organizationId: orgs[key], value: values[key] }],
        withheldReason: null,
        submissionCount: null,
      });
    }

    // G is a participant of the collaboration, not of the round: it does not see the round.
    const asG = await t.ok(ROUNDS, { c }, owners.G);
    expect(asG.collaboration.benchmarkRounds.nodes.map((r: { id: string }) => r.id)).not.toContain(
      round.id,
    );
    expect((await t.gql(ROUND, { id: round.id }, owners.G)).errors?.[0]?.extensions.code).toBe(
      'NOT_FOUND',
    );

    // Published results are frozen: no late submission, no second close, the same snapshot.
    const late = await t.gql(SUBMIT, { r: round.id, v: '1000' }, owners.A);
    expect(late.errors?.[0]?.extensions.code).toBe('INVALID_TRANSITION');
    const again = await t.gql(CLOSE, { id: round.id }, facilitator);
    expect(again.errors?.[0]?.extensions.code).toBe('INVALID_TRANSITION');
    expect((await read(facilitator, round.id)).result).toEqual(aggregates);
    expect((await read(owners.A, round.id)).mySubmission.value).toBe(16);

    const published = await t.ok(
      `{ notifications(first: 100) { nodes { kind payload } } }`,
      {},
      owners.C,
    );
    const kinds = published.notifications.nodes
      .filter((n: { payload: string }) => JSON.parse(n.payload).roundId === round.id)
      .map((n: { kind: string }) => n.kind)
      .sort();
    expect(kinds).toEqual(['BENCHMARK_OPEN', 'BENCHMARK_PUBLISHED']);
  });

  it('publishes only the average of 10, 20 and 40 with k = 3, and nothing when all but one are zero', async () => {
    // Issue 11: these values used to publish Q1 15, median 20, Q3 30, from which every value
    // follows. Three values make one group: its average (10 + 20 + 40) / 3 alone.
    const three = ['A', 'B', 'C'] as const;
    const round = await create({ metricName: 'Plazo de pago', unit: 'días', k: 3 }, three);
    for (const [i, key] of three.entries()) await submit(key, round.id, [10, 20, 40][i]!);
    expect(await close(round.id)).toMatchObject({
      outcome: 'PUBLISHED',
      result: {
        count: 3,
        mean: 23.333333,
        bands: [{ fromRank: 1, toRank: 3, size: 3, average: 23.333333 }],
      },
    });
    expect(await read(owners.C, round.id)).toMatchObject({
      result: { count: 3, mean: 23.333333 },
      myBand: 0,
    });
    // 0, 0, 30 on a metric that cannot be negative: 30's owner would learn the others are 0.
    const zeros = await create(
      { metricName: 'Exportaciones', unit: 'kEUR', summable: true, dominanceCap: 1, k: 3 },
      three,
    );
    for (const [i, key] of three.entries()) await submit(key, zeros.id, [0, 0, 30][i]!);
    expect(await close(zeros.id)).toMatchObject({
      outcome: 'WITHHELD',
      withheldReason: 'VALUES_AT_LIMIT',
      result: null,
    });
    expect(await read(owners.C, zeros.id)).toMatchObject({
      outcome: 'WITHHELD',
      withheldReason: null,
      result: null,
      myBand: null,
    });
  });

  it('shows the facilitator the raw values only when the round allows it', async () => {
    const round = await create(
      { metricName: 'Coste por envío', facilitatorSeesValues: true, k: 3 },
      ['A', 'B', 'C'],
    );
    await submit('A', round.id, 3.5);
    await submit('B', round.id, 4.25);
    const submissions = (await read(facilitator, round.id)).submissions;
    expect(submissions).toEqual(
      [
        { organizationId: orgs.A, value: 3.5 },
        { organizationId: orgs.B, value: 4.25 },
      ].sort((x, y) => x.organizationId.localeCompare(y.organizationId)),
    );
    // Each organization still reads its own value only.
    expect((await read(owners.B, round.id)).submissions).toEqual([
      { organizationId: orgs.B, value: 4.25 },
    ]);
    expect((await read(owners.C, round.id)).submissions).toEqual([]);
  });

  it('withholds a round where fewer than k submitted, and tells the facilitator why', async () => {
    const round = await create({ metricName: 'Clientes nuevos', k: 5 }, ['A', 'B', 'C', 'D', 'E']);
    await submit('A', round.id, 12);
    await submit('B', round.id, 15);
    const closed = await close(round.id);
    expect(closed).toMatchObject({
      outcome: 'WITHHELD',
      withheldReason: 'TOO_FEW_SUBMISSIONS',
      result: null,
      resultHiddenReason: 'WITHHELD',
    });
    expect(await read(owners.A, round.id)).toMatchObject({
      outcome: 'WITHHELD',
      withheldReason: null,
      result: null,
      resultHiddenReason: 'WITHHELD',
      myBand: null,
    });
    expect(await read(owners.C, round.id)).toMatchObject({
      outcome: null,
      result: null,
      resultHiddenReason: 'DID_NOT_SUBMIT',
    });
    const told = await t.ok(
      `{ notifications(first: 100) { nodes { kind title payload } } }`,
      {},
      facilitator,
    );
    const notice = told.notifications.nodes.find(
      (n: { kind: string; payload: string }) =>
        n.kind === 'BENCHMARK_CLOSED' && JSON.parse(n.payload).roundId === round.id,
    );
    expect(notice.title).toContain('too_few_submissions');
    // Two companies in a round that needs five: created, flagged, withheld.
    const two = await create({ metricName: 'Pedidos', k: 5 }, ['A', 'B']);
    expect(two).toMatchObject({ canPublish: false, cannotPublishReason: 'TOO_FEW_SUBMISSIONS' });
    await submit('A', two.id, 1);
    await submit('B', two.id, 2);
    expect(await close(two.id)).toMatchObject({
      outcome: 'WITHHELD',
      withheldReason: 'TOO_FEW_SUBMISSIONS',
      result: null,
    });
  });

  it('withholds a summable metric one company dominates, but not a metric that does not add up', async () => {
    const keys = ['A', 'B', 'C', 'D', 'E'] as const;
    const values = [10, 10, 10, 10, 50]; // 50 / 90 ≈ 56 % of the total > 25 %
    const summable = await create({ metricName: 'Cuota de mercado', summable: true }, keys);
    const notSummable = await create({ metricName: 'Precio medio', summable: false }, keys);
    for (const [i, key] of keys.entries()) {
      await submit(key, summable.id, values[i]!);
      await submit(key, notSummable.id, values[i]!);
    }
    expect(await close(summable.id)).toMatchObject({
      outcome: 'WITHHELD',
      withheldReason: 'DOMINANCE',
      result: null,
    });
    // k = 5, five values: one group, its average 90 / 5 = 18.
    expect(await close(notSummable.id)).toMatchObject({
      outcome: 'PUBLISHED',
      result: { count: 5, mean: 18, bands: [{ fromRank: 1, toRank: 5, size: 5, average: 18 }] },
    });
  });

  it('gives results only to the organizations that gave their value', async () => {
    const round = await create({ metricName: 'Rotación', k: 5 }, ['A', 'B', 'C', 'D', 'E', 'F']);
    for (const [i, key] of (['A', 'B', 'C', 'D', 'E'] as const).entries())
      await submit(key, round.id, i + 1);
    expect(await close(round.id)).toMatchObject({
      outcome: 'PUBLISHED',
      result: { count: 5, mean: 3, bands: [{ fromRank: 1, toRank: 5, size: 5, average: 3 }] },
    });
    expect(await read(owners.F, round.id)).toMatchObject({
      status: 'CLOSED',
      outcome: null,
      result: null,
      resultHiddenReason: 'DID_NOT_SUBMIT',
      myBand: null,
      mySubmission: null,
      submissions: [],
    });
    expect(await read(owners.A, round.id)).toMatchObject({
      result: { count: 5, mean: 3 },
      myBand: 0,
    });
  });

  it('refuses to publish a second round of a metric whose contributors differ by fewer than k', async () => {
    const six = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
    const first = await create({ metricName: 'Margen bruto', unit: '%', summable: true }, six);
    const values = [16, 18, 20, 22, 24, 26];
    for (const [i, key] of six.entries()) await submit(key, first.id, values[i]!);
    // k = 5: one group of six, average 126 / 6 = 21.
    expect((await close(first.id)).result).toEqual({
      count: 6,
      mean: 21,
      bands: [{ fromRank: 1, toRank: 6, size: 6, average: 21 }],
    });
    // The same metric (spelt differently), without F: mean × count of the two rounds would
    // give F's value away (6 × 21 − 5 × 20 = 26). Nothing is published.
    const second = await create({ metricName: ' margen  BRUTO', unit: '%', summable: true }, six);
    for (const [i, key] of six.slice(0, 5).entries()) await submit(key, second.id, values[i]!);
    expect(await close(second.id)).toMatchObject({
      outcome: 'WITHHELD',
      withheldReason: 'DIFFERENCING',
      result: null,
    });
    for (const key of six) {
      const seen = await read(owners[key], second.id);
      expect(seen.result).toBeNull();
      expect(seen.myBand).toBeNull();
    }
  });

  it('withholds the third of three rounds whose totals combine to two companies, whatever their names', async () => {
    // Groups {A, B}, {C, D}, {E, F}; every pair of rounds differs by four companies (≥ k = 3),
    // but (A∪B∪C∪D) − (C∪D∪E∪F) + (A∪B∪E∪F) = 2 × (A + B): the total of two companies.
    const input = (metricName: string) => ({ metricName, unit: 'h/semana', k: 3 });
    const rounds: [string, Key[]][] = [
      ['Horas extra', ['A', 'B', 'C', 'D']],
      ['Horas extraordinarias', ['C', 'D', 'E', 'F']],
      ['Horas de más', ['A', 'B', 'E', 'F']],
    ];
    const outcomes = [];
    for (const [name, keys] of rounds) {
      const round = await create(input(name), keys);
      for (const [i, key] of keys.entries()) await submit(key, round.id, 10 * (i + 1));
      outcomes.push(await close(round.id));
    }
    // 10 20 30 40 with k = 3: one group, average 25.
    const published = {
      count: 4,
      mean: 25,
      bands: [{ fromRank: 1, toRank: 4, size: 4, average: 25 }],
    };
    expect(outcomes[0]).toMatchObject({ outcome: 'PUBLISHED', result: published });
    expect(outcomes[1]).toMatchObject({ outcome: 'PUBLISHED', result: published });
    expect(outcomes[2]).toMatchObject({
      outcome: 'WITHHELD',
      withheldReason: 'DIFFERENCING',
      result: null,
    });
    expect(await read(owners.A, outcomes[2].id)).toMatchObject({
      outcome: 'WITHHELD',
      withheldReason: null,
      result: null,
      myBand: null,
    });
  });

  it('never lets an organization read another one’s value, through any query', async () => {
    const round = await create(
      { metricName: 'Horas de formación', k: 3, facilitatorSeesValues: true },
      ['A', 'B', 'C'],
    );
    await submit('A', round.id, 111);
    await submit('B', round.id, 222);
    await submit('C', round.id, 333);
    await close(round.id);
    for (const key of ['A', 'B', 'C'] as const) {
      const own = { A: 111, B: 222, C: 333 }[key];
      const listed = (await t.ok(ROUNDS, { c }, owners[key])).collaboration.benchmarkRounds.nodes;
      const single = await read(owners[key], round.id);
      for (const seen of [...listed, single]) {
        for (const s of seen.submissions) expect(keyOf(s.organizationId)).toBe(key);
        if (seen.mySubmission) expect(keyOf(seen.mySubmission.organizationId)).toBe(key);
        expect(seen.participantOrganizationIds).toBeNull();
        expect(seen.submissionCount).toBeNull();
      }
      // The only benchmark records it reads are its own submissions, without the value.
      const audit = await t.ok(
        `query($c: ID!) { auditLog(collaborationId: $c, first: 100) { nodes { action organizationId payload } } }`,
        { c },
        owners[key],
      );
      for (const record of audit.auditLog.nodes) {
        if (!record.action.startsWith('BENCHMARK_')) continue;
        expect(record.action).toBe('BENCHMARK_SUBMITTED');
        expect(keyOf(record.organizationId)).toBe(key);
        expect(Object.keys(JSON.parse(record.payload)).sort()).toEqual(['replaced', 'roundId']);
      }
      expect(single.mySubmission.value).toBe(own);
    }
    // The audit trail records that values were submitted, never the values.
    const log = await t.ok(
      `query($c: ID!) { auditLog(collaborationId: $c, first: 100, action: BENCHMARK_SUBMITTED) { nodes { payload } } }`,
      { c },
      facilitator,
    );
    expect(log.auditLog.nodes.length).toBeGreaterThan(0);
    for (const record of log.auditLog.nodes)
      expect(JSON.parse(record.payload)).not.toHaveProperty('value');
  });

  it('takes values only while open, and closes by itself at its closing time', async () => {
    const later = await create(
      {
        metricName: 'Más adelante',
        k: 3,
        opensAt: inOneDay(),
        closesAt: new Date(Date.now() + 2 * 86_400_000).toISOString(),
      },
      ['A', 'B', 'C'],
    );
    expect(later.status).toBe('SCHEDULED');
    const early = await t.gql(SUBMIT, { r: later.id, v: '1' }, owners.A);
    expect(early.errors?.[0]?.extensions.code).toBe('INVALID_TRANSITION');
    const notAsked = await t.gql(SUBMIT, { r: later.id, v: '1' }, owners.D);
    expect(notAsked.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    const facilitatorSubmits = await t.gql(SUBMIT, { r: later.id, v: '1' }, facilitator);
    expect(facilitatorSubmits.errors?.[0]?.extensions.code).toBe('FORBIDDEN');

    const soon = await create(
      {
        metricName: 'Cierre automático',
        // A unit of its own: rounds of one unit are compared for differencing (A, B, C here and
        // A..E in an earlier test, both without unit, would expose D + E).
        unit: 'entregas',
        k: 3,
        closesAt: new Date(Date.now() + 5000).toISOString(),
      },
      ['A', 'B', 'C'],
    );
    await submit('A', soon.id, 1);
    await submit('B', soon.id, 2);
    await submit('C', soon.id, 3);
    let seen = await read(facilitator, soon.id);
    for (let i = 0; i < 60 && !seen.closedAt; i++) {
      await new Promise((r) => setTimeout(r, 250));
      seen = await read(facilitator, soon.id);
    }
    expect(seen).toMatchObject({
      status: 'CLOSED',
      outcome: 'PUBLISHED',
      result: { count: 3, mean: 2, bands: [{ fromRank: 1, toRank: 3, size: 3, average: 2 }] },
    });
    expect((await read(owners.C, soon.id)).myBand).toBe(0);
  });
});
