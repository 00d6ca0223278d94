import { Api, TestUser } from '../support/api';

const PLAN = `query($c: ID!) { plan(collaborationId: $c) {
  objectives { id title description indicators { id name baseline target direction } }
  milestones { id tasks { id title description responsibleOrganizationId responsibleUserId dueDate }
    resources { id kind description quantity unit value currency } progress { id taskId } } } }`;
const LOG = `query($c: ID!, $s: ID) { auditLog(collaborationId: $c, first: 50, subjectId: $s) {
  nodes { action actorUserId subjectType subjectId payload } } }`;

const UPDATE_TASK = `mutation($id: ID!, $input: UpdateTaskInput!) { updateTask(taskId: $id, input: $input) {
  id title description responsibleOrganizationId responsibleUserId dueDate } }`;
const REMOVE_TASK = `mutation($id: ID!) { removeTask(taskId: $id) { id outcome } }`;
const UPDATE_OBJECTIVE = `mutation($id: ID!, $input: UpdateObjectiveInput!) { updateObjective(objectiveId: $id, input: $input) { id title description indicators { id } } }`;
const REMOVE_OBJECTIVE = `mutation($id: ID!) { removeObjective(objectiveId: $id) { id outcome } }`;
const UPDATE_INDICATOR = `mutation($id: ID!, $input: UpdateIndicatorInput!) { updateIndicator(indicatorId: $id, input: $input) { id name baseline target direction current } }`;
const REMOVE_INDICATOR = `mutation($id: ID!) { removeIndicator(indicatorId: $id) { id outcome } }`;
const UPDATE_RESOURCE = `mutation($id: ID!, $input: UpdateResourceInput!) { updateResource(resourceId: $id, input: $input) { id kind description value currency quantity unit } }`;
const REMOVE_RESOURCE = `mutation($id: ID!) { removeResource(resourceId: $id) { id outcome } }`;
const ARCHIVE_AREA = `mutation($id: ID!, $archived: Boolean!) { setAreaArchived(areaId: $id, input: { archived: $archived }) { id archivedAt } }`;

/** Changing and removing the plan's parts and archiving areas (ADR 0040), through the API. */
describe('editing the plan and the areas', () => {
  const t = new Api();
  let facilitator: TestUser;
  let ownerA: TestUser;
  let ownerB: TestUser;
  let orgA: string;
  let orgB: string;
  let orgOutside: string;
  let participationA: string;
  let c: string;
  let milestone: string;

  const plan = async (as: TestUser = facilitator) => (await t.ok(PLAN, { c }, as)).plan;
  const allTasks = async () =>
    (await plan()).milestones.flatMap((m: { tasks: { id: string }[] }) => m.tasks);
  const log = async (subjectId: string) =>
    (await t.ok(LOG, { c, s: subjectId }, facilitator)).auditLog.nodes as {
      action: string;
      actorUserId: string;
      payload: string;
    }[];
  const task = async (title: string, org = orgA) =>
    (
      await t.ok(
        `mutation($m: ID!, $input: TaskInput!) { createTask(milestoneId: $m, input: $input) { id } }`,
        { m: milestone, input: { title, responsibleOrganizationId: org, dueDate: '2099-01-01' } },
        facilitator,
      )
    ).createTask.id as string;
  const objective = async (title: string) =>
    (
      await t.ok(
        `mutation($c: ID!, $t: String!) { createObjective(collaborationId: $c, input: { title: $t }) { id } }`,
        { c, t: title },
        facilitator,
      )
    ).createObjective.id as string;
  const indicator = async (objectiveId: string, name: string) =>
    (
      await t.ok(
        `mutation($o: ID!, $n: String!) { addIndicator(objectiveId: $o, input: { name: $n, unit: "kg", baseline: 10, target: 20, direction: INCREASE }) { id } }`,
        { o: objectiveId, n: name },
        facilitator,
      )
    ).addIndicator.id as string;
  const progress = (input: Record<string, unknown>) =>
    t.ok(
      `mutation($input: ProgressInput!) { postProgress(input: $input) { id } }`,
      { input: { milestoneId: milestone, text: 'Hecho', ...input } },
      facilitator,
    );

  beforeAll(async () => {
    facilitator = await t.facilitator('editor');
    ownerA = await t.user('edit-a');
    ownerB = await t.user('edit-b');
    const outsider = await t.user('edit-x');
    orgA = await t.organization(ownerA, 'Editar A');
    orgB = await t.organization(ownerB, 'Editar B');
    orgOutside = await t.organization(outsider, 'Fuera');
    c = await t.collaboration(facilitator, 'Editar el plan');
    const rules = await t.publishGroundRules(facilitator, c);
    participationA = await t.invite(facilitator, c, orgA);
    await t.acceptGroundRules(ownerA, participationA, rules.id);
    await t.acceptGroundRules(ownerB, await t.invite(facilitator, c, orgB), rules.id);
    milestone = (
      await t.ok(
        `mutation($c: ID!) { createMilestone(collaborationId: $c, input: { title: "Hito" }) { id } }`,
        { c },
        facilitator,
      )
    ).createMilestone.id;
  });

  it('lets the facilitator change a task, tells the new responsible organization, and audits it', async () => {
    const id = await task('Pedir presupuestos');
    const changed = (
      await t.ok(
        UPDATE_TASK,
        {
          id,
          input: {
            title: 'Pedir tres presupuestos',
            description: 'Antes del viernes',
            responsibleOrganizationId: orgB,
            dueDate: null,
          },
        },
        facilitator,
      )
    ).updateTask;
    expect(changed).toEqual({
      id,
      title: 'Pedir tres presupuestos',
      description: 'Antes del viernes',
      responsibleOrganizationId: orgB,
      responsibleUserId: null,
      dueDate: null,
    });
    expect(await allTasks()).toContainEqual(expect.objectContaining(changed));
    const [record] = await log(id);
    expect(record).toMatchObject({ action: 'PLAN_TASK_UPDATED', actorUserId: facilitator.id });
    expect(JSON.parse(record!.payload)).toMatchObject({
      title: 'Pedir tres presupuestos',
      previousOrganizationId: orgA,
    });
    const { notifications } = await t.ok(
      `{ notifications(first: 20) { nodes { kind payload } } }`,
      {},
      ownerB,
    );
    expect(
      notifications.nodes.some(
        (n: { kind: string; payload: string }) =>
          n.kind === 'PLAN_TASK_ASSIGNED' && JSON.parse(n.payload).taskId === id,
      ),
    ).toBe(true);
  });

  it('refuses bad changes naming the field, and writes nothing of them', async () => {
    const id = await task('Sin cambios');
    const empty = await t.gql(UPDATE_TASK, { id, input: { title: '   ' } }, facilitator);
    expect(empty.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      // `title`, or with its argument `input.title` where the path starts at the argument.
      details: { field: expect.stringMatching(/(^|\.)title$/) },
    });
    const tooLong = await t.gql(
      UPDATE_TASK,
      { id, input: { title: 'x'.repeat(201) } },
      facilitator,
    );
    expect(tooLong.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    // A good title with a bad organization: neither is written.
    const outside = await t.gql(
      UPDATE_TASK,
      { id, input: { title: 'Otro título', responsibleOrganizationId: orgOutside } },
      facilitator,
    );
    expect(outside.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { field: 'responsibleOrganizationId' },
    });
    const stranger = await t.gql(
      UPDATE_TASK,
      { id, input: { responsibleUserId: ownerB.id } },
      facilitator,
    );
    expect(stranger.errors?.[0]?.extensions).toMatchObject({
      details: { field: 'responsibleUserId' },
    });
    expect((await allTasks()).find((x: { id: string }) => x.id === id)).toMatchObject({
      title: 'Sin cambios',
      responsibleOrganizationId: orgA,
    });
    expect(await log(id)).toHaveLength(1); // only its creation
  });

  it('keeps tasks to the facilitator: the responsible organization only moves them along', async () => {
    const id = await task('De A');
    for (const as of [ownerA, ownerB]) {
      const edit = await t.gql(UPDATE_TASK, { id, input: { title: 'Mío' } }, as);
      expect(edit.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      const remove = await t.gql(REMOVE_TASK, { id }, as);
      expect(remove.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    }
    const status = await t.gql(
      `mutation($id: ID!) { setTaskStatus(taskId: $id, input: { status: DOING }) { status } }`,
      { id },
      ownerA,
    );
    expect(status.errors).toBeUndefined();
  });

  it('deletes a task nothing names, and archives one that progress names', async () => {
    const loose = await task('Suelta');
    expect((await t.ok(REMOVE_TASK, { id: loose }, facilitator)).removeTask).toEqual({
      id: loose,
      outcome: 'DELETED',
    });
    const reported = await task('Con avances');
    await progress({ taskId: reported });
    expect((await t.ok(REMOVE_TASK, { id: reported }, facilitator)).removeTask.outcome).toBe(
      'ARCHIVED',
    );
    const ids = (await allTasks()).map((x: { id: string }) => x.id);
    expect(ids).not.toContain(loose);
    expect(ids).not.toContain(reported);
    // The report still names the archived task.
    const reports = (await plan()).milestones.flatMap((m: { progress: unknown[] }) => m.progress);
    expect(reports).toContainEqual(expect.objectContaining({ taskId: reported }));
    expect((await log(loose)).map((r) => r.action)).toEqual([
      'PLAN_TASK_DELETED',
      'PLAN_TASK_CREATED',
    ]);
    expect((await log(reported))[0]?.action).toBe('PLAN_TASK_ARCHIVED');
    const again = await t.gql(UPDATE_TASK, { id: reported, input: { title: 'x' } }, facilitator);
    expect(again.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });

  it('changes and removes objectives and indicators, keeping an indicator with reported values', async () => {
    const o = await objective('Reducir mermas');
    const kept = await indicator(o, 'Kilos salvados');
    const dropped = await indicator(o, 'Otra');
    expect(
      (
        await t.ok(
          UPDATE_OBJECTIVE,
          { id: o, input: { title: 'Reducir mermas un 10 %', description: 'En 2027' } },
          facilitator,
        )
      ).updateObjective,
    ).toEqual({
      id: o,
      title: 'Reducir mermas un 10 %',
      description: 'En 2027',
      indicators: [{ id: kept }, { id: dropped }],
    });
    const wrongWay = await t.gql(
      UPDATE_INDICATOR,
      { id: kept, input: { target: 5, name: 'No' } },
      facilitator,
    );
    expect(wrongWay.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { field: 'target' },
    });
    expect(
      (
        await t.ok(
          UPDATE_INDICATOR,
          { id: kept, input: { target: 5, direction: 'DECREASE' } },
          facilitator,
        )
      ).updateIndicator,
    ).toMatchObject({ name: 'Kilos salvados', baseline: 10, target: 5, direction: 'DECREASE' });
    await progress({ indicatorValues: [{ indicatorId: kept, value: 8 }] });
    expect(
      (await t.ok(REMOVE_INDICATOR, { id: dropped }, facilitator)).removeIndicator.outcome,
    ).toBe('DELETED');
    expect((await t.ok(REMOVE_INDICATOR, { id: kept }, facilitator)).removeIndicator.outcome).toBe(
      'ARCHIVED',
    );
    const shown = (await plan(ownerA)).objectives.find((x: { id: string }) => x.id === o);
    expect(shown.indicators).toEqual([]);

    const bare = await objective('Sin indicadores');
    await indicator(bare, 'Sin valores');
    expect((await t.ok(REMOVE_OBJECTIVE, { id: bare }, facilitator)).removeObjective.outcome).toBe(
      'DELETED',
    );
    const withValues = await objective('Con valores');
    const measured = await indicator(withValues, 'Medido');
    await progress({ indicatorValues: [{ indicatorId: measured, value: 12 }] });
    expect(
      (await t.ok(REMOVE_OBJECTIVE, { id: withValues }, facilitator)).removeObjective.outcome,
    ).toBe('ARCHIVED');
    const titles = (await plan()).objectives.map((x: { id: string }) => x.id);
    expect(titles).toEqual([o]);
    expect((await log(withValues))[0]?.action).toBe('PLAN_OBJECTIVE_ARCHIVED');
    expect((await log(kept)).map((r) => r.action)).toEqual([
      'PLAN_INDICATOR_ARCHIVED',
      'PLAN_INDICATOR_UPDATED',
      'PLAN_INDICATOR_ADDED',
    ]);
    for (const [query, vars] of [
      [UPDATE_OBJECTIVE, { id: o, input: { title: 'x' } }],
      [REMOVE_OBJECTIVE, { id: o }],
      [UPDATE_INDICATOR, { id: kept, input: { name: 'x' } }],
    ] as const) {
      const res = await t.gql(query, vars, ownerA);
      expect(res.errors?.[0]?.extensions.code).toMatch(/FORBIDDEN|NOT_FOUND/);
    }
  });

  it('changes a resource without showing its details in the log, and deletes it', async () => {
    const id = (
      await t.ok(
        `mutation($m: ID!) { addResource(milestoneId: $m, input: { kind: NEEDED, description: "Furgoneta", providerOrganizationId: "${orgA}", confidential: true }) { id } }`,
        { m: milestone },
        facilitator,
      )
    ).addResource.id as string;
    const half = await t.gql(UPDATE_RESOURCE, { id, input: { value: '100.00' } }, facilitator);
    expect(half.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { field: 'currency' },
    });
    expect(
      (
        await t.ok(
          UPDATE_RESOURCE,
          {
            id,
            input: {
              kind: 'AVAILABLE',
              description: 'Furgoneta frigorífica',
              value: '100.5',
              currency: 'eur',
            },
          },
          facilitator,
        )
      ).updateResource,
    ).toMatchObject({
      kind: 'AVAILABLE',
      description: 'Furgoneta frigorífica',
      value: '100.50',
      currency: 'EUR',
    });
    const [record] = await log(id);
    expect(record?.action).toBe('PLAN_RESOURCE_UPDATED');
    expect(record?.payload).not.toContain('frigorífica');
    const refused = await t.gql(UPDATE_RESOURCE, { id, input: { description: 'x' } }, ownerA);
    expect(refused.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect((await t.ok(REMOVE_RESOURCE, { id }, facilitator)).removeResource.outcome).toBe(
      'DELETED',
    );
    const resources = (await plan()).milestones.flatMap(
      (m: { resources: unknown[] }) => m.resources,
    );
    expect(resources).not.toContainEqual(expect.objectContaining({ id }));
    expect((await log(id))[0]?.action).toBe('PLAN_RESOURCE_DELETED');
  });

  it('archives an area: it takes no new items, keeps its own, and can come back', async () => {
    const area = (
      await t.ok(
        `mutation($c: ID!) { createArea(collaborationId: $c, input: { name: "Archivable", sensitivity: OPEN }) { id } }`,
        { c },
        facilitator,
      )
    ).createArea.id as string;
    const ITEM = `mutation($p: ID!, $a: ID!) { createItem(participationId: $p, areaId: $a, input: { title: "Dato", body: "Texto" }) { itemId } }`;
    await t.ok(ITEM, { p: participationA, a: area }, ownerA);
    expect(
      (await t.gql(ARCHIVE_AREA, { id: area, archived: true }, ownerA)).errors?.[0]?.extensions
        .code,
    ).toBe('FORBIDDEN');
    const archived = (await t.ok(ARCHIVE_AREA, { id: area, archived: true }, facilitator))
      .setAreaArchived;
    expect(archived.archivedAt).toEqual(expect.any(String));
    const refused = await t.gql(ITEM, { p: participationA, a: area }, ownerA);
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { field: 'areaId' },
    });
    const areas = await t.listOf(c, 'areas', 'id archivedAt', ownerA);
    expect(areas).toContainEqual({ id: area, archivedAt: archived.archivedAt });
    const restored = (await t.ok(ARCHIVE_AREA, { id: area, archived: false }, facilitator))
      .setAreaArchived;
    expect(restored.archivedAt).toBeNull();
    await t.ok(ITEM, { p: participationA, a: area }, ownerA);
    expect((await log(area)).map((r) => r.action).slice(0, 2)).toEqual([
      'AREA_RESTORED',
      'AREA_ARCHIVED',
    ]);
  });

  it('refuses every change once the collaboration is closed', async () => {
    const id = await task('Antes del cierre');
    const o = await objective('Antes del cierre');
    const i = await indicator(o, 'Antes del cierre');
    const r = (
      await t.ok(
        `mutation($m: ID!) { addResource(milestoneId: $m, input: { kind: NEEDED, description: "R" }) { id } }`,
        { m: milestone },
        facilitator,
      )
    ).addResource.id as string;
    const areas = await t.listOf(c, 'areas', 'id', facilitator);
    for (const status of ['ACTIVE', 'CLOSING'])
      await t.ok(
        `mutation($c: ID!, $s: CollaborationStatus!) { changeCollaborationStatus(collaborationId: $c, input: { status: $s }) { status } }`,
        { c, s: status },
        facilitator,
      );
    await t.ok(
      `mutation($c: ID!) { changeCollaborationStatus(collaborationId: $c, input: { status: CLOSED, overrideReason: "Fin" }) { status } }`,
      { c },
      facilitator,
    );
    const attempts: [string, Record<string, unknown>][] = [
      [UPDATE_TASK, { id, input: { title: 'Tarde' } }],
      [REMOVE_TASK, { id }],
      [UPDATE_OBJECTIVE, { id: o, input: { title: 'Tarde' } }],
      [REMOVE_OBJECTIVE, { id: o }],
      [UPDATE_INDICATOR, { id: i, input: { name: 'Tarde' } }],
      [REMOVE_INDICATOR, { id: i }],
      [UPDATE_RESOURCE, { id: r, input: { description: 'Tarde' } }],
      [REMOVE_RESOURCE, { id: r }],
      [ARCHIVE_AREA, { id: areas[0].id, archived: true }],
    ];
    for (const [query, variables] of attempts) {
      const res = await t.gql(query, variables, facilitator);
      expect(res.errors?.[0]?.extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'COLLABORATION_NOT_OPEN',
      });
    }
    expect((await allTasks()).find((x: { id: string }) => x.id === id).title).toBe(
      'Antes del cierre',
    );
  });
});
