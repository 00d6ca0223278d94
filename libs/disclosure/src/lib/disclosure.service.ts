import { Injectable } from '@nestjs/common';
import { ConsumesEvent, DomainEvents } from '@alianza/api-core';
import { Actor, applyAbility, canOn, findAllowed, requireViewer } from '@alianza/authz';
import {
  ParticipationEntity,
  ParticipationLeft,
  ParticipationService,
  lockOpenCollaboration,
} from '@alianza/collaboration';
import { NotificationService } from '@alianza/notification';
import { Claims, Db, paginate, PageRequest, PageResult } from '@alianza/db';
import {
  Action,
  AppError,
  AreaSensitivity,
  AudienceKind,
  DisclosureStatus,
  ErrorReason,
  NotificationKind,
  present,
  Subject,
} from '@alianza/shared';
import { randomBytes } from 'node:crypto';
import { AuditEntry, AuditService } from '@alianza/audit';
import { DisclosureApproved } from './disclosure.events';
import { AreaEntity } from './entities/area.entity';
import { DisclosureRequestEntity, Redaction } from './entities/disclosure-request.entity';
import { GrantEntity } from './entities/grant.entity';
import { ItemVersionEntity } from './entities/item-version.entity';
import { ItemEntity } from './entities/item.entity';
import { OverlapService } from './overlap.service';
import {
  acknowledged,
  EMPTY_REDACTION,
  hiddenValueLeaks,
  mergeRedactions,
  validateRedaction,
} from './redaction';

export interface DisclosureRequestInput {
  /** Defaults to the item's current version. */
  version?: number;
  audienceKind: AudienceKind;
  recipientOrganizationIds?: string[];
  redaction?: Redaction;
  expiresAt?: Date | null;
  note?: string;
}

export interface ApprovalInput {
  /** Extra redactions for some recipients, on top of the owner's proposal. */
  perRecipient?: { organizationId: string; redaction: Redaction }[];
  /** Overlaps the facilitator acknowledges; every crossing overlap must be named. */
  acknowledgeOverlapIds?: string[];
  /** Replaces the proposed expiry (null: no expiry). */
  expiresAt?: Date | null;
  message?: string;
  /** Required when a hidden field's value stays readable for a recipient (ADR 0013). */
  acknowledgeHiddenValueLeaks?: boolean;
  /** Required when a recipient is over the reciprocity threshold. */
  reciprocityReason?: string;
}

const REFERENCE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

function newReference(): string {
  const bytes = randomBytes(10);
  return Array.from(bytes, (b) => REFERENCE_ALPHABET[b % REFERENCE_ALPHABET.length]).join('');
}

/** An organization that has received more than it gave, beyond the collaboration's threshold. */
export interface ReciprocityWarning {
  organizationId: string;
  given: string;
  received: string;
  /** Received minus given. */
  gap: string;
}

/** Asked before auto-approving and on every decision (the ledger answers). */
export type ReciprocityCheck = (
  collaborationId: string,
  organizationIds: string[],
) => Promise<ReciprocityWarning[]>;

@Injectable()
export class DisclosureService {
  private reciprocityCheck: ReciprocityCheck = async () => [];

  /** "Give first, then receive": who among these recipients is over the reciprocity threshold. */
  setReciprocityCheck(check: ReciprocityCheck): void {
    this.reciprocityCheck = check;
  }

  reciprocityWarnings(request: DisclosureRequestEntity): Promise<ReciprocityWarning[]> {
    return this.reciprocityOver(request.collaborationId, request.recipientOrganizationIds);
  }

  /** Who among `organizationIds` is over the collaboration's reciprocity threshold. */
  reciprocityOver(
    collaborationId: string,
    organizationIds: string[],
  ): Promise<ReciprocityWarning[]> {
    return this.reciprocityCheck(collaborationId, organizationIds);
  }

  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly overlaps: OverlapService,
    private readonly participations: ParticipationService,
    private readonly notifications: NotificationService,
    private readonly events: DomainEvents,
  ) {}

  /**
   * An organization that leaves keeps nothing it was given: were it invited again, it would need
   * new grants, approved again. The recipient no longer reads these grants: revoking them is the
   * leave's own narrow right.
   */
  @ConsumesEvent(ParticipationLeft)
  async onParticipationLeft({ participation, actor }: ParticipationLeft): Promise<void> {
    await this.db.withClaim(Claims.system('leave-revocation'), () =>
      this.revokeReceived(participation, actor),
    );
  }

  private async revokeReceived(participation: ParticipationEntity, actor: Actor): Promise<void> {
    {
      const grants = await this.db
        .repo(GrantEntity)
        .createQueryBuilder('g')
        .where('g.recipient_participation_id = :id AND g.revoked_at IS NULL', {
          id: participation.id,
        })
        .setLock('pessimistic_write')
        .getMany();
      if (grants.length === 0) return;
      const reason = 'The recipient stopped taking part in the collaboration.';
      await this.db.repo(GrantEntity).update(
        grants.map((g) => g.id),
        { revokedAt: new Date(), revokedBy: actor.viewer?.userId ?? null, revokeReason: reason },
      );
      await this.audit.append(
        participation.collaborationId,
        grants.map((grant) => ({
          action: 'grant.revoked',
          actorUserId: actor.viewer?.userId ?? null,
          subjectType: 'Grant',
          subjectId: grant.id,
          organizationId: grant.ownerOrganizationId,
          counterpartOrganizationId: grant.recipientOrganizationId,
          payload: {
            reference: grant.reference,
            recipientOrganizationId: grant.recipientOrganizationId,
            reason,
          },
        })),
      );
    }
  }

  /** A member asks to show an item version to an audience, proposing redactions and expiry. */
  async request(
    actor: Actor,
    itemId: string,
    input: DisclosureRequestInput,
  ): Promise<DisclosureRequestEntity> {
    const viewer = requireViewer(actor);
    const item = await findAllowed(
      this.db.manager,
      ItemEntity,
      Subject.Item,
      actor,
      Action.Read,
      itemId,
      { label: 'Item' },
    );
    if (
      !canOn(actor, Action.Create, Subject.DisclosureRequest, {
        ownerParticipationId: item.ownerParticipationId,
      })
    ) {
      throw AppError.forbidden(
        'Only members of the owning organization, while it takes part, can ask to share its items.',
      );
    }
    await lockOpenCollaboration(this.db, actor, Action.Read, item.collaborationId);
    const area = await this.db.repo(AreaEntity).findOneByOrFail({ id: item.areaId });
    if (area.sensitivity === AreaSensitivity.RESTRICTED) {
      throw AppError.forbidden(
        `"${area.name}" is a restricted area: its items are never shared one by one. Ask the facilitator to publish an aggregate instead.`,
      ).because(ErrorReason.RESTRICTED_AREA);
    }
    const version = await this.db.repo(ItemVersionEntity).findOne({
      where: { itemId, version: input.version ?? item.currentVersion },
    });
    if (!version) throw AppError.notFound(`Version ${input.version} of this item`);
    const redaction = validateRedaction(input.redaction ?? EMPTY_REDACTION, version);
    if (input.expiresAt && input.expiresAt.getTime() <= Date.now()) {
      throw AppError.badInput('The expiry must be in the future.', { field: 'expiresAt' });
    }
    const recipients = await this.resolveAudience(item, input);

    const requests = this.db.repo(DisclosureRequestEntity);
    const request = await requests.save(
      requests.create({
        collaborationId: item.collaborationId,
        itemId,
        itemVersionId: version.id,
        areaId: item.areaId,
        ownerOrganizationId: item.ownerOrganizationId,
        ownerParticipationId: item.ownerParticipationId,
        audienceKind: input.audienceKind,
        recipientOrganizationIds: recipients.map((p) => p.organizationId),
        proposedRedaction: redaction,
        expiresAt: input.expiresAt ?? null,
        note: input.note ?? '',
        status: DisclosureStatus.PENDING,
        requestedBy: viewer.userId,
      }),
    );
    await this.audit.append(item.collaborationId, [
      {
        action: 'disclosure.requested',
        actorUserId: viewer.userId,
        subjectType: 'DisclosureRequest',
        subjectId: request.id,
        organizationId: item.ownerOrganizationId,
        payload: {
          itemId,
          version: version.version,
          recipients: request.recipientOrganizationIds,
          redaction,
          expiresAt: request.expiresAt,
        },
      },
    ]);
    // Open areas: approved at once, as proposed, unless the disclosure crosses an overlap.
    const crossing = await this.overlaps.crossing(
      area.id,
      item.ownerOrganizationId,
      request.recipientOrganizationIds,
    );
    const reciprocity = await this.reciprocityWarnings(request);
    // A hidden value still readable elsewhere is never approved without a person looking.
    const leaks = hiddenValueLeaks(
      version,
      request.recipientOrganizationIds.map((organizationId) => ({ organizationId, redaction })),
    );
    if (
      area.sensitivity === AreaSensitivity.OPEN &&
      crossing.length === 0 &&
      reciprocity.length === 0 &&
      leaks.length === 0
    ) {
      await this.approveInternal(request, null, {});
    } else {
      await this.notifications.notifyFacilitators({
        collaborationId: item.collaborationId,
        kind: NotificationKind.DISCLOSURE_PENDING,
        title: `New disclosure request: "${version.title}"${crossing.length ? ' (overlap)' : ''}${leaks.length ? ' (hidden value still visible)' : ''}`,
        subject: version.title,
        payload: { requestId: request.id, itemId },
      });
    }
    return request;
  }

  private async resolveAudience(item: ItemEntity, input: DisclosureRequestInput) {
    const active = (await this.participations.activeIn(item.collaborationId)).filter(
      (p) => p.organizationId !== item.ownerOrganizationId,
    );
    if (input.audienceKind === AudienceKind.ALL_ACTIVE) {
      if (active.length === 0)
        throw AppError.badInput(
          'No other organization takes part yet: there is nobody to share with.',
        );
      return active;
    }
    const named = [
      ...new Set((input.recipientOrganizationIds ?? []).map((id) => id.toLowerCase())),
    ];
    if (named.length === 0) {
      throw AppError.badInput('Name at least one recipient organization.', {
        field: 'recipientOrganizationIds',
      });
    }
    const byOrganization = new Map(active.map((p) => [p.organizationId, p]));
    const missing = named.filter((id) => !byOrganization.has(id));
    if (missing.length > 0) {
      throw AppError.badInput(
        'Every recipient must be another active participant of this collaboration.',
        {
          field: 'recipientOrganizationIds',
          organizationIds: missing,
        },
      );
    }
    return named.map((id) => present(byOrganization.get(id), 'recipient participation'));
  }

  /** Locks a pending request for a decision: of two concurrent decisions exactly one proceeds. */
  private async lockPending(
    actor: Actor,
    requestId: string,
    action: Action,
  ): Promise<DisclosureRequestEntity> {
    const found = await findAllowed(
      this.db.manager,
      DisclosureRequestEntity,
      Subject.DisclosureRequest,
      actor,
      action,
      requestId,
      {
        label: 'Disclosure request',
      },
    );
    await lockOpenCollaboration(this.db, actor, Action.Read, found.collaborationId);
    const request = await this.db
      .repo(DisclosureRequestEntity)
      .findOneOrFail({ where: { id: requestId }, lock: { mode: 'pessimistic_write' } });
    if (request.status !== DisclosureStatus.PENDING) {
      throw AppError.conflict(`This request was already decided (${request.status}).`, {
        status: request.status,
      }).because(ErrorReason.ALREADY_DECIDED);
    }
    return request;
  }

  async approve(
    actor: Actor,
    requestId: string,
    input: ApprovalInput,
  ): Promise<DisclosureRequestEntity> {
    const viewer = requireViewer(actor);
    const request = await this.lockPending(actor, requestId, Action.Decide);
    const crossing = await this.overlaps.crossing(
      request.areaId,
      request.ownerOrganizationId,
      request.recipientOrganizationIds,
    );
    const acknowledged = new Set(input.acknowledgeOverlapIds ?? []);
    const unacknowledged = crossing.filter((o) => !acknowledged.has(o.id));
    if (unacknowledged.length > 0) {
      throw AppError.badInput(
        'This disclosure crosses a declared overlap between the owner and a recipient: acknowledge it to approve.',
        { field: 'acknowledgeOverlapIds', overlapIds: unacknowledged.map((o) => o.id) },
      ).because(ErrorReason.OVERLAP_NOT_ACKNOWLEDGED);
    }
    const area = await this.db.repo(AreaEntity).findOneByOrFail({ id: request.areaId });
    if (area.sensitivity === AreaSensitivity.RESTRICTED) {
      throw AppError.forbidden(
        `"${area.name}" became a restricted area: its items are never shared one by one.`,
      ).because(ErrorReason.RESTRICTED_AREA);
    }
    if (input.expiresAt && input.expiresAt.getTime() <= Date.now()) {
      throw AppError.badInput('The expiry must be in the future.', { field: 'expiresAt' });
    }
    const reciprocity = await this.reciprocityWarnings(request);
    if (reciprocity.length > 0 && !input.reciprocityReason) {
      throw AppError.badInput(
        'A recipient has received more than it gave, beyond the reciprocity threshold: give a reason to approve anyway.',
        { field: 'reciprocityReason', organizationIds: reciprocity.map((r) => r.organizationId) },
      );
    }
    request.acknowledgedOverlapIds = crossing.map((o) => o.id);
    return this.approveInternal(request, viewer.userId, input, reciprocity);
  }

  private async approveInternal(
    request: DisclosureRequestEntity,
    deciderId: string | null,
    input: ApprovalInput,
    reciprocity: ReciprocityWarning[] = [],
  ): Promise<DisclosureRequestEntity> {
    const version = await this.db
      .repo(ItemVersionEntity)
      .findOneByOrFail({ id: request.itemVersionId });
    const extra = new Map<string, Redaction>();
    for (const entry of input.perRecipient ?? []) {
      const organizationId = entry.organizationId.toLowerCase();
      if (!request.recipientOrganizationIds.includes(organizationId)) {
        throw AppError.badInput(
          'Per-recipient redactions may only name recipients of the request.',
          {
            field: 'perRecipient',
            organizationId,
          },
        );
      }
      extra.set(
        organizationId,
        validateRedaction(entry.redaction, version, 'perRecipient.redaction'),
      );
    }
    const participations = new Map(
      (await this.participations.activeIn(request.collaborationId)).map((p) => [
        p.organizationId,
        p,
      ]),
    );
    const redactions = request.recipientOrganizationIds.map((organizationId) => ({
      organizationId,
      redaction: mergeRedactions(
        request.proposedRedaction,
        extra.get(organizationId) ?? EMPTY_REDACTION,
      ),
    }));
    const leaks = hiddenValueLeaks(version, redactions);
    if (leaks.length > 0 && !input.acknowledgeHiddenValueLeaks) {
      const labels = [...new Set(leaks.map((l) => `"${l.fieldLabel}"`))].join(', ');
      throw AppError.badInput(
        `Hidden ${labels} can still be read in the text, the title or another field: hide it there too, or confirm with acknowledgeHiddenValueLeaks.`,
        {
          field: 'acknowledgeHiddenValueLeaks',
          fieldKeys: [...new Set(leaks.map((l) => l.fieldKey))],
          organizationIds: [...new Set(leaks.map((l) => l.organizationId))],
        },
      ).because(ErrorReason.HIDDEN_VALUE_STILL_VISIBLE);
    }
    request.acknowledgedHiddenValues = acknowledged(leaks);
    const validUntil = input.expiresAt === undefined ? request.expiresAt : input.expiresAt;
    const grants = redactions.map(({ organizationId, redaction }) => {
      const participation = participations.get(organizationId);
      if (!participation) {
        throw AppError.conflict(
          'A recipient no longer takes part in the collaboration: ask the owner for a new request.',
          {
            organizationId,
          },
        );
      }
      return this.db.repo(GrantEntity).create({
        reference: newReference(),
        collaborationId: request.collaborationId,
        requestId: request.id,
        itemId: request.itemId,
        itemVersionId: request.itemVersionId,
        areaId: request.areaId,
        ownerOrganizationId: request.ownerOrganizationId,
        recipientOrganizationId: organizationId,
        recipientParticipationId: participation.id,
        redaction,
        validUntil,
      });
    });
    const saved = await this.db.repo(GrantEntity).save(grants);
    request.status = DisclosureStatus.APPROVED;
    request.decidedBy = deciderId;
    request.decidedAt = new Date();
    request.decisionMessage = input.message ?? null;
    await this.db.repo(DisclosureRequestEntity).save(request);
    const entries: AuditEntry[] = [
      {
        action: deciderId ? 'disclosure.approved' : 'disclosure.auto_approved',
        actorUserId: deciderId,
        subjectType: 'DisclosureRequest',
        subjectId: request.id,
        organizationId: request.ownerOrganizationId,
        payload: {
          acknowledgedOverlapIds: request.acknowledgedOverlapIds,
          message: request.decisionMessage,
          ...(leaks.length ? { acknowledgedHiddenValues: request.acknowledgedHiddenValues } : {}),
          ...(reciprocity.length
            ? { reciprocityWarnings: reciprocity, reciprocityReason: input.reciprocityReason }
            : {}),
        },
      },
      ...saved.map((grant) => ({
        action: 'grant.created',
        actorUserId: deciderId,
        subjectType: 'Grant',
        subjectId: grant.id,
        organizationId: grant.ownerOrganizationId,
        counterpartOrganizationId: grant.recipientOrganizationId,
        payload: {
          reference: grant.reference,
          recipientOrganizationId: grant.recipientOrganizationId,
          itemVersionId: grant.itemVersionId,
          redaction: grant.redaction,
          validUntil: grant.validUntil,
        },
      })),
    ];
    await this.audit.append(request.collaborationId, entries);
    await this.events.publish(new DisclosureApproved(request, saved));
    await this.notifications.notifyUsers([request.requestedBy], {
      collaborationId: request.collaborationId,
      kind: NotificationKind.DISCLOSURE_DECIDED,
      title: `Approved: "${version.title}"`,
      subject: version.title,
      payload: { requestId: request.id, status: request.status },
    });
    for (const grant of saved) {
      await this.notifications.notifyOrganizations([grant.recipientOrganizationId], {
        collaborationId: grant.collaborationId,
        kind: NotificationKind.GRANT_RECEIVED,
        title: `Shared with you: "${version.title}"`,
        subject: version.title,
        payload: { grantId: grant.id, reference: grant.reference },
      });
    }
    return request;
  }

  async requestChanges(
    actor: Actor,
    requestId: string,
    message: string,
  ): Promise<DisclosureRequestEntity> {
    return this.close(
      actor,
      requestId,
      Action.Decide,
      DisclosureStatus.CHANGES_REQUESTED,
      message,
      'disclosure.changes_requested',
    );
  }

  async reject(actor: Actor, requestId: string, reason: string): Promise<DisclosureRequestEntity> {
    return this.close(
      actor,
      requestId,
      Action.Decide,
      DisclosureStatus.REJECTED,
      reason,
      'disclosure.rejected',
    );
  }

  /** The owner takes back a request the facilitator has not decided yet. */
  async withdraw(actor: Actor, requestId: string): Promise<DisclosureRequestEntity> {
    return this.close(
      actor,
      requestId,
      Action.Update,
      DisclosureStatus.WITHDRAWN,
      null,
      'disclosure.withdrawn',
    );
  }

  private async close(
    actor: Actor,
    requestId: string,
    action: Action,
    status: DisclosureStatus,
    message: string | null,
    auditAction: string,
  ): Promise<DisclosureRequestEntity> {
    const viewer = requireViewer(actor);
    const request = await this.lockPending(actor, requestId, action);
    request.status = status;
    request.decidedBy = viewer.userId;
    request.decidedAt = new Date();
    request.decisionMessage = message;
    await this.db.repo(DisclosureRequestEntity).save(request);
    await this.audit.append(request.collaborationId, [
      {
        action: auditAction,
        actorUserId: viewer.userId,
        subjectType: 'DisclosureRequest',
        subjectId: request.id,
        organizationId: request.ownerOrganizationId,
        payload: { message },
      },
    ]);
    if (status !== DisclosureStatus.WITHDRAWN) {
      await this.notifications.notifyUsers([request.requestedBy], {
        collaborationId: request.collaborationId,
        kind: NotificationKind.DISCLOSURE_DECIDED,
        title:
          status === DisclosureStatus.REJECTED
            ? 'Your disclosure request was rejected'
            : 'Changes requested on your disclosure request',
        subject: null,
        payload: { requestId: request.id, status },
      });
    }
    return request;
  }

  /** Revoked at once: the recipient's next read no longer returns it. */
  async revoke(actor: Actor, grantId: string, reason: string): Promise<GrantEntity> {
    const viewer = requireViewer(actor);
    const grant = await findAllowed(
      this.db.manager,
      GrantEntity,
      Subject.Grant,
      actor,
      Action.Revoke,
      grantId,
      {
        label: 'Grant',
        lock: true,
      },
    );
    if (grant.revokedAt)
      throw AppError.conflict('This grant is already revoked.').because(ErrorReason.GRANT_REVOKED);
    grant.revokedAt = new Date();
    grant.revokedBy = viewer.userId;
    grant.revokeReason = reason || null;
    const saved = await this.db.repo(GrantEntity).save(grant);
    await this.audit.append(grant.collaborationId, [
      {
        action: 'grant.revoked',
        actorUserId: viewer.userId,
        subjectType: 'Grant',
        subjectId: grant.id,
        organizationId: grant.ownerOrganizationId,
        counterpartOrganizationId: grant.recipientOrganizationId,
        payload: {
          reference: grant.reference,
          recipientOrganizationId: grant.recipientOrganizationId,
          reason,
        },
      },
    ]);
    await this.notifications.notifyOrganizations([grant.recipientOrganizationId], {
      collaborationId: grant.collaborationId,
      kind: NotificationKind.GRANT_REVOKED,
      title: `Access withdrawn (ref. ${grant.reference})`,
      subject: grant.reference,
      payload: { grantId: grant.id, reference: grant.reference },
    });
    return saved;
  }

  getRequest(actor: Actor, id: string): Promise<DisclosureRequestEntity> {
    return findAllowed(
      this.db.manager,
      DisclosureRequestEntity,
      Subject.DisclosureRequest,
      actor,
      Action.Read,
      id,
      {
        label: 'Disclosure request',
      },
    );
  }

  listRequests(
    actor: Actor,
    collaborationId: string,
    page: PageRequest,
    filter: { status?: DisclosureStatus; itemId?: string },
  ): Promise<PageResult<DisclosureRequestEntity>> {
    const qb = this.db
      .repo(DisclosureRequestEntity)
      .createQueryBuilder('r')
      .where('r.collaboration_id = :collaborationId', { collaborationId });
    if (filter.status) {
      // A literal, not a parameter: the plan prepared for this text can then use the partial
      // index of its status (an enum comparison may not drive an index under row-level
      // security, migration QueueIndexes1795419100100). One of the enum's values, checked.
      const status = present(
        Object.values(DisclosureStatus).find((s) => s === filter.status),
        'a disclosure status',
      );
      qb.andWhere(`r.status = '${status}'`);
    }
    if (filter.itemId) qb.andWhere('r.item_id = :itemId', { itemId: filter.itemId });
    applyAbility(qb, actor.ability, Action.Read, Subject.DisclosureRequest);
    return paginate(qb, page, ['createdAt', 'id'], 'ASC');
  }
}
