import { Api, TestUser } from '../support/api';
import { LiveSubscription, subscribeLive, writeUntilHeard } from '../support/live-subscription';

// `planChanged` over a real websocket (graphql-ws at /graphql), against the shared test API:
// the plan's open screens hear of every write of it, and only those who read the plan may listen.

jest.setTimeout(120_000);

interface PlanChange {
  collaborationId: string;
  kind: string;
  elementId: string;
}

type Listener = LiveSubscription<PlanChange>;

const SUBSCRIPTION = `subscription($c: ID!) { planChanged(collaborationId: $c) { collaborationId kind elementId } }`;

/** `as` listens to the plan of `collaborationId` over a socket of its own. */
const listen = (as: TestUser, collaborationId: string): Listener =>
  subscribeLive(process.env['ALIANZA_TEST_API_URL']!, as, 'planChanged', SUBSCRIPTION, {
    c: collaborationId,
  });

/** Resolves once `check` holds, polling every 50 ms; fails after `ms`. */
async function until(check: () => boolean, what: string, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('the plan, live', () => {
  const t = new Api();
  const listeners: Listener[] = [];
  let facilitator: TestUser;
  let ownerA: TestUser;
  let ownerD: TestUser;
  let outsider: TestUser;
  let orgA: string;
  let orgD: string;
  let c: string;
  let d: string;
  let milestoneC: string;
  let milestoneD: string;

  const track = (listener: Listener) => (listeners.push(listener), listener);
  const milestone = async (collaborationId: string) =>
    (
      await t.ok<{ createMilestone: { id: string } }>(
        `mutation($c: ID!) { createMilestone(collaborationId: $c, input: { title: "Hito" }) { id } }`,
        { c: collaborationId },
        facilitator,
      )
    ).createMilestone.id;
  const task = async (milestoneId: string, organizationId: string, as = facilitator) =>
    (
      await t.ok<{ createTask: { id: string } }>(
        `mutation($m: ID!, $o: ID!) { createTask(milestoneId: $m, input: { title: "Tarea", responsibleOrganizationId: $o }) { id } }`,
        { m: milestoneId, o: organizationId },
        as,
      )
    ).createTask.id;
  const renameTask = (id: string, title: string) =>
    t.ok(
      `mutation($id: ID!, $t: String!) { updateTask(taskId: $id, input: { title: $t }) { id } }`,
      { id, t: title },
      facilitator,
    );
  const editUntilHeard = async (listener: Listener, edit: () => Promise<unknown>) => {
    expect(await writeUntilHeard(listener, edit)).toBe(true);
  };

  beforeAll(async () => {
    facilitator = await t.facilitator('live-plan');
    [ownerA, ownerD, outsider] = await Promise.all([
      t.user('live-a'),
      t.user('live-d'),
      t.user('live-x'),
    ]);
    [orgA, orgD] = await Promise.all([
      t.organization(ownerA, 'Vivo A'),
      t.organization(ownerD, 'Vivo D'),
      t.organization(outsider, 'Vivo fuera'),
    ]);
    [c, d] = await Promise.all([
      t.collaboration(facilitator, 'Plan en vivo C'),
      t.collaboration(facilitator, 'Plan en vivo D'),
    ]);
    const [rulesC, rulesD] = await Promise.all([
      t.publishGroundRules(facilitator, c),
      t.publishGroundRules(facilitator, d),
    ]);
    await t.acceptGroundRules(ownerA, await t.invite(facilitator, c, orgA), rulesC.id);
    await t.acceptGroundRules(ownerD, await t.invite(facilitator, d, orgD), rulesD.id);
    [milestoneC, milestoneD] = await Promise.all([milestone(c), milestone(d)]);
  });

  afterEach(async () => {
    await Promise.all(listeners.splice(0).map((l) => l.client.dispose()));
  });

  it("tells a participant of C when the facilitator edits a task, and nothing of another collaboration's plan", async () => {
    const id = await task(milestoneC, orgA);
    const inC = track(listen(ownerA, c));
    const inD = track(listen(ownerD, d));
    await editUntilHeard(inD, () => task(milestoneD, orgD)); // D's listener is in place
    await editUntilHeard(inC, () => renameTask(id, `Tarea ${Date.now()}`));
    expect(inC.events[0]).toEqual({ collaborationId: c, kind: 'TASK', elementId: id });
    expect(inC.errors).toEqual([]);

    // A write of D after C's: once D's listener has it, C's would have come before.
    const last = await task(milestoneD, orgD);
    await until(() => inD.events.some((e) => e.elementId === last), "D's last event");
    expect(inD.events.map((e) => e.collaborationId)).toEqual(inD.events.map(() => d));
  });

  it('tells of every kind of write: proposals and their decision, status, progress, resources, objectives', async () => {
    const live = track(listen(facilitator, c));
    const id = await task(milestoneC, orgA);
    await editUntilHeard(live, () => renameTask(id, `Tarea ${Date.now()}`));
    live.events.splice(0);
    const proposed = await task(milestoneC, orgA, ownerA);
    await t.ok(
      `mutation($id: ID!) { decideTaskProposal(taskId: $id, input: { accept: true }) { id } }`,
      { id: proposed },
      facilitator,
    );
    await t.ok(
      `mutation($id: ID!) { setTaskStatus(taskId: $id, input: { status: DONE }) { id } }`,
      { id: proposed },
      ownerA,
    );
    const report = await t.ok<{ postProgress: { id: string } }>(
      `mutation($m: ID!, $task: ID!) { postProgress(input: { milestoneId: $m, taskId: $task, text: "Hecho" }) { id } }`,
      { m: milestoneC, task: proposed },
      ownerA,
    );
    const resource = await t.ok<{ addResource: { id: string } }>(
      `mutation($m: ID!) { addResource(milestoneId: $m, input: { kind: NEEDED, description: "Furgoneta" }) { id } }`,
      { m: milestoneC },
      facilitator,
    );
    const objective = await t.ok<{ createObjective: { id: string } }>(
      `mutation($c: ID!) { createObjective(collaborationId: $c, input: { title: "Vender más" }) { id } }`,
      { c },
      facilitator,
    );
    await t.ok(`mutation($id: ID!) { removeTask(taskId: $id) { outcome } }`, { id }, facilitator);
    const expected = [
      { kind: 'TASK', elementId: proposed }, // proposed
      { kind: 'TASK', elementId: proposed }, // accepted
      { kind: 'TASK', elementId: proposed }, // done
      { kind: 'PROGRESS_UPDATE', elementId: report.postProgress.id },
      { kind: 'RESOURCE', elementId: resource.addResource.id },
      { kind: 'OBJECTIVE', elementId: objective.createObjective.id },
      { kind: 'TASK', elementId: id }, // removed
    ].map((e) => ({ collaborationId: c, ...e }));
    await until(() => live.events.length >= expected.length, 'every write');
    expect(live.events).toEqual(expected);
  });

  it('refuses a participant of another collaboration (NOT_FOUND) and an outsider (FORBIDDEN)', async () => {
    const other = track(listen(ownerD, c));
    const stranger = track(listen(outsider, c));
    await Promise.all([other.ended, stranger.ended]);
    expect(other.errors).toEqual(['NOT_FOUND']);
    expect(stranger.errors).toEqual(['FORBIDDEN']);
    expect([...other.events, ...stranger.events]).toEqual([]);
  });
});
