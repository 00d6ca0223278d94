import { Api, TestUser } from '../support/api';

const PLAN = `query($c: ID!) { plan(collaborationId: $c) {
  percentDone overdueMilestoneCount overdueTaskCount
  objectives { title indicators { name current progressPercent } }
  milestones { id title status proposalStatus percentDone overdue
    tasks { id title status overdue responsibleOrganizationId blockedReason }
    resources { kind confidential detailsVisible description value currency providerOrganizationId }
    progress { text organizationId indicatorValues { value } } } } }`;

/** The action plan: objectives and indicators, milestones, resources, tasks, tracking. */
describe('action plan', () => {
  const t = new Api();
  let facilitator: TestUser;
  let ownerA: TestUser;
  let ownerB: TestUser;
  let orgA: string;
  let orgB: string;
  let c: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    facilitator = await t.facilitator('planner');
    ownerA = await t.user('plan-a');
    ownerB = await t.user('plan-b');
    orgA = await t.organization(ownerA, 'Plan A');
    orgB = await t.organization(ownerB, 'Plan B');
    c = await t.collaboration(facilitator, 'Plan');
    const rules = await t.publishGroundRules(facilitator, c);
    for (const [owner, org] of [
      [ownerA, orgA],
      [ownerB, orgB],
    ] as const) {
      const p = await t.invite(facilitator, c, org);
      await t.acceptGroundRules(owner, p, rules.id);
    }
  });

  it('lets the facilitator build objectives with indicators, milestones, resources and tasks', async () => {
    for (const title of ['Reducir costes', 'Compartir rutas']) {
      const o = await t.ok(
        `mutation($c: ID!, $t: String!) { createObjective(collaborationId: $c, input: { title: $t }) { id } }`,
        { c, t: title },
        facilitator,
      );
      ids[title] = o.createObjective.id;
    }
    await t.ok(
      `mutation($o: ID!) { addIndicator(objectiveId: $o, input: { name: "Coste por kilo", unit: "EUR", baseline: 0.8, target: 0.6, direction: DECREASE }) { id } }`,
      { o: ids['Reducir costes'] },
      facilitator,
    );
    const wrongWay = await t.gql(
      `mutation($o: ID!) { addIndicator(objectiveId: $o, input: { name: "x", unit: "u", baseline: 1, target: 2, direction: DECREASE }) { id } }`,
      { o: ids['Reducir costes'] },
      facilitator,
    );
    expect(wrongWay.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');

    const milestone = async (title: string, dueDate: string) =>
      (
        await t.ok(
          `mutation($c: ID!, $input: MilestoneInput!) { createMilestone(collaborationId: $c, input: $input) { id proposalStatus } }`,
          { c, input: { title, startDate: '2026-01-01', dueDate } },
          facilitator,
        )
      ).createMilestone;
    ids.m1 = (await milestone('Elegir proveedor', '2026-02-01')).id; // already past: overdue unless done
    ids.m2 = (await milestone('Pedido conjunto', '2099-03-01')).id;
    ids.m3 = (await milestone('Rutas compartidas', '2099-06-01')).id;

    await t.ok(
      `mutation($m: ID!, $input: ResourceInput!) { addResource(milestoneId: $m, input: $input) { id } }`,
      {
        m: ids.m1,
        input: {
          kind: 'AVAILABLE',
          description: 'Almacén de 200 m²',
          providerOrganizationId: orgA,
          value: '1250.50',
          currency: 'eur',
          confidential: true,
        },
      },
      facilitator,
    );
    await t.ok(
      `mutation($m: ID!, $input: ResourceInput!) { addResource(milestoneId: $m, input: $input) { id } }`,
      {
        m: ids.m1,
        input: { kind: 'NEEDED', description: 'Furgoneta', quantity: 1, unit: 'unidad' },
      },
      facilitator,
    );
    const badMoney = await t.gql(
      `mutation($m: ID!, $input: ResourceInput!) { addResource(milestoneId: $m, input: $input) { id } }`,
      { m: ids.m1, input: { kind: 'NEEDED', description: 'x', value: '12.345', currency: 'EUR' } },
      facilitator,
    );
    expect(badMoney.errors?.[0]).toMatchObject({
      message: 'value must be a decimal with at most two decimals',
      extensions: { code: 'BAD_USER_INPUT' },
    });

    const task = async (m: string, title: string, org: string, dueDate?: string) =>
      (
        await t.ok(
          `mutation($m: ID!, $input: TaskInput!) { createTask(milestoneId: $m, input: $input) { id proposalStatus } }`,
          { m, input: { title, responsibleOrganizationId: org, dueDate } },
          facilitator,
        )
      ).createTask;
    ids.a1 = (await task(ids.m1, 'Pedir presupuestos', orgA, '2026-01-15')).id;
    ids.b1 = (await task(ids.m1, 'Comparar ofertas', orgB)).id;
    ids.a2 = (await task(ids.m2, 'Reunir pedidos', orgA)).id;
    ids.b2 = (await task(ids.m3, 'Mapa de rutas', orgB)).id;
  });

  it('shows the plan to active participants, with confidential details only for the provider', async () => {
    const byA = (await t.ok(PLAN, { c }, ownerA)).plan;
    const byB = (await t.ok(PLAN, { c }, ownerB)).plan;
    const confidential = (plan: any) =>
      plan.milestones[0].resources.find((r: { confidential: boolean }) => r.confidential);
    expect(confidential(byA)).toMatchObject({
      detailsVisible: true,
      description: 'Almacén de 200 m²',
      value: '1250.50',
      currency: 'EUR',
    });
    expect(confidential(byB)).toEqual({
      kind: 'AVAILABLE',
      confidential: true,
      detailsVisible: false,
      description: null,
      value: null,
      currency: null,
      providerOrganizationId: null,
    });
    const outsider = await t.gql(PLAN, { c }, await t.user('plan-outsider'));
    expect(outsider.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });

  it('lets the responsible organization move its tasks and report progress; others are refused', async () => {
    const SET = `mutation($t: ID!, $input: TaskStatusInput!) { setTaskStatus(taskId: $t, input: $input) { status blockedReason } }`;
    expect(
      (await t.gql(SET, { t: ids.a1, input: { status: 'DONE' } }, ownerB)).errors?.[0]?.extensions
        .code,
    ).toBe('FORBIDDEN');
    expect(
      (await t.gql(SET, { t: ids.b1, input: { status: 'BLOCKED' } }, ownerB)).errors?.[0],
    ).toMatchObject({
      message: 'Say why the task is blocked.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    await t.ok(SET, { t: ids.a1, input: { status: 'DONE' } }, ownerA);
    await t.ok(
      SET,
      { t: ids.b1, input: { status: 'BLOCKED', blockedReason: 'Falta una oferta' } },
      ownerB,
    );

    const { plan } = await t.ok(
      `query($c: ID!) { plan(collaborationId: $c) { objectives { indicators { id } } } }`,
      { c },
      facilitator,
    );
    const indicatorId = plan.objectives[0].indicators[0].id;
    const PROGRESS = `mutation($input: ProgressInput!) { postProgress(input: $input) { id organizationId } }`;
    await t.ok(
      PROGRESS,
      {
        input: {
          milestoneId: ids.m1,
          taskId: ids.a1,
          text: 'Tres presupuestos recibidos',
          indicatorValues: [{ indicatorId, value: 0.7 }],
        },
      },
      ownerA,
    );
    const notResponsible = await t.gql(
      PROGRESS,
      { input: { milestoneId: ids.m2, text: 'Nada' } },
      ownerB,
    );
    expect(notResponsible.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it('derives % done, overdue items and indicator progress from the tasks and reports', async () => {
    const { plan } = await t.ok(PLAN, { c }, ownerB);
    const [m1, m2, m3] = plan.milestones;
    expect([m1.percentDone, m2.percentDone, m3.percentDone]).toEqual([50, 0, 0]);
    expect(plan.percentDone).toBe(16.7);
    expect(m1.overdue).toBe(true);
    expect(plan.overdueMilestoneCount).toBe(1);
    expect(plan.overdueTaskCount).toBe(0); // the one task due in the past is done
    expect(m1.tasks.find((t: { id: string }) => t.id === ids.b1)).toMatchObject({
      status: 'BLOCKED',
      blockedReason: 'Falta una oferta',
    });
    expect(plan.objectives[0].indicators[0]).toEqual({
      name: 'Coste por kilo',
      current: 0.7,
      progressPercent: 50,
    });
    expect(m1.progress).toEqual([
      {
        text: 'Tres presupuestos recibidos',
        organizationId: orgA,
        indicatorValues: [{ value: 0.7 }],
      },
    ]);

    // The changed milestone comes back as the plan shows it, with its real tasks and progress.
    const { updateMilestone: updated } = await t.ok(
      `mutation($m: ID!) { updateMilestone(milestoneId: $m, input: { status: DONE }) {
         status percentDone overdue tasks { id } progress { text } } }`,
      { m: ids.m1 },
      facilitator,
    );
    const after = (await t.ok(PLAN, { c }, ownerA)).plan;
    expect(after.milestones[0]).toMatchObject({ percentDone: 100, overdue: false });
    expect(updated).toEqual({
      status: 'DONE',
      percentDone: after.milestones[0].percentDone,
      overdue: false,
      tasks: after.milestones[0].tasks.map((task: { id: string }) => ({ id: task.id })),
      progress: [{ text: 'Tres presupuestos recibidos' }],
    });
    expect(updated.tasks).toHaveLength(2);
    expect(after.overdueMilestoneCount).toBe(0);
    expect(after.percentDone).toBe(33.3);
  });

  it('takes proposals from participants, which the facilitator accepts or declines', async () => {
    const proposed = await t.ok(
      `mutation($c: ID!) { createMilestone(collaborationId: $c, input: { title: "Propuesta de B" }) { id proposalStatus } }`,
      { c },
      ownerB,
    );
    expect(proposed.createMilestone.proposalStatus).toBe('PROPOSED');
    const notes = await t.ok(
      `{ notifications(unreadOnly: true) { nodes { kind title subject } } }`,
      {},
      facilitator,
    );
    expect(notes.notifications.nodes).toContainEqual({
      kind: 'PLAN_PROPOSAL',
      title: 'Milestone proposed: "Propuesta de B"',
      subject: 'Propuesta de B',
    });
    const byParticipant = await t.gql(
      `mutation($m: ID!) { decideMilestoneProposal(milestoneId: $m, input: { accept: true }) { id } }`,
      { m: proposed.createMilestone.id },
      ownerB,
    );
    expect(byParticipant.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const decided = await t.ok(
      `mutation($m: ID!) { decideMilestoneProposal(milestoneId: $m, input: { accept: false }) { proposalStatus } }`,
      { m: proposed.createMilestone.id },
      facilitator,
    );
    expect(decided.decideMilestoneProposal.proposalStatus).toBe('DECLINED');
    const again = await t.gql(
      `mutation($m: ID!) { decideMilestoneProposal(milestoneId: $m, input: { accept: true }) { id } }`,
      { m: proposed.createMilestone.id },
      facilitator,
    );
    expect(again.errors?.[0]?.extensions.code).toBe('CONFLICT');
    // Declined proposals do not count toward % done.
    expect((await t.ok(PLAN, { c }, ownerA)).plan.percentDone).toBe(33.3);
  });

  it('notifies the responsible organization of a new task and audits the plan', async () => {
    const notes = await t.ok(`{ notifications { nodes { kind title } } }`, {}, ownerB);
    expect(notes.notifications.nodes).toContainEqual({
      kind: 'PLAN_TASK_ASSIGNED',
      title: 'New task for your organization: "Comparar ofertas"',
    });
    const log = await t.ok(
      `query($c: ID!) { auditLog(collaborationId: $c, first: 100) { nodes { action } } }`,
      { c },
      facilitator,
    );
    expect(log.auditLog.nodes.map((n: { action: string }) => n.action)).toEqual(
      expect.arrayContaining([
        'PLAN_OBJECTIVE_CREATED',
        'PLAN_INDICATOR_ADDED',
        'PLAN_MILESTONE_CREATED',
        'PLAN_RESOURCE_ADDED',
        'PLAN_TASK_CREATED',
        'PLAN_TASK_STATUS',
        'PLAN_PROGRESS',
        'PLAN_PROPOSAL_DECLINED',
      ]),
    );
  });
});

describe('overdue reminders', () => {
  const t = new Api();

  it('tells the responsible organization and the facilitator, once, when a task or pledge is overdue', async () => {
    const facilitator = await t.facilitator('reminders');
    const owner = await t.user('reminded');
    const org = await t.organization(owner, 'Reminded');
    const c = await t.collaboration(facilitator, 'Recordatorios');
    const rules = await t.publishGroundRules(facilitator, c);
    await t.acceptGroundRules(owner, await t.invite(facilitator, c, org), rules.id);
    const m = await t.ok(
      `mutation($c: ID!) { createMilestone(collaborationId: $c, input: { title: "Hito" }) { id } }`,
      { c },
      facilitator,
    );
    await t.ok(
      `mutation($m: ID!, $o: ID!) { createTask(milestoneId: $m, input: { title: "Atrasada", responsibleOrganizationId: $o, dueDate: "2026-01-01" }) { id } }`,
      { m: m.createMilestone.id, o: org },
      facilitator,
    );
    await t.ok(
      `mutation($c: ID!) { makePledge(collaborationId: $c, input: { contributionType: CARE, description: "Promesa vencida", dueOn: "2026-01-01" }) { id } }`,
      { c },
      owner,
    );
    const kinds = async (as: TestUser) =>
      (
        await t.ok(`{ notifications(first: 50) { nodes { kind title subject } } }`, {}, as)
      ).notifications.nodes.filter((n: { kind: string }) =>
        ['PLAN_OVERDUE', 'LEDGER_PLEDGE_OVERDUE'].includes(n.kind),
      );
    let seen: { kind: string; title: string; subject: string | null }[] = [];
    for (let i = 0; i < 50 && seen.length < 2; i++) {
      await new Promise((r) => setTimeout(r, 200));
      seen = await kinds(owner);
    }
    expect(seen).toEqual(
      expect.arrayContaining([
        { kind: 'PLAN_OVERDUE', title: 'Task overdue: "Atrasada"', subject: 'Atrasada' },
        {
          kind: 'LEDGER_PLEDGE_OVERDUE',
          title: 'Pledge due: "Promesa vencida"',
          subject: 'Promesa vencida',
        },
      ]),
    );
    await new Promise((r) => setTimeout(r, 2500)); // a few more sweeps: no repeats
    expect(await kinds(owner)).toHaveLength(2);
    expect((await kinds(facilitator)).map((n: { kind: string }) => n.kind).sort()).toEqual([
      'LEDGER_PLEDGE_OVERDUE',
      'PLAN_OVERDUE',
    ]);
  });
});
