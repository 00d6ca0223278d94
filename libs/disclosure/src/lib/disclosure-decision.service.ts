import { Injectable } from '@nestjs/common';
import { DomainEvents } from '@alianza/api-core';
import { Actor, requireViewer } from '@alianza/authz';
import { NotificationService } from '@alianza/notification';
import { Db } from '@alianza/db';
import {
  Action,
  AppError,
  AreaSensitivity,
  DisclosureStatus,
  ErrorReason,
  NotificationKind,
} from '@alianza/shared';
import { AuditEntry, AuditService } from '@alianza/audit';
import { DisclosureApproved } from './disclosure.events';
import { AreaEntity } from './entities/area.entity';
import { ItemFileEntity, ItemFileService } from '@alianza/documents';
import { DisclosureRequestEntity, Redaction } from './entities/disclosure-request.entity';
import { checkWithinProposal, sharedFiles } from './file-shares';
import { HiddenValueCheck } from './hidden-value-check';
import { ItemVersionEntity } from './entities/item-version.entity';
import { grantAuditEntry } from './grant-audit';
import { GrantService } from './grant.service';
import { OverlapService } from './overlap.service';
import { PendingRequestService } from './pending-request.service';
import { ReciprocityCheck, ReciprocityWarning } from './reciprocity-check';
import {
  acknowledged,
  EMPTY_REDACTION,
  mergeRedactions,
  RedactionRequest,
  validateRedaction,
} from './redaction';

export interface ApprovalInput {
  /**
   * Extra redactions for some recipients, on top of the owner's proposal; their files, when
   * named, replace the proposed ones for that recipient (within the proposal).
   */
  perRecipient?: { organizationId: string; redaction: RedactionRequest }[];
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

/**
 * The facilitator's decisions on a pending request: approve (with extra redactions per
 * recipient, acknowledging overlaps, leaks and reciprocity), ask for changes, or reject. An
 * approval, by the facilitator or automatic, makes the grants.
 */
@Injectable()
export class DisclosureDecisionService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly overlaps: OverlapService,
    private readonly pending: PendingRequestService,
    private readonly grants: GrantService,
    private readonly notifications: NotificationService,
    private readonly events: DomainEvents,
    private readonly reciprocity: ReciprocityCheck,
    private readonly files: ItemFileService,
    private readonly hiddenValues: HiddenValueCheck,
  ) {}

  async approve(
    actor: Actor,
    requestId: string,
    input: ApprovalInput,
  ): Promise<DisclosureRequestEntity> {
    const viewer = requireViewer(actor);
    const request = await this.pending.lock(actor, requestId, Action.Decide);
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
    const reciprocity = await this.reciprocity.overThreshold(
      request.collaborationId,
      request.recipientOrganizationIds,
    );
    if (reciprocity.length > 0 && !input.reciprocityReason) {
      throw AppError.badInput(
        'A recipient has received more than it gave, beyond the reciprocity threshold: give a reason to approve anyway.',
        { field: 'reciprocityReason', organizationIds: reciprocity.map((r) => r.organizationId) },
      );
    }
    request.acknowledgedOverlapIds = crossing.map((o) => o.id);
    // The version's files, read as the facilitator may when a decision names files or a hidden
    // value may show in them.
    const versionFiles = () => this.files.ofVersion(actor, request.itemVersionId);
    return this.grantApproval(request, viewer.userId, input, versionFiles, reciprocity);
  }

  /**
   * Approves as proposed, with nobody deciding: for a request nothing holds back (`versionFiles`:
   * the version's files as the requester reads them).
   */
  autoApprove(
    request: DisclosureRequestEntity,
    versionFiles: readonly ItemFileEntity[],
  ): Promise<DisclosureRequestEntity> {
    return this.grantApproval(request, null, {}, async () => versionFiles);
  }

  requestChanges(
    actor: Actor,
    requestId: string,
    message: string,
  ): Promise<DisclosureRequestEntity> {
    return this.pending.close(actor, requestId, DisclosureStatus.CHANGES_REQUESTED, message);
  }

  reject(actor: Actor, requestId: string, reason: string): Promise<DisclosureRequestEntity> {
    return this.pending.close(actor, requestId, DisclosureStatus.REJECTED, reason);
  }

  private async grantApproval(
    request: DisclosureRequestEntity,
    deciderId: string | null,
    input: ApprovalInput,
    versionFiles: () => Promise<readonly ItemFileEntity[]>,
    reciprocity: ReciprocityWarning[] = [],
  ): Promise<DisclosureRequestEntity> {
    const version = await this.db
      .repo(ItemVersionEntity)
      .findOneByOrFail({ id: request.itemVersionId });
    const extra = new Map<string, Redaction>();
    const perRecipient = input.perRecipient ?? [];
    const files = perRecipient.some((entry) => entry.redaction.files) ? await versionFiles() : [];
    for (const [index, entry] of perRecipient.entries()) {
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
      const field = `perRecipient.${index}.redaction`;
      const redaction = validateRedaction(entry.redaction, version, field, files);
      if (redaction.files)
        checkWithinProposal(
          redaction.files,
          sharedFiles(request.proposedRedaction),
          `${field}.files`,
        );
      extra.set(organizationId, redaction);
    }
    const redactions = request.recipientOrganizationIds.map((organizationId) => ({
      organizationId,
      redaction: mergeRedactions(
        request.proposedRedaction,
        extra.get(organizationId) ?? EMPTY_REDACTION,
      ),
    }));
    const leaks = await this.hiddenValues.leaks(version, redactions, versionFiles);
    if (leaks.length > 0 && !input.acknowledgeHiddenValueLeaks) {
      const labels = [...new Set(leaks.map((l) => `"${l.fieldLabel}"`))].join(', ');
      throw AppError.badInput(
        `Hidden ${labels} can still be read in the text, the title, another field or a shared file: hide it there too, or confirm with acknowledgeHiddenValueLeaks.`,
        {
          field: 'acknowledgeHiddenValueLeaks',
          fieldKeys: [...new Set(leaks.map((l) => l.fieldKey))],
          organizationIds: [...new Set(leaks.map((l) => l.organizationId))],
        },
      ).because(ErrorReason.HIDDEN_VALUE_STILL_VISIBLE);
    }
    request.acknowledgedHiddenValues = acknowledged(leaks);
    const validUntil = input.expiresAt === undefined ? request.expiresAt : input.expiresAt;
    const saved = await this.grants.issue(request, redactions, validUntil);
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
      ...saved.map((grant) =>
        grantAuditEntry('grant.created', grant, deciderId, {
          reference: grant.reference,
          recipientOrganizationId: grant.recipientOrganizationId,
          itemVersionId: grant.itemVersionId,
          redaction: grant.redaction,
          validUntil: grant.validUntil,
        }),
      ),
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
}
