import { Injectable } from '@nestjs/common';
import { DomainEvents } from '@alianza/api-core';
import { Actor, canOn, findAllowed, requireViewer } from '@alianza/authz';
import { lockOpenCollaboration, ParticipationService } from '@alianza/collaboration';
import { NotificationService } from '@alianza/notification';
import { Db } from '@alianza/db';
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
import { AuditService } from '@alianza/audit';
import { DisclosureDecisionService } from './disclosure-decision.service';
import { DisclosureRequested } from './disclosure.events';
import { AreaEntity } from './entities/area.entity';
import { ItemFileService } from '@alianza/documents';
import { DisclosureRequestEntity } from './entities/disclosure-request.entity';
import { HiddenValueCheck } from './hidden-value-check';
import { ItemVersionEntity } from './entities/item-version.entity';
import { ItemEntity } from './entities/item.entity';
import { OverlapService } from './overlap.service';
import { PendingRequestService } from './pending-request.service';
import { ReciprocityCheck } from './reciprocity-check';
import { EMPTY_REDACTION, RedactionRequest, validateRedaction } from './redaction';

export interface DisclosureRequestInput {
  /** Defaults to the item's current version. */
  version?: number;
  audienceKind: AudienceKind;
  recipientOrganizationIds?: string[];
  redaction?: RedactionRequest;
  expiresAt?: Date | null;
  note?: string;
}

/**
 * The owner's side of a disclosure: a member asks to show an item version to an audience
 * (approved at once when nothing holds it back, else queued for the facilitator), and may take
 * the request back while it is pending.
 */
@Injectable()
export class DisclosureRequestService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly overlaps: OverlapService,
    private readonly participations: ParticipationService,
    private readonly notifications: NotificationService,
    private readonly reciprocity: ReciprocityCheck,
    private readonly decisions: DisclosureDecisionService,
    private readonly pending: PendingRequestService,
    private readonly files: ItemFileService,
    private readonly hiddenValues: HiddenValueCheck,
    private readonly events: DomainEvents,
  ) {}

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
    const versionFiles = await this.files.ofVersion(actor, version.id);
    const checked = validateRedaction(
      input.redaction ?? EMPTY_REDACTION,
      version,
      'redaction',
      versionFiles,
    );
    // Files not named in a request are withheld (explicit sharing, docs/adr/0032).
    const redaction = { ...checked, files: checked.files ?? [] };
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
    await this.events.publish(new DisclosureRequested(request));
    // Open areas: approved at once, as proposed, unless the disclosure crosses an overlap.
    const crossing = await this.overlaps.crossing(
      area.id,
      item.ownerOrganizationId,
      request.recipientOrganizationIds,
    );
    const reciprocity = await this.reciprocity.overThreshold(
      request.collaborationId,
      request.recipientOrganizationIds,
    );
    // A hidden value still readable elsewhere is never approved without a person looking.
    const leaks = await this.hiddenValues.leaks(
      version,
      request.recipientOrganizationIds.map((organizationId) => ({ organizationId, redaction })),
      async () => versionFiles,
    );
    if (
      area.sensitivity === AreaSensitivity.OPEN &&
      crossing.length === 0 &&
      reciprocity.length === 0 &&
      leaks.length === 0
    ) {
      await this.decisions.autoApprove(request, versionFiles);
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

  /** The owner takes back a request the facilitator has not decided yet. */
  withdraw(actor: Actor, requestId: string): Promise<DisclosureRequestEntity> {
    return this.pending.close(actor, requestId, DisclosureStatus.WITHDRAWN, null);
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
}
