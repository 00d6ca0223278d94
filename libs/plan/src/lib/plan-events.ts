import { Inject, Injectable } from '@nestjs/common';
import { Actor, canOn } from '@alianza/authz';
import { Db } from '@alianza/db';
import { LiveEvents, PUB_SUB } from '@alianza/notification';
import { Action, AppError, PlanElementKind, Subject } from '@alianza/shared';

/** One topic per collaboration: every open screen of its plan listens to it. */
export const planTopic = (collaborationId: string) => `plan:${collaborationId}`;

/**
 * That an element of a collaboration's plan changed (added, changed, removed, moved along,
 * decided, reported on): which kind and which one, never what it says. Screens read the plan
 * again, as the reader may.
 */
export interface PlanChange {
  collaborationId: string;
  kind: `${PlanElementKind}`;
  elementId: string;
}

/** The live events of the plan: published by its writes, listened to by its open screens. */
@Injectable()
export class PlanEvents {
  constructor(
    private readonly db: Db,
    @Inject(PUB_SUB) private readonly pubSub: LiveEvents,
  ) {}

  /** Told once the write's transaction has committed, once per element and transaction. */
  async changed(change: PlanChange): Promise<void> {
    await this.db.afterCommit(
      () => this.pubSub.publish(planTopic(change.collaborationId), change),
      `plan-changed:${change.kind}:${change.elementId}`,
    );
  }

  /**
   * The changes of a plan the actor reads: its facilitator's or an active participant's.
   * NOT_FOUND for any other collaboration, as the plan itself is.
   */
  listen(actor: Actor, collaborationId: string): AsyncIterableIterator<unknown> {
    if (!canOn(actor, Action.Read, Subject.Plan, { collaborationId }))
      throw AppError.notFound('Collaboration');
    return this.pubSub.asyncIterableIterator(planTopic(collaborationId));
  }
}
