import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@alianza/api-core';
import {
  Actor,
  applyAbility,
  facilitates,
  findAllowed,
  organizationRoleOf,
  requireViewer,
} from '@alianza/authz';
import { AuditEntry, AuditService } from '@alianza/audit';
import { Db, paginate, PageRequest, PageResult } from '@alianza/db';
import { IdentityService, normalizeEmail } from '@alianza/identity';
import { MailService } from '@alianza/mail';
import {
  findInvitationLink,
  invitationLinkRefusal,
  InvitationLinkFacts,
  InvitationLinkRow,
  invitationStatus,
  INVITATION_LINK_PATH,
  newInvitationToken,
  OrganizationService,
  proveAddress,
} from '@alianza/organization';
import {
  Action,
  AppError,
  CollaborationStatus,
  ErrorReason,
  InvitationStatus,
  MembershipRole,
  OrganizationKind,
  Subject,
} from '@alianza/shared';
import { Locale } from '@alianza/mail';
import {
  lockOpenCollaboration,
  lockRowInOpenCollaboration,
  takeCollaborationHold,
} from './collaboration.service';
import { CollaborationInvitationEntity } from './entities/collaboration-invitation.entity';
import { CollaborationEntity } from './entities/collaboration.entity';
import { collaborationInvitationMail } from './mails/collaboration-invitation.mail';
import { ParticipationEntity } from './entities/participation.entity';
import { ParticipationService } from './participation.service';

/** A collaboration takes new invitations while it is a draft or active. */
const INVITABLE = [CollaborationStatus.DRAFT, CollaborationStatus.ACTIVE];

/** What the holder of a facilitator's invitation's link learns: to which collaboration. */
export interface CollaborationInvitationLink extends InvitationLinkFacts {
  collaborationId: string;
  collaborationTitle: string;
}

interface LinkRow extends InvitationLinkRow {
  collaboration_id: string;
  collaboration_title: string;
}

/** Which organization takes an invitation: one the addressee owns, or one founded now. */
export type InvitationTaker =
  { organizationId: string } | { newOrganization: { name: string; kind: OrganizationKind } };

/**
 * A facilitator invites an organization to a collaboration by its owner's email, whether or not
 * that person or organization is on the platform yet. The email carries a single-use, expiring
 * link (only a keyed hash of its token is stored); whoever signs in with the address (signing up through the
 * link if need be) accepts it for an organization they own or found there, which then is invited
 * to the collaboration and accepts its ground rules as any invited organization does.
 */
@Injectable()
export class CollaborationInvitationService {
  private readonly logger = new Logger(CollaborationInvitationService.name);

  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly organizations: OrganizationService,
    private readonly participations: ParticipationService,
    private readonly mail: MailService,
    private readonly identity: IdentityService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private record(
    actor: Actor,
    action: AuditEntry['action'],
    invitation: CollaborationInvitationEntity,
    payload: Record<string, unknown>,
    organizationId: string | null = null,
  ) {
    return this.audit.append(invitation.collaborationId, [
      {
        action,
        actorUserId: actor.viewer?.userId ?? null,
        subjectType: 'CollaborationInvitation',
        subjectId: invitation.id,
        organizationId,
        payload,
      },
    ]);
  }

  /** The facilitator invites an organization by its owner's address; the email goes out on commit. */
  async inviteByEmail(
    actor: Actor,
    collaborationId: string,
    input: { email: string; organizationName: string; message: string; locale: Locale },
  ): Promise<CollaborationInvitationEntity> {
    const viewer = requireViewer(actor);
    const collaboration = await lockOpenCollaboration(
      this.db,
      actor,
      Action.Invite,
      collaborationId,
    );
    refuseUnlessInvitable(collaboration);
    const email = normalizeEmail(input.email);
    if (email === normalizeEmail(viewer.email))
      throw AppError.badInput(
        'A facilitator stays neutral: invite the person who will answer for the organization, not yourself.',
        { field: 'email' },
      );
    const invitations = this.db.repo(CollaborationInvitationEntity);
    const now = new Date();
    // The collaboration is held open (shared): two invitations of one address race only on the
    // unique index of pending ones, which answers the second with CONFLICT.
    const pending = await invitations.findOne({
      where: { collaborationId, email, status: InvitationStatus.PENDING },
      lock: { mode: 'pessimistic_write' },
    });
    if (pending && invitationStatus(pending, now) === InvitationStatus.PENDING)
      throw AppError.conflict(
        'This address has a pending invitation to this collaboration already: resend it or withdraw it first.',
        { field: 'email', invitationId: pending.id },
      );
    if (pending) await this.close(pending, InvitationStatus.EXPIRED, viewer.userId, now);
    const { token, hash } = newInvitationToken(this.db);
    const invitation = invitations.create({
      collaborationId,
      email,
      organizationName: input.organizationName,
      message: input.message,
      locale: input.locale,
      tokenHash: hash,
      status: InvitationStatus.PENDING,
      invitedBy: viewer.userId,
      sentAt: now,
      sendCount: 1,
      expiresAt: new Date(now.getTime() + this.config.invitationLinkTtlMs),
      openedAt: null,
      closedAt: null,
      closedBy: null,
      acceptedOrganizationId: null,
      acceptedParticipationId: null,
    });
    await invitations.insert(invitation);
    await this.record(actor, 'collaboration_invitation.sent', invitation, {
      email,
      organizationName: invitation.organizationName,
    });
    await this.send(invitation, viewer.displayName, token);
    this.logger.log({ invitationId: invitation.id, collaborationId }, 'invitation by email sent');
    return invitation;
  }

  /**
   * Sends a pending invitation again (an expired one too) with a new link, valid for as long as
   * the first: the link sent before stops working.
   */
  async resend(actor: Actor, invitationId: string): Promise<CollaborationInvitationEntity> {
    const viewer = requireViewer(actor);
    const invitation = await this.lock(actor, invitationId, Action.Update);
    const collaboration = await this.db
      .repo(CollaborationEntity)
      .findOneByOrFail({ id: invitation.collaborationId });
    refuseUnlessInvitable(collaboration);
    if (invitation.status !== InvitationStatus.PENDING)
      throw invitationLinkRefusal(invitationStatus(invitation)) ?? notPending(invitation);
    const now = new Date();
    const { token, hash } = newInvitationToken(this.db);
    const changes = {
      tokenHash: hash,
      sentAt: now,
      sendCount: invitation.sendCount + 1,
      expiresAt: new Date(now.getTime() + this.config.invitationLinkTtlMs),
    };
    await this.db.repo(CollaborationInvitationEntity).update({ id: invitation.id }, changes);
    Object.assign(invitation, changes);
    await this.record(actor, 'collaboration_invitation.resent', invitation, {
      email: invitation.email,
      sendCount: invitation.sendCount,
    });
    await this.send(invitation, viewer.displayName, token);
    return invitation;
  }

  /** The facilitator withdraws a pending invitation: its link says so from now on. */
  async withdraw(actor: Actor, invitationId: string): Promise<CollaborationInvitationEntity> {
    const viewer = requireViewer(actor);
    const invitation = await this.lock(actor, invitationId, Action.Revoke);
    if (invitation.status !== InvitationStatus.PENDING) throw notPending(invitation);
    await this.close(invitation, InvitationStatus.REVOKED, viewer.userId);
    await this.record(actor, 'collaboration_invitation.withdrawn', invitation, {
      email: invitation.email,
    });
    return invitation;
  }

  /**
   * A collaboration's invitations by email, newest first: all of them for its facilitators, only
   * those to their own address for anyone else.
   */
  list(actor: Actor, collaborationId: string): Promise<CollaborationInvitationEntity[]> {
    const qb = this.db
      .repo(CollaborationInvitationEntity)
      .createQueryBuilder('i')
      .where('i.collaboration_id = :collaborationId', { collaborationId })
      .orderBy('i.created_at', 'DESC')
      .addOrderBy('i.id', 'ASC')
      .take(500);
    return applyAbility(qb, actor.ability, Action.Read, Subject.CollaborationInvitation).getMany();
  }

  /** A page of `list`: newest first. */
  page(
    actor: Actor,
    collaborationId: string,
    page: PageRequest,
  ): Promise<PageResult<CollaborationInvitationEntity>> {
    const qb = this.db
      .repo(CollaborationInvitationEntity)
      .createQueryBuilder('i')
      .where('i.collaboration_id = :collaborationId', { collaborationId });
    applyAbility(qb, actor.ability, Action.Read, Subject.CollaborationInvitation);
    return paginate(qb, page, ['createdAt', 'id'], 'DESC');
  }

  /**
   * What a link's token is for (null when it is no invitation's). Anyone holding the link may
   * ask: it was emailed to the address. The first ask marks the link opened.
   */
  link(token: string): Promise<CollaborationInvitationLink | null> {
    return findInvitationLink(this.db, 'collaboration', token, (row: LinkRow) => ({
      collaborationId: row.collaboration_id,
      collaborationTitle: row.collaboration_title,
    }));
  }

  /**
   * The addressee, signed in with the address invited, accepts through the link for an
   * organization they own or found now: that organization is invited to the collaboration (its
   * participation is returned: next, its owners accept the ground rules), and the link is used.
   */
  async accept(actor: Actor, token: string, taker: InvitationTaker): Promise<ParticipationEntity> {
    const viewer = requireViewer(actor);
    const link = await this.link(token);
    if (!link) throw unknownLink();
    if (link.email !== normalizeEmail(viewer.email))
      throw AppError.forbidden(
        'This invitation is for another email address: sign in with the address invited.',
      ).because(ErrorReason.INVITATION_WRONG_ACCOUNT);
    const refusal = invitationLinkRefusal(link.status);
    if (refusal) throw refusal;
    // Signed in with the address and holding its link: the address is proven (verified).
    await proveAddress(this.db, token);
    // Held open as any change of the collaboration is (which the addressee may not read yet),
    // then the invitation locked.
    await takeCollaborationHold(this.db, link.collaborationId, 'open');
    const invitation = await findAllowed(
      this.db.manager,
      CollaborationInvitationEntity,
      Subject.CollaborationInvitation,
      actor,
      Action.Respond,
      link.invitationId,
      { label: 'Invitation', lock: true },
    );
    const now = new Date();
    if (invitationStatus(invitation, now) !== InvitationStatus.PENDING)
      throw invitationLinkRefusal(invitationStatus(invitation, now)) ?? notPending(invitation);
    if (facilitates(actor, invitation.collaborationId))
      throw AppError.conflict(
        'A facilitator stays neutral: you cannot take part in a collaboration you facilitate.',
      );
    const organizationId = await this.takerOf(actor, taker);
    const participation = await this.participations.joinByEmailInvitation(
      invitation.collaborationId,
      organizationId,
      { invitedBy: invitation.invitedBy, message: invitation.message },
    );
    // Readable now that the organization is invited (the database re-derived the facts).
    const collaboration = await this.db
      .repo(CollaborationEntity)
      .findOneByOrFail({ id: invitation.collaborationId });
    refuseUnlessInvitable(collaboration);
    participation.collaboration = collaboration;
    const accepted = {
      status: InvitationStatus.ACCEPTED,
      closedAt: now,
      closedBy: viewer.userId,
      acceptedOrganizationId: organizationId,
      acceptedParticipationId: participation.id,
    };
    await this.db.repo(CollaborationInvitationEntity).update({ id: invitation.id }, accepted);
    Object.assign(invitation, accepted);
    await this.record(
      actor,
      'collaboration_invitation.accepted',
      invitation,
      {
        participationId: participation.id,
        organizationFounded: 'newOrganization' in taker,
      },
      organizationId,
    );
    this.logger.log(
      { invitationId: invitation.id, participationId: participation.id },
      'invitation by email accepted',
    );
    return participation;
  }

  /** The organization that takes the invitation: the addressee's own, or founded now. */
  private async takerOf(actor: Actor, taker: InvitationTaker): Promise<string> {
    if ('newOrganization' in taker)
      return (await this.organizations.create(actor, taker.newOrganization)).id;
    if (organizationRoleOf(actor, taker.organizationId) !== MembershipRole.OWNER)
      throw AppError.forbidden(
        'Accept for an organization you own, or found one: only its owners answer for it.',
      );
    return taker.organizationId;
  }

  /**
   * The email with the invitation's link, queued in the current transaction: in the language of
   * the account with the address, else in the one the facilitator chose (ADR 0028). The
   * invitation keeps the facilitator's choice: what the facilitator sees tells nothing of an
   * account.
   */
  private async send(
    invitation: CollaborationInvitationEntity,
    invitedByName: string,
    token: string,
  ): Promise<void> {
    const locale = (await this.identity.localeOfAddress(invitation.email)) ?? invitation.locale;
    await this.mail.enqueue({
      to: invitation.email,
      kind: 'collaboration-invitation',
      locale,
      content: collaborationInvitationMail(locale, {
        email: invitation.email,
        organizationName: invitation.organizationName,
        invitedByName,
        link: this.mail.link(INVITATION_LINK_PATH, { token }),
        expiresAt: invitation.expiresAt,
      }),
    });
  }

  /** The invitation, locked for `action`, with its collaboration held open (refused once closed). */
  private lock(
    actor: Actor,
    invitationId: string,
    action: Action,
  ): Promise<CollaborationInvitationEntity> {
    return lockRowInOpenCollaboration(
      this.db,
      CollaborationInvitationEntity,
      Subject.CollaborationInvitation,
      actor,
      action,
      invitationId,
      'Invitation',
    );
  }

  private async close(
    invitation: CollaborationInvitationEntity,
    status: InvitationStatus,
    by: string,
    at = new Date(),
  ): Promise<void> {
    await this.db
      .repo(CollaborationInvitationEntity)
      .update({ id: invitation.id }, { status, closedAt: at, closedBy: by });
    Object.assign(invitation, { status, closedAt: at, closedBy: by });
  }
}

function refuseUnlessInvitable(collaboration: CollaborationEntity): void {
  if (!INVITABLE.includes(collaboration.status))
    throw AppError.conflict(
      `The collaboration is ${collaboration.status}: it takes no new invitations.`,
      { status: collaboration.status },
    ).because(ErrorReason.COLLABORATION_NOT_OPEN);
}

function notPending(invitation: CollaborationInvitationEntity): AppError {
  return AppError.invalidTransition(`This invitation is ${invitationStatus(invitation)} already.`, {
    status: invitationStatus(invitation).toUpperCase(),
  });
}

export function unknownLink(): AppError {
  return AppError.notFound(
    'Invitation link (it may have been replaced by a newer one: use the latest email)',
  );
}
