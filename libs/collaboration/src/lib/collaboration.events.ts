import type { Actor } from '@alianza/authz';
import type { CollaborationStatus } from '@alianza/shared';
import type { CollaborationEntity } from './entities/collaboration.entity';
import type { ParticipationEntity } from './entities/participation.entity';

/**
 * The collaboration domain's events (`DomainEvents`, ADR 0021). Consumers run inside the
 * emitting transaction: `grep -r "ConsumesEvent(CollaborationCreated)"` lists them.
 */

/** A collaboration was created: other domains set up their part of it. */
export class CollaborationCreated {
  constructor(
    readonly collaboration: CollaborationEntity,
    readonly actor: Actor,
  ) {}
}

/**
 * A collaboration's status is about to change (not saved yet): a consumer may refuse it (closing
 * without evaluations) or act on it (freeze the final statement).
 */
export class CollaborationStatusChanging {
  constructor(
    readonly collaboration: CollaborationEntity,
    readonly to: CollaborationStatus,
    readonly actor: Actor,
    readonly options: { overrideReason?: string },
  ) {}
}

/** An organization stopped taking part (withdrawn by its owner or by the facilitator). */
export class ParticipationLeft {
  constructor(
    readonly participation: ParticipationEntity,
    readonly actor: Actor,
  ) {}
}

/** An invited organization accepted the ground rules: it takes part from now on (it joined). */
export class ParticipationAccepted {
  constructor(
    readonly participation: ParticipationEntity,
    readonly actor: Actor,
  ) {}
}
