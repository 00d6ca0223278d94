import { Injectable } from '@nestjs/common';
import { ConsumesEvent, DomainEvents } from '@alianza/api-core';
import { Actor, findAllowed, requireViewer } from '@alianza/authz';
import { ParticipationLeft, ParticipationService } from '@alianza/collaboration';
import { NotificationService } from '@alianza/notification';
import { Claims, Db } from '@alianza/db';
import { Action, AppError, ErrorReason, NotificationKind, Subject } from '@alianza/shared';
import { randomBytes } from 'node:crypto';
import { In } from 'typeorm';
import { AuditService } from '@alianza/audit';
import { DisclosureRequestEntity, Redaction } from './entities/disclosure-request.entity';
import { GrantEntity } from './entities/grant.entity';
import { GrantsRevoked } from './disclosure.events';
import { grantAuditEntry } from './grant-audit';

const REFERENCE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

function newReference(): string {
  const bytes = randomBytes(10);
  return Array.from(bytes, (b) => REFERENCE_ALPHABET[b % REFERENCE_ALPHABET.length]).join('');
}

/** A revocation as the audit log records it, whoever revoked. */
function revokedEntry(grant: GrantEntity, actorUserId: string | null, reason: string) {
  return grantAuditEntry('grant.revoked', grant, actorUserId, {
    reference: grant.reference,
    recipientOrganizationId: grant.recipientOrganizationId,
    reason,
  });
}

/**
 * What is granted, and its life after approval: the grants an approval makes, revoked at once by
 * the facilitator or the owner, kept by the facilitator despite new rules, revoked when the
 * recipient leaves. (A grant expires by itself: `ExpirySweeper` only records it.)
 */
@Injectable()
export class GrantService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly participations: ParticipationService,
    private readonly notifications: NotificationService,
    private readonly events: DomainEvents,
  ) {}

  /**
   * The grants of an approved request, one per recipient with its redaction, each to the
   * recipient's current participation. Refused if a recipient no longer takes part.
   */
  async issue(
    request: DisclosureRequestEntity,
    redactions: { organizationId: string; redaction: Redaction }[],
    validUntil: Date | null,
  ): Promise<GrantEntity[]> {
    const participations = new Map(
      (await this.participations.activeIn(request.collaborationId)).map((p) => [
        p.organizationId,
        p,
      ]),
    );
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
    return this.db.repo(GrantEntity).save(grants);
  }

  /** Revoked at once: the recipient's next read no longer returns it. */
  async revoke(actor: Actor, grantId: string, reason: string): Promise<GrantEntity> {
    const viewer = requireViewer(actor);
    const grant = await this.lockUnrevoked(
      actor,
      grantId,
      Action.Revoke,
      'This grant is already revoked.',
    );
    grant.revokedAt = new Date();
    grant.revokedBy = viewer.userId;
    grant.revokeReason = reason || null;
    const saved = await this.db.repo(GrantEntity).save(grant);
    await this.audit.append(grant.collaborationId, [revokedEntry(grant, viewer.userId, reason)]);
    await this.events.publish(new GrantsRevoked([saved]));
    await this.notifications.notifyOrganizations([grant.recipientOrganizationId], {
      collaborationId: grant.collaborationId,
      kind: NotificationKind.GRANT_REVOKED,
      title: `Access withdrawn (ref. ${grant.reference})`,
      subject: grant.reference,
      payload: { grantId: grant.id, reference: grant.reference },
    });
    return saved;
  }

  /** The facilitator keeps a grant the new rules would not allow, saying why. */
  async keep(actor: Actor, grantId: string, reason: string): Promise<GrantEntity> {
    const viewer = requireViewer(actor);
    const grant = await this.lockUnrevoked(actor, grantId, Action.Review, 'This grant is revoked.');
    grant.keptAt = new Date();
    grant.keptReason = reason;
    const saved = await this.db.repo(GrantEntity).save(grant);
    await this.audit.append(grant.collaborationId, [
      grantAuditEntry('grant.kept', grant, viewer.userId, { reference: grant.reference, reason }),
    ]);
    return saved;
  }

  /**
   * An organization that leaves keeps nothing it was given: were it invited again, it would need
   * new grants, approved again. The recipient no longer reads these grants: revoking them is the
   * leave's own narrow right.
   */
  @ConsumesEvent(ParticipationLeft)
  async onParticipationLeft({ participation, actor }: ParticipationLeft): Promise<void> {
    await this.db.withClaim(Claims.system('leave-revocation'), async () => {
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
      const actorUserId = actor.viewer?.userId ?? null;
      await this.db.repo(GrantEntity).update(
        // One participation's grants, all in its collaboration: each row by its whole key.
        { collaborationId: participation.collaborationId, id: In(grants.map((g) => g.id)) },
        { revokedAt: new Date(), revokedBy: actorUserId, revokeReason: reason },
      );
      await this.audit.append(
        participation.collaborationId,
        grants.map((grant) => revokedEntry(grant, actorUserId, reason)),
      );
      await this.events.publish(new GrantsRevoked(grants));
    });
  }

  /** A grant the actor may act on with `action`, locked; refused once revoked. */
  private async lockUnrevoked(
    actor: Actor,
    grantId: string,
    action: Action,
    whenRevoked: string,
  ): Promise<GrantEntity> {
    const grant = await findAllowed(
      this.db.manager,
      GrantEntity,
      Subject.Grant,
      actor,
      action,
      grantId,
      {
        label: 'Grant',
        lock: true,
      },
    );
    if (grant.revokedAt) throw AppError.conflict(whenRevoked).because(ErrorReason.GRANT_REVOKED);
    return grant;
  }
}
