import { unsubscribeToken } from '@alianza/notification';
import { NotificationKind } from '@alianza/shared';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { TEST_PASSWORD, TestUser } from './api';
import { CountedApi } from './counted-api';
import { challengeOf, enableTwoFactor, totp } from './two-factor';

/**
 * A collaboration of `size` parties (and every list in it about `size` long), built through the
 * web apps' own mutations, whose statements are counted as they run: a world of size 2 and one
 * of size 6 hold the same kinds of rows, three times as many in the second.
 */
export interface CountWorld {
  size: number;
  /** In the names of its organizations. */
  tag: string;
  facilitator: TestUser;
  /** Owner of organization 0: the participant whose screens are measured. */
  owner: TestUser;
  owners: TestUser[];
  orgs: string[];
  participations: string[];
  collaborationId: string;
  groundRulesId: string;
  moderatedArea: string;
  openArea: string;
  items: string[];
  pendingRequest: string;
  approvedRequest: string;
  roundId: string;
  questionId: string;
  /** Closing: evaluations given; closed: its final statement frozen, and followed up. */
  closingCollaborationId: string;
  closedCollaborationId: string;
  followUpCollaborationId: string;
  /** A collaboration with invitations by email (as many as parties, and one more). */
  invitingCollaborationId: string;
  /** Tokens of invitation links still pending: to that collaboration, to organization 0. */
  invitationLinks: { toCollaboration: string; toOrganization: string };
  /** A webhook endpoint of the collaboration, with deliveries. */
  webhookEndpointId: string;
  /** The platform admin, and the account whose security log the admin reads. */
  admin: TestUser;
  loggedUserId: string;
  /** The statements of the last run of each mutation, by operation key. */
  mutations: Map<string, string[]>;
}

export async function buildCountWorld(api: CountedApi, size: number): Promise<CountWorld> {
  const t = api.api;
  const tag = `${size}-${randomUUID().slice(0, 6)}`;
  const mutations = new Map<string, string[]>();
  const range = (n: number) => Array.from({ length: n }, (_, i) => i);

  /** Runs a web mutation, failing on any error; keeps its statements. */
  const m = async <T = any>(
    name: string,
    variables: Record<string, unknown>,
    as: Pick<TestUser, 'token'> | null,
  ): Promise<T> => {
    const operation = api.operation(name);
    const result = await api.send<Record<string, T>>(operation.source, variables, as);
    if (result.errors?.length || !result.data)
      throw new Error(`${name}: ${JSON.stringify(result.errors ?? result)}`);
    mutations.set(operation.key, result.statements);
    return Object.values(result.data)[0] as T;
  };
  const q = async <T = any>(query: string, variables: Record<string, unknown>, as: TestUser) =>
    t.ok<T>(query, variables, as);

  const facilitator = await t.facilitator(`qc-f-${tag}`);
  const owners: TestUser[] = [];
  const orgs: string[] = [];
  for (const i of range(size + 1)) {
    const owner = await t.user(`qc-o${i}-${tag}`);
    owners.push(owner);
    const org = await m<{ id: string }>(
      'PortalCreateOrganization',
      { input: { name: `QC ${tag} ${i}`, kind: 'COMPANY', mission: 'Pan' } },
      owner,
    );
    orgs.push(org.id);
  }
  const owner = owners[0]!;
  const org0 = orgs[0]!;

  // Organization 0: members by invitation, others invited, one declined and one revoked.
  for (const i of range(size)) {
    const member = await t.user(`qc-m${i}-${tag}`);
    const invitation = await m<{ id: string }>(
      'PortalInviteOrganizationMember',
      { organizationId: org0, input: { email: member.email, role: 'MEMBER' } },
      owner,
    );
    const membership = await m<{ id: string }>(
      'PortalAcceptOrganizationInvitation',
      { invitationId: invitation.id },
      member,
    );
    if (i === 0)
      await m(
        'PortalChangeOrganizationMemberRole',
        { membershipId: membership.id, input: { role: 'OWNER' } },
        owner,
      );
    if (i === 1) await m('PortalRemoveOrganizationMember', { membershipId: membership.id }, owner);
    await m(
      'PortalInviteOrganizationMember',
      {
        organizationId: org0,
        input: { email: `pending-${i}-${tag}@test.alianza`, role: 'MEMBER' },
      },
      owner,
    );
  }
  const declining = await t.user(`qc-d-${tag}`);
  const toDecline = await m<{ id: string }>(
    'PortalInviteOrganizationMember',
    { organizationId: org0, input: { email: declining.email } },
    owner,
  );
  await m('PortalDeclineOrganizationInvitation', { invitationId: toDecline.id }, declining);
  const toRevoke = await m<{ id: string }>(
    'PortalInviteOrganizationMember',
    { organizationId: org0, input: { email: `revoked-${tag}@test.alianza` } },
    owner,
  );
  await m('PortalRevokeOrganizationInvitation', { invitationId: toRevoke.id }, owner);
  await m(
    'PortalUpdateOrganization',
    { organizationId: org0, input: { mission: 'Pan de barrio' } },
    owner,
  );
  // Other organizations of the measured owner, outside the collaborations.
  for (const i of range(size))
    await m(
      'PortalCreateOrganization',
      { input: { name: `QC ${tag} propia ${i}`, kind: 'PROFESSIONAL' } },
      owner,
    );
  // Invitations addressed to the measured owner, from every other organization.
  for (const i of range(size))
    await m(
      'PortalInviteOrganizationMember',
      { organizationId: orgs[i + 1], input: { email: owner.email } },
      owners[i + 1]!,
    );

  /** A collaboration of the facilitator with every organization taking part. */
  const collaboration = async (title: string) => {
    const created = await m<{ id: string }>(
      'ConsoleCreateCollaboration',
      { input: { title: `${title} ${tag}`, objective: 'Comprar juntos', description: 'QC' } },
      facilitator,
    );
    const rules = await m<{ id: string }>(
      'ConsolePublishGroundRules',
      { collaborationId: created.id, input: { body: 'Reglas', thirdPartyRules: 'Nada sale.' } },
      facilitator,
    );
    const participations: string[] = [];
    for (const i of range(orgs.length)) {
      const participation = await m<{ id: string }>(
        'ConsoleInviteOrganization',
        { collaborationId: created.id, input: { organizationId: orgs[i] } },
        facilitator,
      );
      participations.push(participation.id);
      await m(
        'PortalAcceptGroundRules',
        { participationId: participation.id, groundRulesVersionId: rules.id },
        owners[i]!,
      );
    }
    await m(
      'apps/facilitator-console/src/features/overview/overview.graphql#ConsoleChangeCollaborationStatus',
      { collaborationId: created.id, input: { status: 'ACTIVE' } },
      facilitator,
    );
    return { id: created.id, rules: rules.id, participations };
  };

  // Other collaborations of the same parties: the facilitator's and the participants' lists.
  for (const i of range(size)) await collaboration(`Otra ${i}`);
  const main = await collaboration('Principal');
  const c = main.id;
  const participations = main.participations;
  // Ground rules in several versions, each accepted by every party.
  let groundRulesId = main.rules;
  for (const v of range(size)) {
    const version = await m<{ id: string }>(
      'ConsolePublishGroundRules',
      {
        collaborationId: c,
        input: {
          body: `Reglas v${v + 2}`,
          thirdPartyRules: 'Nada sale.',
          changeSummary: 'Precios',
        },
      },
      facilitator,
    );
    groundRulesId = version.id;
    for (const i of range(orgs.length))
      await m(
        'PortalAcceptGroundRules',
        { participationId: participations[i], groundRulesVersionId: version.id },
        owners[i]!,
      );
  }
  // Webhook endpoints, there before the events that give them deliveries (to a closed port: they
  // fail and wait): the collaboration's, and the first party's organization's.
  const webhookEndpoints: string[] = [];
  for (const i of range(size)) {
    const hook = `http://127.0.0.1:9/qc-${tag}`;
    const ofCollaboration = await m<{ endpoint: { id: string } }>(
      'CreateWebhookEndpoint',
      {
        input: {
          collaborationId: c,
          url: `${hook}/c${i}`,
          eventKinds: ['DISCLOSURE_REQUESTED', 'DISCLOSURE_APPROVED', 'GRANT_REVOKED'],
        },
      },
      facilitator,
    );
    webhookEndpoints.push(ofCollaboration.endpoint.id);
    await m(
      'CreateWebhookEndpoint',
      {
        input: {
          organizationId: orgs[0],
          url: `${hook}/o${i}`,
          eventKinds: ['DISCLOSURE_APPROVED', 'PARTICIPATION_ACCEPTED'],
        },
      },
      owner,
    );
  }
  await m(
    'ConsoleUpdateCollaboration',
    { collaborationId: c, input: { description: 'Medida' } },
    facilitator,
  );
  // An invitation withdrawn, and one declined.
  for (const name of ['ConsoleWithdrawInvitation', 'PortalDeclineInvitation']) {
    const late = await t.user(`qc-late-${tag}`);
    const lateOrg = await m<{ id: string }>(
      'PortalCreateOrganization',
      { input: { name: `QC late ${name} ${tag}`, kind: 'COMPANY' } },
      late,
    );
    const invited = await m<{ id: string }>(
      'ConsoleInviteOrganization',
      { collaborationId: c, input: { organizationId: lateOrg.id } },
      facilitator,
    );
    await m(
      name,
      { participationId: invited.id, input: { reason: 'No' } },
      name.startsWith('Console') ? facilitator : late,
    );
  }

  // Invitations by email, to a collaboration of their own (the main one's audit chain is left as
  // it was), one more than there are parties (the facilitator's list): one resent and then
  // withdrawn; one followed by a newcomer, who signs up through its link (from the counted API's
  // outbox) and accepts it for an organization founded there; the last pending.
  const inviting = (await collaboration('Por correo')).id;
  const invitedByEmail: string[] = [];
  for (const i of range(size + 1)) {
    const email = `qc-mail-${i}-${tag}@test.alianza`;
    await m(
      'ConsoleInviteByEmail',
      { collaborationId: inviting, input: { email, organizationName: `QC mail ${i} ${tag}` } },
      facilitator,
    );
    invitedByEmail.push(email);
  }
  const invitationToken = async (email: string) => {
    const [link] = await api.mailTo(email, '/invitation');
    return new URL(link!).searchParams.get('token')!;
  };
  const sentByEmail = await t.listOf<{ id: string; email: string }>(
    inviting,
    'invitations',
    'id email',
    facilitator,
  );
  const sentTo = (email: string) => sentByEmail.find((i) => i.email === email)!.id;
  await m(
    'ConsoleResendCollaborationInvitation',
    { invitationId: sentTo(invitedByEmail[1]!) },
    facilitator,
  );
  await m(
    'ConsoleWithdrawCollaborationInvitation',
    { invitationId: sentTo(invitedByEmail[1]!) },
    facilitator,
  );
  const newcomerToken = await invitationToken(invitedByEmail[0]!);
  await m(
    'PortalSignUpWithInvitation',
    { input: { token: newcomerToken, displayName: 'Recién llegada', password: TEST_PASSWORD } },
    null,
  );
  const newcomer = await t.session(invitedByEmail[0]!);
  await m(
    'PortalAcceptCollaborationInvitation',
    {
      input: {
        token: newcomerToken,
        newOrganization: { name: `QC mail nueva ${tag}`, kind: 'COMPANY' },
      },
    },
    newcomer,
  );
  const invitationLinks = {
    toCollaboration: await invitationToken(invitedByEmail[size]!),
    toOrganization: await invitationToken(`pending-0-${tag}@test.alianza`),
  };

  // Seeks and offers of every party; one changed, one removed.
  for (const i of range(orgs.length)) {
    for (const j of range(size)) {
      const entry = await m<{ id: string }>(
        'PortalAddParticipationEntry',
        {
          participationId: participations[i],
          input: {
            direction: j % 2 ? 'SEEK' : 'OFFER',
            contributionType: 'INFORMATION',
            description: `Entrada ${j}`,
          },
        },
        owners[i]!,
      );
      if (i === 0 && j === 0)
        await m(
          'PortalUpdateParticipationEntry',
          { entryId: entry.id, input: { description: 'Cambiada' } },
          owner,
        );
    }
  }
  const extraEntry = await m<{ id: string }>(
    'PortalAddParticipationEntry',
    {
      participationId: participations[0],
      input: { direction: 'SEEK', contributionType: 'LABOUR', description: 'Quitar' },
    },
    owner,
  );
  await m('PortalRemoveParticipationEntry', { entryId: extraEntry.id }, owner);

  // Areas: the defaults, plus moderated ones with overlaps among the parties.
  const areas = await t.listOf<{ id: string; sensitivity: string }>(
    c,
    'areas',
    'id sensitivity',
    facilitator,
  );
  const openArea = areas.find((a) => a.sensitivity === 'OPEN')!.id;
  const created: string[] = [];
  for (const i of range(size)) {
    const area = await m<{ id: string }>(
      'ConsoleCreateArea',
      { collaborationId: c, input: { name: `Área ${i}`, sensitivity: 'MODERATED' } },
      facilitator,
    );
    created.push(area.id);
  }
  const moderatedArea = created[0]!;
  await m(
    'ConsoleUpdateArea',
    { areaId: created[1], input: { description: 'Moderada' } },
    facilitator,
  );
  if (size === 2) {
    // Archived and brought back (ADR 0040); the smaller world only, as the plan's changes.
    await m(
      'ConsoleSetAreaArchived',
      { areaId: created[1], input: { archived: true } },
      facilitator,
    );
    await m(
      'ConsoleSetAreaArchived',
      { areaId: created[1], input: { archived: false } },
      facilitator,
    );
  }
  const overlap = await m<{ id: string }>(
    'ConsoleDeclareOverlap',
    { areaId: moderatedArea, input: { organizationIds: [orgs[0], orgs[1]], note: 'Harina' } },
    facilitator,
  );
  for (const i of range(size)) {
    await m(
      'ConsoleDeclareOverlap',
      { areaId: created[1], input: { organizationIds: [orgs[i], orgs[i + 1]] } },
      facilitator,
    );
  }
  const removable = await m<{ id: string }>(
    'ConsoleDeclareOverlap',
    { areaId: created[1], input: { organizationIds: [orgs[0], orgs[size]] } },
    facilitator,
  );
  await m('ConsoleRemoveOverlap', { overlapId: removable.id }, facilitator);

  // The ledger first: approvals write its entries.
  await m(
    'ConsoleSetLedgerSettings',
    {
      collaborationId: c,
      input: { valuationScale: 'POINTS', areaValues: [{ areaId: moderatedArea, value: '2' }] },
    },
    facilitator,
  );

  // Items of every party in the moderated area, each edited once and asked to be shared with
  // every other party; the facilitator approves most of them.
  const items: string[] = [];
  const requests: { id: string; owner: number }[] = [];
  for (const i of range(orgs.length)) {
    for (const j of range(size)) {
      const content = (title: string) => ({
        title,
        body: `Pagamos 0,62 EUR/kg con entrega semanal (${j}).`,
        fields: [
          { label: 'Precio', type: 'NUMBER', number: 0.62 },
          { label: 'Proveedor', type: 'TEXT', text: 'Harinas Sur' },
        ],
        thirdPartyRule: 'ADVISORS',
      });
      const item = await m<{ itemId: string }>(
        'PortalCreateItem',
        {
          participationId: participations[i],
          areaId: moderatedArea,
          input: content(`Costes ${i}.${j}`),
        },
        owners[i]!,
      );
      await m(
        'PortalEditItem',
        { itemId: item.itemId, input: content(`Costes ${i}.${j} v2`) },
        owners[i]!,
      );
      if (i === 0) items.push(item.itemId);
      const request = await m<{ id: string }>(
        'PortalRequestDisclosure',
        {
          itemId: item.itemId,
          input: {
            audienceKind: 'NAMED',
            recipientOrganizationIds: orgs.filter((o) => o !== orgs[i]),
            redaction: { fieldKeys: ['proveedor'] },
            note: 'Para comparar',
          },
        },
        owners[i]!,
      );
      requests.push({ id: request.id, owner: i });
    }
  }
  // Items shared at once in the open area (no overlap there).
  for (const i of range(orgs.length)) {
    const item = await m<{ itemId: string }>(
      'PortalCreateItem',
      {
        participationId: participations[i],
        areaId: openArea,
        input: { title: `Idea ${i}`, body: 'Texto' },
      },
      owners[i]!,
    );
    if (i === 0) items.push(item.itemId);
    await m(
      'PortalRequestDisclosure',
      { itemId: item.itemId, input: { audienceKind: 'ALL_ACTIVE' } },
      owners[i]!,
    );
  }
  const crossing = (owner: number) => (owner <= 1 ? [overlap.id] : []);
  // Each party's first request stays pending; the others are approved…
  for (const request of requests.filter((_, n) => n % size !== 0)) {
    await m(
      'ConsoleApproveDisclosure',
      {
        requestId: request.id,
        input: { acknowledgeOverlapIds: crossing(request.owner), message: 'Bien' },
      },
      facilitator,
    );
  }
  // The last approval alike in every world: two recipients, no overlap.
  const last = await m<{ itemId: string }>(
    'PortalCreateItem',
    { participationId: participations[2], areaId: moderatedArea, input: { title: 'Última' } },
    owners[2]!,
  );
  const lastRequest = await m<{ id: string }>(
    'PortalRequestDisclosure',
    {
      itemId: last.itemId,
      input: { audienceKind: 'NAMED', recipientOrganizationIds: [orgs[0], orgs[1]] },
    },
    owners[2]!,
  );
  await m(
    'ConsoleApproveDisclosure',
    { requestId: lastRequest.id, input: { message: 'Bien' } },
    facilitator,
  );
  const pendingRequest = requests[0]!.id;
  const approvedRequest = requests[1]!.id;
  // …but one of party 1's, changes asked, and one of party 2's, rejected; one withdrawn.
  const decide = async (name: string, owner: number) => {
    const item = await m<{ itemId: string }>(
      'PortalCreateItem',
      { participationId: participations[owner], areaId: moderatedArea, input: { title: name } },
      owners[owner]!,
    );
    const request = await m<{ id: string }>(
      'PortalRequestDisclosure',
      {
        itemId: item.itemId,
        input: { audienceKind: 'NAMED', recipientOrganizationIds: [orgs[owner === 0 ? 1 : 0]] },
      },
      owners[owner]!,
    );
    if (name === 'PortalWithdrawDisclosureRequest')
      await m(name, { requestId: request.id }, owners[owner]!);
    else await m(name, { requestId: request.id, input: { message: 'No así' } }, facilitator);
  };
  await decide('ConsoleRequestDisclosureChanges', 1);
  await decide('ConsoleRejectDisclosure', 2);
  await decide('PortalWithdrawDisclosureRequest', 0);

  // Grants revoked by the facilitator and by their owner; the area made restricted, so that
  // the grants in it need review, one of them kept.
  const { disclosureRequest } = await q<{ disclosureRequest: { grants: { id: string }[] } }>(
    `query($r: ID!) { disclosureRequest(id: $r) { grants { id } } }`,
    { r: requests[size + 1]!.id },
    facilitator,
  );
  await m(
    'ConsoleRevokeGrant',
    { grantId: disclosureRequest.grants[0]!.id, input: { reason: 'Error' } },
    facilitator,
  );
  const own = await q<{ disclosureRequest: { grants: { id: string }[] } }>(
    `query($r: ID!) { disclosureRequest(id: $r) { grants { id } } }`,
    { r: requests[1]!.id },
    owner,
  );
  await m(
    'PortalRevokeGrant',
    { grantId: own.disclosureRequest.grants[0]!.id, input: { reason: 'Ya no' } },
    owner,
  );
  await m(
    'ConsoleUpdateArea',
    { areaId: moderatedArea, input: { sensitivity: 'RESTRICTED' } },
    facilitator,
  );
  const review = await t.listOf<{ grant: { id: string } }>(
    c,
    'grantsNeedingReview',
    'grant { id }',
    facilitator,
  );
  await m(
    'ConsoleKeepGrant',
    { grantId: review[0]!.grant.id, input: { message: 'Se queda' } },
    facilitator,
  );

  // Publications and questions.
  for (const i of range(size)) {
    await m(
      'ConsolePublish',
      {
        collaborationId: c,
        input: { title: `Resumen ${i}`, body: 'Agregado', audienceKind: 'ALL_ACTIVE' },
      },
      facilitator,
    );
  }
  let questionId = '';
  for (const i of range(size)) {
    const question = await m<{ id: string }>(
      'PortalAskQuestion',
      { collaborationId: c, input: { subject: `Pregunta ${i}`, body: '¿Precios?' } },
      owner,
    );
    await m(
      'ConsoleAnswerQuestion',
      { questionId: question.id, input: { answer: 'Solo agregados.' } },
      facilitator,
    );
    await m(
      'ConsolePublishQuestion',
      {
        questionId: question.id,
        input: { question: '¿Qué precios se pueden compartir?', answer: 'Solo agregados.' },
      },
      facilitator,
    );
    if (i === 0) questionId = question.id;
  }
  const unpublished = await m<{ id: string }>(
    'PortalAskQuestion',
    { collaborationId: c, input: { body: '¿Horarios?' } },
    owner,
  );
  await m(
    'ConsoleAnswerQuestion',
    { questionId: unpublished.id, input: { answer: 'Libres.' } },
    facilitator,
  );
  await m(
    'ConsolePublishQuestion',
    { questionId: unpublished.id, input: { question: '¿Hay horarios fijos?', answer: 'Libres.' } },
    facilitator,
  );
  await m('ConsoleUnpublishQuestion', { questionId: unpublished.id }, facilitator);

  // The plan: objectives with indicators, milestones with tasks of every party and resources,
  // proposals, progress.
  const milestones: string[] = [];
  const indicators: string[] = [];
  for (const i of range(size)) {
    const objective = await m<{ id: string }>(
      'ConsoleCreateObjective',
      { collaborationId: c, input: { title: `Objetivo ${i}` } },
      facilitator,
    );
    const indicator = await m<{ id: string }>(
      'ConsoleAddIndicator',
      {
        objectiveId: objective.id,
        input: { name: 'Coste', unit: 'EUR', baseline: 10, target: 8, direction: 'DECREASE' },
      },
      facilitator,
    );
    indicators.push(indicator.id);
    const milestone = await m<{ id: string }>(
      'ConsoleCreateMilestone',
      { collaborationId: c, input: { title: `Hito ${i}`, dueDate: '2027-03-01' } },
      facilitator,
    );
    milestones.push(milestone.id);
    await m(
      'ConsoleUpdateMilestone',
      { milestoneId: milestone.id, input: { description: 'Primero' } },
      facilitator,
    );
    for (const j of range(orgs.length)) {
      const task = await m<{ id: string }>(
        'ConsoleCreateTask',
        {
          milestoneId: milestone.id,
          input: { title: `Tarea ${j}`, responsibleOrganizationId: orgs[j], dueDate: '2026-01-01' },
        },
        facilitator,
      );
      if (j === 0)
        await m('PortalSetTaskStatus', { taskId: task.id, input: { status: 'DOING' } }, owner);
      if (j === 1)
        await m(
          'ConsoleSetTaskStatus',
          { taskId: task.id, input: { status: 'BLOCKED', blockedReason: 'Espera' } },
          facilitator,
        );
    }
    await m(
      'ConsoleAddResource',
      {
        milestoneId: milestone.id,
        input: {
          kind: 'NEEDED',
          description: 'Camión',
          providerOrganizationId: orgs[1],
          confidential: i === 0,
          value: '100',
          currency: 'EUR',
        },
      },
      facilitator,
    );
    await m(
      'ConsolePostProgress',
      {
        input: {
          milestoneId: milestone.id,
          text: 'Avanzamos',
          indicatorValues: [{ indicatorId: indicator.id, value: 9 }],
        },
      },
      facilitator,
    );
    await m(
      'PortalPostProgress',
      { input: { milestoneId: milestone.id, text: 'Hecho lo nuestro' } },
      owner,
    );
    // Changing and removing (ADR 0040), once, in the smaller world only: the larger one's audit
    // chain would pass the 1,000 records a verification reads at a time (ConsoleVerifyAuditLog
    // must send the same statements in both). Each mutation still has its run counted.
    if (i === 0 && size === 2) {
      await m(
        'ConsoleUpdateObjective',
        { objectiveId: objective.id, input: { description: 'Medible' } },
        facilitator,
      );
      await m(
        'ConsoleUpdateIndicator',
        { indicatorId: indicator.id, input: { target: 7 } },
        facilitator,
      );
      const spare = await m<{ id: string }>(
        'ConsoleCreateTask',
        {
          milestoneId: milestone.id,
          input: { title: 'De más', responsibleOrganizationId: orgs[0] },
        },
        facilitator,
      );
      await m('ConsoleUpdateTask', { taskId: spare.id, input: { title: 'Sobra' } }, facilitator);
      await m('ConsoleRemoveTask', { taskId: spare.id }, facilitator);
      const spareResource = await m<{ id: string }>(
        'ConsoleAddResource',
        { milestoneId: milestone.id, input: { kind: 'NEEDED', description: 'Palés' } },
        facilitator,
      );
      await m(
        'ConsoleUpdateResource',
        { resourceId: spareResource.id, input: { description: 'Palés europeos' } },
        facilitator,
      );
      await m('ConsoleRemoveResource', { resourceId: spareResource.id }, facilitator);
      const spareObjective = await m<{ id: string }>(
        'ConsoleCreateObjective',
        { collaborationId: c, input: { title: `Sobra ${i}` } },
        facilitator,
      );
      const spareIndicator = await m<{ id: string }>(
        'ConsoleAddIndicator',
        {
          objectiveId: spareObjective.id,
          input: { name: 'Sobra', unit: 'u', baseline: 0, target: 1, direction: 'INCREASE' },
        },
        facilitator,
      );
      await m('ConsoleRemoveIndicator', { indicatorId: spareIndicator.id }, facilitator);
      await m('ConsoleRemoveObjective', { objectiveId: spareObjective.id }, facilitator);
    }
  }
  const proposed = await m<{ id: string }>(
    'PortalProposeMilestone',
    { collaborationId: c, input: { title: 'Propuesta' } },
    owner,
  );
  await m(
    'ConsoleDecideMilestoneProposal',
    { milestoneId: proposed.id, input: { accept: true } },
    facilitator,
  );
  const proposedTask = await m<{ id: string }>(
    'PortalProposeTask',
    {
      milestoneId: milestones[0],
      input: { title: 'Nuestra tarea', responsibleOrganizationId: org0 },
    },
    owner,
  );
  await m(
    'ConsoleDecideTaskProposal',
    { taskId: proposedTask.id, input: { accept: true } },
    facilitator,
  );

  // The ledger: contributions of every party, confirmed, disputed and settled; pledges.
  for (const i of range(orgs.length)) {
    const entries = await m<{ id: string }[]>(
      'PortalDeclareContribution',
      {
        collaborationId: c,
        input: {
          receiverOrganizationIds: [orgs[(i + 1) % orgs.length]],
          contributionType: 'RECOMMENDATION',
          description: `Contacto ${i}`,
          value: '3',
          occurredOn: '2026-11-02',
        },
      },
      owners[i]!,
    );
    const receiver = owners[(i + 1) % orgs.length]!;
    if (i === 0)
      await m(
        'PortalDisputeLedgerEntry',
        { entryId: entries[0]!.id, input: { reason: 'No fue así' } },
        receiver,
      );
    else if (i === 1) {
      await m(
        'ConsoleDisputeLedgerEntry',
        { entryId: entries[0]!.id, input: { reason: 'Revisar' } },
        facilitator,
      );
      await m(
        'ConsoleSettleLedgerDispute',
        { entryId: entries[0]!.id, input: { uphold: true, reason: 'Sí fue' } },
        facilitator,
      );
    } else if (i === 2)
      await m('ConsoleConfirmLedgerEntry', { entryId: entries[0]!.id }, facilitator);
    else await m('PortalConfirmLedgerEntry', { entryId: entries[0]!.id }, receiver);
    await m(
      'PortalMakePledge',
      {
        collaborationId: c,
        input: { contributionType: 'LABOUR', description: 'Ayuda', dueOn: '2027-01-01' },
      },
      owners[i]!,
    );
  }

  // Benchmark rounds with every party's value; one closed.
  let roundId = '';
  for (const i of range(size)) {
    const round = await m<{ id: string }>(
      'ConsoleCreateBenchmarkRound',
      {
        collaborationId: c,
        input: {
          metricName: `Coste ${i}`,
          unit: 'EUR',
          participantOrganizationIds: orgs.slice(0, 3),
          k: 3,
          facilitatorSeesValues: true,
          closesAt: new Date(Date.now() + 86_400_000).toISOString(),
        },
      },
      facilitator,
    );
    for (const j of range(3))
      await m(
        'PortalSubmitBenchmarkValue',
        { roundId: round.id, input: { value: String(10 + j) } },
        owners[j]!,
      );
    if (i === 0) roundId = round.id;
  }
  await m('ConsoleCloseBenchmarkRound', { roundId }, facilitator);

  // Declared activity and customer lists; a detected overlap declared, one dismissed.
  const options = await m<{ id: string }[]>(
    'ConsoleSetActivityOptions',
    { areaId: openArea, input: { dimension: 'MARKET', labels: ['Barrio', 'Centro', 'Online'] } },
    facilitator,
  );
  for (const i of range(orgs.length)) {
    await m(
      'PortalDeclareActivity',
      { areaId: openArea, input: { optionIds: options.slice(0, 2).map((o) => o.id) } },
      owners[i]!,
    );
    await m(
      'PortalUploadCustomerList',
      {
        areaId: openArea,
        input: { content: 'B12345678\nexample.com\n', fileName: 'clientes.csv' },
      },
      owners[i]!,
    );
  }
  await m(
    'ConsoleDeclareDetectedOverlap',
    { input: { areaId: openArea, organizationIds: [orgs[1], orgs[2]] } },
    facilitator,
  );
  await m(
    'ConsoleDismissDetectedOverlap',
    { input: { areaId: openArea, organizationIds: [orgs[0], orgs[size]], reason: 'No compiten' } },
    facilitator,
  );
  await m('PortalRemoveCustomerList', { areaId: openArea }, owners[size]!);

  // Reporting tokens; notifications read.
  for (const i of range(size)) {
    const expiresAt = new Date(Date.now() + 30 * 86_400_000).toISOString();
    const mine = await m<{ token: { id: string } }>(
      'CreateApiToken',
      { input: { name: `P${i}`, expiresAt } },
      owner,
    );
    const theirs = await m<{ token: { id: string } }>(
      'CreateApiToken',
      { input: { name: `F${i}`, expiresAt } },
      facilitator,
    );
    if (i === 0) {
      await m('RevokeApiToken', { apiTokenId: mine.token.id }, owner);
      await m('RevokeApiToken', { apiTokenId: theirs.token.id }, facilitator);
    }
  }
  // Webhooks: one paused and resumed, a delivery replayed, one deleted.
  const [hooked] = webhookEndpoints;
  await m('PauseWebhookEndpoint', { endpointId: hooked }, facilitator);
  await m('ResumeWebhookEndpoint', { endpointId: hooked }, facilitator);
  const delivered = await q<{ webhookDeliveries: { nodes: { id: string }[] } }>(
    `query($e: ID!) { webhookDeliveries(endpointId: $e, first: 1) { nodes { id } } }`,
    { e: hooked },
    facilitator,
  );
  await m(
    'ReplayWebhookDelivery',
    { deliveryId: delivered.webhookDeliveries.nodes[0]!.id },
    facilitator,
  );
  await m('DeleteWebhookEndpoint', { endpointId: webhookEndpoints.at(-1) }, facilitator);
  // A calendar feed: made, made again (replacing the first), then turned off.
  await m('CreateCalendarFeed', {}, owner);
  await m('CreateCalendarFeed', {}, owner);
  await m('RevokeCalendarFeed', {}, owner);
  await m('MarkNotificationsRead', { input: { notificationIds: [] } }, owner);
  // Email notifications: a choice, and a kind turned off from an email's link (signed out).
  await m(
    'SetNotificationPreference',
    { input: { kind: 'GRANT_RECEIVED', delivery: 'IN_APP' } },
    owner,
  );
  await m(
    'PortalUnsubscribe',
    {
      input: {
        token: unsubscribeToken(process.env['ALIANZA_TEST_UNSUBSCRIBE_KEY']!, {
          userId: owner.id,
          kind: NotificationKind.PLAN_OVERDUE,
        }),
      },
    },
    null,
  );
  // The account's language: English, and back (the world's other emails are in Spanish).
  await m('SetMyLanguage', { input: { locale: 'EN' } }, owner);
  await m('SetMyLanguage', { input: { locale: 'ES' } }, owner);
  // A forgotten password, reset through the link of its email (the counted API's outbox).
  const forgetful = await t.user(`qc-reset-${tag}`);
  await m('RequestPasswordReset', { input: { email: forgetful.email, locale: 'ES' } }, null);
  const [link] = await api.mailTo(forgetful.email, 'reset-password');
  await m(
    'ResetPassword',
    {
      input: {
        token: new URL(link!).searchParams.get('token'),
        newPassword: 'a new passphrase 2026',
      },
    },
    null,
  );
  // An address confirmed through the link of its second email (asked for again), then the
  // account moved to another address through the link sent there (the counted API's outbox).
  const unproven = await t.unverifiedUserWithEmail(t.uniqueEmail(`qc-verify-${tag}`), 'Nueva');
  await m('ResendVerificationEmail', {}, unproven);
  const verifyLinks = await api.mailTo(unproven.email, 'verify-email');
  await m(
    'VerifyEmail',
    { input: { token: new URL(verifyLinks.at(-1)!).searchParams.get('token') } },
    null,
  );
  const newEmail = t.uniqueEmail(`qc-moved-${tag}`);
  await m(
    'RequestEmailChange',
    { input: { newEmail, currentPassword: unproven.password } },
    unproven,
  );
  const [changeLink] = await api.mailTo(newEmail, 'confirm-email-change');
  await m(
    'ConfirmEmailChange',
    { input: { token: new URL(changeLink!).searchParams.get('token') } },
    null,
  );
  // Two-step verification, on an account of its own: turned on, a sign-in's second step (with a
  // recovery code: the app's codes of this moment are spent once), new codes, turned off.
  const guarded = await t.user(`qc-2fa-${tag}`);
  const setup = await m<{ secret: string }>('StartTwoFactorSetup', {}, guarded);
  const recovery = await m<{ codes: string[] }>(
    'ConfirmTwoFactorSetup',
    { input: { code: totp(setup.secret) } },
    guarded,
  );
  await m(
    'CompleteLogin',
    { input: { challenge: await challengeOf(t, guarded), recoveryCode: recovery.codes[0] } },
    null,
  );
  await m('RegenerateRecoveryCodes', { input: { code: totp(setup.secret, 1) } }, guarded);
  await m('DisableTwoFactor', { input: { password: guarded.password } }, guarded);
  // Signing in and out; signing a device out, and every other device.
  await m('Login', { input: { email: owner.email, password: owner.password } }, null);
  await m('Logout', {}, await t.session(owner.email));
  const traveller = await t.user(`qc-sessions-${tag}`);
  const elsewhere = await t.session(traveller.email);
  const { mySessions } = await t.ok<{ mySessions: { nodes: { id: string; current: boolean }[] } }>(
    `{ mySessions(first: 100) { nodes { id current } } }`,
    {},
    elsewhere,
  );
  await m('EndSession', { sessionId: mySessions.nodes.find((s) => s.current)!.id }, traveller);
  for (const _ of range(size)) await t.session(traveller.email);
  await m('EndOtherSessions', {}, traveller);

  // The platform admin's screens: roles, a second factor reset, a failed email sent again (made
  // failed by the database's owner: the counted API's outbox does not fail).
  const admin = await t.admin();
  await m('AdminMakeFacilitator', { email: traveller.email }, admin);
  await m('AdminRevokeFacilitator', { userId: traveller.id }, admin);
  const locked = await enableTwoFactor(t, await t.user(`qc-locked-${tag}`));
  await m(
    'AdminResetSecondFactor',
    { userId: locked.id, input: { reason: 'Móvil perdido' } },
    admin,
  );
  const owned = new Client({ connectionString: process.env['ALIANZA_TEST_DATABASE_URL'] });
  await owned.connect();
  try {
    const failed = await owned.query<{ id: string }>(
      `UPDATE mail_messages SET status = 'failed', last_error = 'refused'
        WHERE id = (SELECT id FROM mail_messages WHERE recipient = $1 ORDER BY created_at DESC LIMIT 1)
        RETURNING id`,
      [forgetful.email],
    );
    await m('AdminRetryMail', { mailMessageId: failed.rows[0]!.id }, admin);
  } finally {
    await owned.end();
  }

  // Closing, with every party's evaluation; and a closed one, followed up.
  const closing = await collaboration('Cierre');
  const closed = await collaboration('Cerrada');
  for (const target of [closing, closed]) {
    for (const i of range(size))
      await m(
        'ConsoleCreateObjective',
        { collaborationId: target.id, input: { title: `Ahorrar ${i}` } },
        facilitator,
      );
    await m(
      'apps/facilitator-console/src/features/closing/closing.graphql#ConsoleChangeCollaborationStatus',
      { collaborationId: target.id, input: { status: 'CLOSING' } },
      facilitator,
    );
    for (const i of range(orgs.length))
      await m(
        'PortalSubmitEvaluation',
        {
          collaborationId: target.id,
          input: {
            assessment: 'Bien',
            peerRatings: [{ organizationId: orgs[(i + 1) % orgs.length], rating: 4 }],
          },
        },
        owners[i]!,
      );
    await m(
      'ConsoleSubmitEvaluation',
      { collaborationId: target.id, input: { assessment: 'Cumplido' } },
      facilitator,
    );
  }
  await m(
    'apps/facilitator-console/src/features/closing/closing.graphql#ConsoleChangeCollaborationStatus',
    { collaborationId: closed.id, input: { status: 'CLOSED' } },
    facilitator,
  );
  const followUp = await m<{ id: string }>(
    'ConsoleStartFollowUpCollaboration',
    { collaborationId: closed.id, input: { title: `Segunda fase ${tag}` } },
    facilitator,
  );

  return {
    size,
    tag,
    facilitator,
    owner,
    owners,
    orgs,
    participations,
    collaborationId: c,
    groundRulesId,
    moderatedArea,
    openArea,
    items,
    pendingRequest,
    approvedRequest,
    roundId,
    questionId,
    closingCollaborationId: closing.id,
    closedCollaborationId: closed.id,
    followUpCollaborationId: followUp.id,
    invitingCollaborationId: inviting,
    invitationLinks,
    webhookEndpointId: hooked!,
    admin,
    loggedUserId: traveller.id,
    mutations,
  };
}
