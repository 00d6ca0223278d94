import { AbilityBuilder, createMongoAbility, MongoAbility, MongoQuery } from '@casl/ability';
import { Action, Subject, Viewer } from '@alianza/shared';
import { AccessContext } from './access-context';

/** Subjects are named by string (see `Subject`); objects tagged with `subject()` for creation checks. */
export type AppAbility = MongoAbility<[Action, Subject | Record<string, unknown>], MongoQuery>;

const unique = (values: string[]): string[] => [...new Set(values)];

/**
 * The one place that says who may do what. Rules are conditions on a subject's own columns;
 * `applyAbility` compiles them into the WHERE clause of every list and load.
 * A rule is only added when its id list is non-empty, so "nothing allowed" stays nothing.
 */
export function defineAbilityFor(viewer: Viewer | undefined, ctx: AccessContext): AppAbility {
  const { can, build } = new AbilityBuilder<AppAbility>(createMongoAbility);
  if (!viewer) return build();

  const within = (ids: string[]) => ({ $in: unique(ids) });
  const when = (ids: string[], rule: (ids: string[]) => void) => {
    if (ids.length > 0) rule(unique(ids));
  };

  // Oneself, and one's notifications.
  can(Action.Read, Subject.User, { id: viewer.userId });
  can([Action.Read, Action.Update], Subject.Notification, { userId: viewer.userId });
  // Reporting API tokens: one's own only.
  can(Action.Create, Subject.ApiToken);
  can([Action.Read, Action.Revoke], Subject.ApiToken, { userId: viewer.userId });
  // Signed-in sessions: one's own only (to see where one is signed in, and end them).
  can([Action.Read, Action.Revoke], Subject.Session, { userId: viewer.userId });
  // Personal calendar feeds: one's own only.
  can(Action.Create, Subject.CalendarFeed);
  can([Action.Read, Action.Revoke], Subject.CalendarFeed, { userId: viewer.userId });

  // Organizations: anyone may found one; members read theirs; owners run theirs.
  can(Action.Create, Subject.Organization);
  // Membership by consent: whoever signs in with an invited address reads and answers the
  // invitation; the organization's owners read and revoke it (below). Likewise an invitation of
  // an organization to a collaboration sent by email: its addressee reads and accepts it (for an
  // organization of theirs); its facilitators manage it (below). Only once the address is
  // proven (ADR 0027): an account signed up with someone else's address takes nothing sent to it.
  if (viewer.emailVerified) {
    can([Action.Read, Action.Respond], Subject.OrganizationInvitation, { email: viewer.email });
    can([Action.Read, Action.Respond], Subject.CollaborationInvitation, { email: viewer.email });
  }
  when(ctx.memberOrganizationIds, (ids) => {
    can(Action.Read, Subject.Organization, { id: within(ids) });
    can(Action.Read, Subject.OrganizationMembership, { organizationId: within(ids) });
  });
  when(ctx.ownerOrganizationIds, (ids) => {
    can(Action.Update, Subject.Organization, { id: within(ids) });
    can(Action.ManageMembers, Subject.Organization, { id: within(ids) });
    can([Action.Update, Action.Delete], Subject.OrganizationMembership, {
      organizationId: within(ids),
    });
    can([Action.Read, Action.Revoke], Subject.OrganizationInvitation, {
      organizationId: within(ids),
    });
  });

  // Platform administration: users and the facilitator role, nothing inside collaborations.
  if (viewer.isPlatformAdmin) {
    can(Action.Read, Subject.User);
    can(Action.GrantFacilitator, Subject.User);
    can([Action.ResetSecondFactor, Action.ReadAccountEvents], Subject.User);
    can(Action.Read, Subject.Organization);
    // The mail queue: where each email stands (never its body), and sending a failed one again.
    can(Action.Read, Subject.MailMessage);
    can(Action.Resend, Subject.MailMessage);
  }

  // Facilitators create collaborations and may look organizations up to invite them.
  if (viewer.isFacilitator) {
    can(Action.Create, Subject.Collaboration);
    can(Action.Read, Subject.Organization);
  }

  // Facilitator of a collaboration: everything of it, nothing of others.
  when(ctx.facilitatedCollaborationIds, (ids) => {
    can(
      [
        Action.Read,
        Action.Update,
        Action.Transition,
        Action.Invite,
        Action.PublishGroundRules,
        Action.ViewAs,
      ],
      Subject.Collaboration,
      { id: within(ids) },
    );
    can([Action.Read, Action.Update], Subject.Participation, { collaborationId: within(ids) });
    can([Action.Read, Action.Update, Action.Revoke], Subject.CollaborationInvitation, {
      collaborationId: within(ids),
    });
    can(Action.Read, Subject.ParticipationEntry, { collaborationId: within(ids) });
    can(Action.Read, Subject.GroundRulesVersion, { collaborationId: within(ids) });
    can(Action.Read, Subject.GroundRulesAcceptance, { collaborationId: within(ids) });
  });
  // ...and the organizations taking part in them, even after losing the facilitator role.
  when(ctx.facilitatedOrganizationIds, (ids) =>
    can(Action.Read, Subject.Organization, { id: within(ids) }),
  );

  // Participant (invited or accepted): the collaboration, its ground rules, its own participation.
  const mine = ctx.myParticipations;
  when(
    mine.map((p) => p.collaborationId),
    (ids) => {
      can(Action.Read, Subject.Collaboration, { id: within(ids) });
      can(Action.Read, Subject.GroundRulesVersion, { collaborationId: within(ids) });
    },
  );
  when(
    mine.map((p) => p.id),
    (ids) => {
      can(Action.Read, Subject.Participation, { id: within(ids) });
      can(Action.Read, Subject.ParticipationEntry, { participationId: within(ids) });
      can(Action.Read, Subject.GroundRulesAcceptance, { participationId: within(ids) });
    },
  );
  // Seeks and offers are written by the organization's members from the invitation on
  // (an invited organization may prepare them before it accepts).
  when(
    mine.map((p) => p.id),
    (ids) =>
      can([Action.Create, Action.Update, Action.Delete], Subject.ParticipationEntry, {
        participationId: within(ids),
      }),
  );
  // Owners answer invitations and ground rules for their organization.
  const owned = new Set(ctx.ownerOrganizationIds);
  when(
    mine.filter((p) => owned.has(p.organizationId)).map((p) => p.id),
    (ids) => can(Action.Respond, Subject.Participation, { id: within(ids) }),
  );

  // Active participants see each other: names, profiles, seeks and offers.
  const peers = ctx.activePeerParticipations;
  when(
    peers.map((p) => p.id),
    (ids) => {
      can(Action.Read, Subject.Participation, { id: within(ids) });
      can(Action.Read, Subject.ParticipationEntry, { participationId: within(ids) });
    },
  );
  when(
    peers.map((p) => p.organizationId),
    (ids) => can(Action.Read, Subject.Organization, { id: within(ids) }),
  );

  defineDisclosureRules(can, ctx);
  definePlanRules(can, ctx);
  defineLedgerRules(can, ctx);
  defineClosingRules(can, ctx);
  defineBenchmarkingRules(can, ctx);
  defineActivityRules(can, ctx);
  defineInquiryRules(can, ctx);
  defineReportingRules(can, ctx);
  return build();
}

type Can = AbilityBuilder<AppAbility>['can'];

/**
 * Who sees what of the disclosure engine. A recipient reads a grant only while its own
 * organization is an active participant and the grant is in force (neither revoked nor
 * expired), which the row policy on `grants` checks in the database.
 */
function defineDisclosureRules(can: Can, ctx: AccessContext): void {
  const within = (ids: string[]) => ({ $in: unique(ids) });
  const facilitated = ctx.facilitatedCollaborationIds;
  const activeMine = ctx.myParticipations.filter((p) => p.active);
  const members = ctx.memberOrganizationIds;

  if (facilitated.length > 0) {
    const inFacilitated = { collaborationId: within(facilitated) };
    can([Action.Read, Action.Create, Action.Update, Action.Archive], Subject.Area, inFacilitated);
    // The overlap's own note (`readDetails`) is the facilitator's alone: no participant rule.
    can(
      [Action.Read, Action.ReadDetails, Action.Create, Action.Update, Action.Delete],
      Subject.Overlap,
      inFacilitated,
    );
    can(Action.Read, Subject.Item, inFacilitated);
    // Documents: read as the items they belong to; recipients of grants get none (docs/adr/0030).
    can(Action.Read, Subject.ItemFile, inFacilitated);
    can(Action.Read, Subject.FileAccess, inFacilitated);
    can([Action.Read, Action.Decide], Subject.DisclosureRequest, inFacilitated);
    can([Action.Read, Action.Revoke, Action.Review], Subject.Grant, inFacilitated);
    // `readDetails`: the names of the people who acted (ADR 0040), the facilitator's alone.
    can(
      [Action.Read, Action.Verify, Action.Search, Action.ReadDetails],
      Subject.AuditRecord,
      inFacilitated,
    );
    can([Action.Read, Action.Create], Subject.Publication, inFacilitated);
  }
  if (activeMine.length > 0) {
    can(Action.Read, Subject.Area, {
      collaborationId: within(activeMine.map((p) => p.collaborationId)),
    });
    const asOwner = { ownerParticipationId: within(activeMine.map((p) => p.id)) };
    can([Action.Create, Action.Update], Subject.Item, asOwner);
    can(Action.Create, Subject.ItemFile, asOwner);
    can(Action.Create, Subject.DisclosureRequest, asOwner);
    // Only grants in force: the database's row policy decides that, with `grant_is_live`, the one
    // definition of it (migration RowLevelSecurity1795416100000).
    can(Action.Read, Subject.Grant, {
      recipientParticipationId: within(activeMine.map((p) => p.id)),
    });
    can(Action.Read, Subject.PublicationDelivery, {
      recipientParticipationId: within(activeMine.map((p) => p.id)),
    });
    // The files of a grant, as stamped copies for its recipient (on grant rows, in force only:
    // the row policy on `grants` with `grant_is_live`), never for its owner nor the facilitator.
    can(Action.Read, Subject.SharedFile, {
      recipientParticipationId: within(activeMine.map((p) => p.id)),
    });
    // Declared overlaps that involve one's own organization (never others' declarations).
    for (const p of activeMine) {
      can(Action.Read, Subject.Overlap, {
        collaborationId: p.collaborationId,
        organizationIds: { $in: [p.organizationId] },
      });
    }
  }
  if (members.length > 0) {
    // An organization always sees its own items, requests, grants given and their audit trail.
    const own = { ownerOrganizationId: within(members) };
    can(Action.Read, Subject.Item, own);
    can(Action.Read, Subject.ItemFile, own);
    // Who opened the organization's shared files (docs/adr/0032).
    can(Action.Read, Subject.FileAccess, own);
    can([Action.Read, Action.Update], Subject.DisclosureRequest, own);
    can([Action.Read, Action.Revoke], Subject.Grant, own);
    can(Action.Read, Subject.AuditRecord, { organizationId: within(members) });
    can(Action.Read, Subject.AuditRecord, { counterpartOrganizationId: within(members) });
  }
}

/**
 * The action plan: the facilitator shapes it; every active participant reads it (confidential
 * resources only without their details) and proposes; responsible organizations run their tasks.
 */
function definePlanRules(can: Can, ctx: AccessContext): void {
  const within = (ids: string[]) => ({ $in: unique(ids) });
  const facilitated = ctx.facilitatedCollaborationIds;
  const activeCollaborations = ctx.myParticipations
    .filter((p) => p.active)
    .map((p) => p.collaborationId);
  const members = ctx.memberOrganizationIds;
  if (facilitated.length > 0) {
    const inFacilitated = { collaborationId: within(facilitated) };
    can([Action.Read, Action.Update], Subject.Plan, inFacilitated);
    // Objectives and indicators: the facilitator sets them, so changes and removes them.
    can([Action.Read, Action.Update, Action.Delete], Subject.Objective, inFacilitated);
    can([Action.Read, Action.Update, Action.Delete], Subject.Indicator, inFacilitated);
    can(
      [Action.Read, Action.Create, Action.Propose, Action.Update, Action.Delete, Action.Decide],
      Subject.Milestone,
      inFacilitated,
    );
    can(
      [
        Action.Read,
        Action.Create,
        Action.Propose,
        Action.Update,
        Action.Edit,
        Action.Delete,
        Action.Decide,
      ],
      Subject.Task,
      inFacilitated,
    );
    can(
      [Action.Read, Action.ReadDetails, Action.Create, Action.Update, Action.Delete],
      Subject.Resource,
      inFacilitated,
    );
    can([Action.Read, Action.Create], Subject.ProgressUpdate, inFacilitated);
  }
  if (activeCollaborations.length > 0 && members.length > 0) {
    const inActive = { collaborationId: within(activeCollaborations) };
    can(Action.Read, Subject.Plan, inActive);
    can(Action.Read, [Subject.Objective, Subject.Indicator], inActive);
    can([Action.Read, Action.Propose], Subject.Milestone, inActive);
    can([Action.Read, Action.Propose], Subject.Task, inActive);
    can(Action.Read, Subject.Resource, inActive);
    can(Action.ReadDetails, Subject.Resource, { ...inActive, confidential: false });
    can(Action.ReadDetails, Subject.Resource, {
      ...inActive,
      providerOrganizationId: within(members),
    });
    can(Action.Read, Subject.ProgressUpdate, inActive);
    // The responsible organization runs its own tasks and reports on them.
    const responsible = { ...inActive, responsibleOrganizationId: within(members) };
    can(Action.Update, Subject.Task, responsible);
    can(Action.Create, Subject.ProgressUpdate, { ...inActive, organizationId: within(members) });
  }
}

/**
 * The ledger ("debe y haber"): every active participant sees the whole ledger of its
 * collaboration (mutual benefit is the point); an organization declares what it gave, its
 * receivers confirm or dispute; the facilitator sets the scale and settles disputes.
 */
function defineLedgerRules(can: Can, ctx: AccessContext): void {
  const within = (ids: string[]) => ({ $in: unique(ids) });
  const facilitated = ctx.facilitatedCollaborationIds;
  const activeMine = ctx.myParticipations.filter((p) => p.active);
  if (facilitated.length > 0) {
    const inFacilitated = { collaborationId: within(facilitated) };
    can([Action.Read, Action.Update], Subject.LedgerSettings, inFacilitated);
    can([Action.Read, Action.Confirm, Action.Settle], Subject.LedgerEntry, inFacilitated);
    can([Action.Read, Action.Update], Subject.Pledge, inFacilitated);
  }
  if (activeMine.length > 0) {
    const inActive = { collaborationId: within(activeMine.map((p) => p.collaborationId)) };
    can(Action.Read, Subject.LedgerSettings, inActive);
    can(Action.Read, Subject.LedgerEntry, inActive);
    can(Action.Read, Subject.Pledge, inActive);
    // Pairs (collaboration, organization) of the viewer's active participations.
    for (const p of activeMine) {
      can(Action.Create, Subject.LedgerEntry, {
        collaborationId: p.collaborationId,
        giverOrganizationId: p.organizationId,
      });
      can(Action.Confirm, Subject.LedgerEntry, {
        collaborationId: p.collaborationId,
        receiverOrganizationId: p.organizationId,
      });
      const asPledger = {
        collaborationId: p.collaborationId,
        pledgerOrganizationId: p.organizationId,
      };
      can([Action.Create, Action.Update], Subject.Pledge, asPledger);
    }
  }
}

/** Closing: each participant evaluates (and reads its own evaluation); the facilitator all. */
function defineClosingRules(can: Can, ctx: AccessContext): void {
  const within = (ids: string[]) => ({ $in: unique(ids) });
  const facilitated = ctx.facilitatedCollaborationIds;
  const activeMine = ctx.myParticipations.filter((p) => p.active);
  if (facilitated.length > 0) {
    const inFacilitated = { collaborationId: within(facilitated) };
    can([Action.Read, Action.Create], Subject.Evaluation, inFacilitated);
    can(Action.Read, Subject.FinalStatement, inFacilitated);
  }
  if (activeMine.length > 0) {
    can(Action.Read, Subject.FinalStatement, {
      collaborationId: within(activeMine.map((p) => p.collaborationId)),
    });
    for (const p of activeMine) {
      const own = { collaborationId: p.collaborationId, organizationId: p.organizationId };
      can([Action.Read, Action.Create], Subject.Evaluation, own);
    }
  }
}

/**
 * Benchmark rounds: the facilitator runs them; participants submit privately. A round is seen
 * by its facilitator and, through its participant rows, by the organizations taking part
 * (while active). A raw value is read by its own organization only, and by the facilitator
 * only when the round allows it (`facilitatorSeesValues`, carried by every submission row).
 */
function defineBenchmarkingRules(can: Can, ctx: AccessContext): void {
  const within = (ids: string[]) => ({ $in: unique(ids) });
  const facilitated = ctx.facilitatedCollaborationIds;
  const activeMine = ctx.myParticipations.filter((p) => p.active);
  if (facilitated.length > 0) {
    const inFacilitated = { collaborationId: within(facilitated) };
    can([Action.Read, Action.Create, Action.Close], Subject.BenchmarkRound, inFacilitated);
    can(Action.Read, Subject.BenchmarkParticipant, inFacilitated);
    can(Action.Read, Subject.BenchmarkSubmission, {
      ...inFacilitated,
      facilitatorSeesValues: true,
    });
  }
  for (const p of activeMine) {
    const own = { collaborationId: p.collaborationId, organizationId: p.organizationId };
    can(Action.Read, Subject.BenchmarkParticipant, own);
    can([Action.Read, Action.Submit], Subject.BenchmarkSubmission, own);
  }
}

/**
 * Declared activity and overlap detection. The facilitator sets the option lists, and compares
 * declarations and customer lists only in aggregate (`compare`: the detected overlaps), never
 * reading them row by row. An organization's declarations and customer list are its own: the
 * members of an active participant read and change them; nobody else reads them.
 */
function defineActivityRules(can: Can, ctx: AccessContext): void {
  const within = (ids: string[]) => ({ $in: unique(ids) });
  const facilitated = ctx.facilitatedCollaborationIds;
  const activeMine = ctx.myParticipations.filter((p) => p.active);
  if (facilitated.length > 0) {
    const inFacilitated = { collaborationId: within(facilitated) };
    can(
      [Action.Read, Action.Create, Action.Update, Action.Delete],
      Subject.ActivityOption,
      inFacilitated,
    );
    can(Action.Compare, Subject.ActivityDeclaration, inFacilitated);
    can(Action.Compare, Subject.CustomerList, inFacilitated);
    can([Action.Read, Action.Decide], Subject.DetectedOverlap, inFacilitated);
  }
  if (activeMine.length > 0) {
    can(Action.Read, Subject.ActivityOption, {
      collaborationId: within(activeMine.map((p) => p.collaborationId)),
    });
    // Pairs (collaboration, organization) of the viewer's active participations.
    for (const p of activeMine) {
      const own = { collaborationId: p.collaborationId, organizationId: p.organizationId };
      can([Action.Read, Action.Create, Action.Delete], Subject.ActivityDeclaration, own);
      can([Action.Read, Action.Create, Action.Delete], Subject.CustomerList, own);
    }
  }
}

/**
 * Private questions to the facilitator and their anonymised publication. A question is read
 * only by the facilitator and the asking organization's members: no rule lets another
 * participant meet its conditions. The published version names no asker and is read by every
 * active participant.
 */
function defineInquiryRules(can: Can, ctx: AccessContext): void {
  const within = (ids: string[]) => ({ $in: unique(ids) });
  const facilitated = ctx.facilitatedCollaborationIds;
  const activeMine = ctx.myParticipations.filter((p) => p.active);
  if (facilitated.length > 0) {
    const inFacilitated = { collaborationId: within(facilitated) };
    can([Action.Read, Action.Answer], Subject.Question, inFacilitated);
    can([Action.Read, Action.Create, Action.Delete], Subject.PublishedAnswer, inFacilitated);
  }
  if (ctx.memberOrganizationIds.length > 0) {
    can(Action.Read, Subject.Question, {
      askerOrganizationId: within(ctx.memberOrganizationIds),
    });
  }
  if (activeMine.length > 0) {
    can(Action.Read, Subject.PublishedAnswer, {
      collaborationId: within(activeMine.map((p) => p.collaborationId)),
    });
    for (const p of activeMine) {
      can(Action.Create, Subject.Question, {
        collaborationId: p.collaborationId,
        askerOrganizationId: p.organizationId,
      });
    }
  }
}

/**
 * Reports: a collaboration's (and the portfolio's) for its facilitators; an organization's for
 * its members. The report then reads each section through the same rules as the screens.
 */
function defineReportingRules(can: Can, ctx: AccessContext): void {
  const within = (ids: string[]) => ({ $in: unique(ids) });
  if (ctx.facilitatedCollaborationIds.length > 0) {
    can(Action.ReadReport, Subject.Collaboration, {
      id: within(ctx.facilitatedCollaborationIds),
    });
  }
  if (ctx.memberOrganizationIds.length > 0) {
    can(Action.ReadReport, Subject.Organization, { id: within(ctx.memberOrganizationIds) });
  }
}
