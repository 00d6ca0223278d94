import { Inject, Injectable, Logger } from '@nestjs/common';
import { Actor, applyAbility, findAllowed, requireViewer } from '@alianza/authz';
import { APP_CONFIG, AppConfig, groupBy, requestListLoader } from '@alianza/api-core';
import { Db } from '@alianza/db';
import { normalizeEmail, UserEntity } from '@alianza/identity';
import {
  Action,
  AppError,
  InvitationStatus,
  MembershipRole,
  Subject,
  Viewer,
} from '@alianza/shared';
import { Locale } from '@alianza/mail';
import { OrganizationMembershipEntity } from './entities/organization-membership.entity';
import { OrganizationEntity } from './entities/organization.entity';
import { INVITATION_DELIVERY, InvitationDelivery } from './invitation-delivery';
import { invitationStatus } from './invitation-status';
import {
  findInvitationLink,
  InvitationLinkFacts,
  InvitationLinkRow,
  newInvitationToken,
} from './invitation-link';
import { OrganizationInvitationEntity } from './entities/organization-invitation.entity';

interface ReceivedNames {
  organizationName: string;
  invitedByName: string;
}

/**
 * The caller's pending invitations in force, with the names to decide by: the organization's
 * (which the addressee may not read otherwise: `inviting_organizations` tells it) and the inviter's.
 */
const RECEIVED_SQL = `
SELECT i.id, i.organization_id AS "organizationId", i.email, i.role, i.status,
       i.invited_by AS "invitedBy", i.created_at AS "createdAt", i.expires_at AS "expiresAt",
       i.closed_at AS "closedAt", i.closed_by AS "closedBy",
       o.name AS "organizationName", u.display_name AS "invitedByName"
  FROM organization_invitations i
  JOIN alianza_rls.inviting_organizations() o ON o.organization_id = i.organization_id
  JOIN users u ON u.id = i.invited_by
 WHERE i.email = :email AND i.status = 'pending' AND i.expires_at > now()`;

/** An invitation as its addressee sees it: with the name of the organization that sends it. */
export interface ReceivedInvitation extends ReceivedNames {
  invitation: OrganizationInvitationEntity;
}

/** What the holder of an owner's invitation's link learns: the role offered, and where. */
export interface OrganizationInvitationLink extends InvitationLinkFacts {
  role: MembershipRole;
  organizationId: string;
}

interface LinkRow extends InvitationLinkRow {
  role: MembershipRole;
  organization_id: string;
}

/**
 * Membership by consent: an organization's owners invite an email address; only the person
 * signed in with that address accepts (becoming a member with the role invited) or declines.
 * Inviting answers the same whether an account has the address or not, and says nothing of one.
 */
@Injectable()
export class OrganizationInvitationService {
  private readonly logger = new Logger(OrganizationInvitationService.name);

  constructor(
    private readonly db: Db,
    @Inject(INVITATION_DELIVERY) private readonly delivery: InvitationDelivery,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Invites an address and sends it a link (in `locale`, the inviter's choice) to answer, signing
   * up through it if need be.
   */
  async invite(
    actor: Actor,
    organizationId: string,
    email: string,
    role: MembershipRole,
    locale: Locale = Locale.ES,
  ): Promise<OrganizationInvitationEntity> {
    const viewer = requireViewer(actor);
    // The organization's row lock serialises invitations to it (one pending per address).
    const organization = await findAllowed(
      this.db.manager,
      OrganizationEntity,
      Subject.Organization,
      actor,
      Action.ManageMembers,
      organizationId,
      { label: 'Organization', lock: true },
    );
    const address = normalizeEmail(email);
    // Only the organization's own members are looked up (the owner sees them anyway): whether
    // anyone else has an account stays unsaid.
    const member = await this.db
      .repo(OrganizationMembershipEntity)
      .createQueryBuilder('m')
      .innerJoin('m.user', 'u')
      .where('m.organization_id = :organizationId AND u.email = :address', {
        organizationId,
        address,
      })
      .getExists();
    if (member)
      throw AppError.conflict('This email belongs to a member of the organization already.', {
        field: 'email',
      });
    const invitations = this.db.repo(OrganizationInvitationEntity);
    const now = new Date();
    const pending = await invitations.findOne({
      where: { organizationId, email: address, status: InvitationStatus.PENDING },
    });
    if (pending && invitationStatus(pending, now) === InvitationStatus.PENDING)
      throw AppError.conflict('This email has a pending invitation already.', { field: 'email' });
    if (pending) await this.close(pending, InvitationStatus.EXPIRED, viewer, now);
    const { token, hash } = newInvitationToken(this.db);
    const invitation = invitations.create({
      organizationId,
      email: address,
      role,
      locale,
      tokenHash: hash,
      status: InvitationStatus.PENDING,
      invitedBy: viewer.userId,
      expiresAt: new Date(now.getTime() + this.config.invitationLinkTtlMs),
      openedAt: null,
      closedAt: null,
      closedBy: null,
    });
    await invitations.insert(invitation);
    this.logger.log(
      { invitationId: invitation.id, organizationId, role },
      'organization invitation created',
    );
    // In the invitation's transaction: the email is queued with it, or not at all.
    await this.delivery.invited({
      invitation,
      organizationName: organization.name,
      invitedBy: viewer,
      token,
    });
    return invitation;
  }

  /**
   * What a link's token is for (null when it is no invitation's). Anyone holding the link may
   * ask: it was emailed to the address. The first ask marks the link opened.
   */
  link(token: string): Promise<OrganizationInvitationLink | null> {
    return findInvitationLink(this.db, 'organization', token, (row: LinkRow) => ({
      role: row.role,
      organizationId: row.organization_id,
    }));
  }

  /** The organization's pending invitations (expired ones included), for its owners. */
  /** Loaded with those of the request's other organizations in one query (field resolvers). */
  pendingOf(actor: Actor, organizationId: string): Promise<OrganizationInvitationEntity[]> {
    return requestListLoader(actor, 'organization:pending-invitations', async (ids) => {
      const qb = this.db
        .repo(OrganizationInvitationEntity)
        .createQueryBuilder('i')
        .where('i.organization_id = ANY(:ids) AND i.status = :pending', {
          ids: [...ids],
          pending: InvitationStatus.PENDING,
        })
        .orderBy('i.created_at', 'DESC')
        .addOrderBy('i.id', 'ASC');
      applyAbility(qb, actor.ability, Action.Revoke, Subject.OrganizationInvitation);
      return groupBy(await qb.getMany(), (i) => i.organizationId);
    }).load(organizationId);
  }

  /** The pending invitations in force addressed to the caller's email. */
  async received(actor: Actor, ids?: string[]): Promise<ReceivedInvitation[]> {
    const viewer = requireViewer(actor);
    const rows = await this.db.query<OrganizationInvitationEntity & ReceivedNames>(
      `${RECEIVED_SQL} ${ids ? 'AND i.id = ANY(:ids)' : ''} ORDER BY i.created_at DESC, i.id`,
      { email: normalizeEmail(viewer.email), ids },
    );
    const invitations = this.db.repo(OrganizationInvitationEntity);
    return rows.map(({ organizationName, invitedByName, ...columns }) => ({
      invitation: invitations.create(columns),
      organizationName,
      invitedByName,
    }));
  }

  /** The addressee accepts: a member, with the role invited (owner included). */
  async accept(actor: Actor, invitationId: string): Promise<OrganizationMembershipEntity> {
    const viewer = requireViewer(actor);
    const invitation = await this.answerable(actor, invitationId);
    const memberships = this.db.repo(OrganizationMembershipEntity);
    const { organizationId } = invitation;
    if (await memberships.exists({ where: { organizationId, userId: viewer.userId } }))
      throw AppError.conflict('You are a member of this organization already.');
    const membership = memberships.create({
      organizationId,
      userId: viewer.userId,
      role: invitation.role,
    });
    await memberships.insert(membership);
    await this.close(invitation, InvitationStatus.ACCEPTED, viewer);
    membership.user = await this.db.repo(UserEntity).findOneByOrFail({ id: viewer.userId });
    return membership;
  }

  /** The addressee declines: nothing changes but the invitation. */
  async decline(actor: Actor, invitationId: string): Promise<ReceivedInvitation> {
    const viewer = requireViewer(actor);
    const invitation = await this.answerable(actor, invitationId);
    // Named while still pending: the organization's name is the addressee's to read until then.
    const [received] = await this.received(actor, [invitation.id]);
    await this.close(invitation, InvitationStatus.DECLINED, viewer);
    return {
      invitation,
      organizationName: received?.organizationName ?? '',
      invitedByName: received?.invitedByName ?? '',
    };
  }

  /** An owner withdraws a pending invitation: it can no longer be accepted. */
  async revoke(actor: Actor, invitationId: string): Promise<OrganizationInvitationEntity> {
    const viewer = requireViewer(actor);
    const invitation = await this.lock(actor, invitationId, Action.Revoke);
    if (invitation.status !== InvitationStatus.PENDING) throw notPending(invitation);
    await this.close(invitation, InvitationStatus.REVOKED, viewer);
    return invitation;
  }

  /** A pending invitation in force addressed to the caller, locked. */
  private async answerable(
    actor: Actor,
    invitationId: string,
  ): Promise<OrganizationInvitationEntity> {
    const invitation = await this.lock(actor, invitationId, Action.Respond);
    if (invitationStatus(invitation) !== InvitationStatus.PENDING) throw notPending(invitation);
    return invitation;
  }

  private lock(
    actor: Actor,
    invitationId: string,
    action: Action,
  ): Promise<OrganizationInvitationEntity> {
    return findAllowed(
      this.db.manager,
      OrganizationInvitationEntity,
      Subject.OrganizationInvitation,
      actor,
      action,
      invitationId,
      { label: 'Invitation', lock: true },
    );
  }

  private async close(
    invitation: OrganizationInvitationEntity,
    status: InvitationStatus,
    by: Viewer,
    at = new Date(),
  ): Promise<void> {
    await this.db
      .repo(OrganizationInvitationEntity)
      .update({ id: invitation.id }, { status, closedAt: at, closedBy: by.userId });
    Object.assign(invitation, { status, closedAt: at, closedBy: by.userId });
    this.logger.log(
      { invitationId: invitation.id, organizationId: invitation.organizationId, status },
      'organization invitation closed',
    );
  }
}

function notPending(invitation: OrganizationInvitationEntity): AppError {
  const status = invitationStatus(invitation);
  const message =
    status === InvitationStatus.EXPIRED
      ? 'This invitation has expired: ask the organization for a new one.'
      : `This invitation is ${status} already.`;
  return AppError.invalidTransition(message, { status: status.toUpperCase() });
}
