import { Injectable } from '@nestjs/common';
import { Actor, findAllowed, requireViewer } from '@alianza/authz';
import { lockOpenCollaboration } from '@alianza/collaboration';
import { Db } from '@alianza/db';
import { NotificationService } from '@alianza/notification';
import {
  Action,
  AppError,
  DisclosureStatus,
  ErrorReason,
  NotificationKind,
  Subject,
} from '@alianza/shared';
import { AuditService } from '@alianza/audit';
import { DisclosureRequestEntity } from './entities/disclosure-request.entity';

/**
 * The ways a pending request ends without grants: who may end it so (the facilitator decides,
 * the owner withdraws), what the audit log calls it, and what its requester is told.
 */
const CLOSINGS = {
  [DisclosureStatus.CHANGES_REQUESTED]: {
    action: Action.Decide,
    auditAction: 'disclosure.changes_requested',
    notice: 'Changes requested on your disclosure request',
  },
  [DisclosureStatus.REJECTED]: {
    action: Action.Decide,
    auditAction: 'disclosure.rejected',
    notice: 'Your disclosure request was rejected',
  },
  [DisclosureStatus.WITHDRAWN]: {
    action: Action.Update,
    auditAction: 'disclosure.withdrawn',
    notice: null,
  },
} as const;

export type ClosedStatus = keyof typeof CLOSINGS;

/** A request while it waits: locked for one decision at a time, and closed without grants. */
@Injectable()
export class PendingRequestService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly notifications: NotificationService,
  ) {}

  /** Locks a pending request for a decision: of two concurrent decisions exactly one proceeds. */
  async lock(actor: Actor, requestId: string, action: Action): Promise<DisclosureRequestEntity> {
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

  /** Ends a pending request without grants, with the actor's message (if any). */
  async close(
    actor: Actor,
    requestId: string,
    status: ClosedStatus,
    message: string | null,
  ): Promise<DisclosureRequestEntity> {
    const closing = CLOSINGS[status];
    const viewer = requireViewer(actor);
    const request = await this.lock(actor, requestId, closing.action);
    request.status = status;
    request.decidedBy = viewer.userId;
    request.decidedAt = new Date();
    request.decisionMessage = message;
    await this.db.repo(DisclosureRequestEntity).save(request);
    await this.audit.append(request.collaborationId, [
      {
        action: closing.auditAction,
        actorUserId: viewer.userId,
        subjectType: 'DisclosureRequest',
        subjectId: request.id,
        organizationId: request.ownerOrganizationId,
        payload: { message },
      },
    ]);
    if (closing.notice) {
      await this.notifications.notifyUsers([request.requestedBy], {
        collaborationId: request.collaborationId,
        kind: NotificationKind.DISCLOSURE_DECIDED,
        title: closing.notice,
        subject: null,
        payload: { requestId: request.id, status },
      });
    }
    return request;
  }
}
