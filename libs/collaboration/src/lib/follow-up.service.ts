import { Injectable } from '@nestjs/common';
import { Actor, ActorService, findAllowed } from '@alianza/authz';
import { Db } from '@alianza/db';
import {
  Action,
  AppError,
  CollaborationStatus,
  ParticipationStatus,
  Subject,
} from '@alianza/shared';
import { CollaborationFields, CollaborationService } from './collaboration.service';
import { CollaborationEntity } from './entities/collaboration.entity';
import { ParticipationEntity } from './entities/participation.entity';
import { ParticipationService } from './participation.service';

/** A new collaboration from a closed one: same or chosen participants, the old balance as context. */
@Injectable()
export class FollowUpService {
  constructor(
    private readonly db: Db,
    private readonly collaborations: CollaborationService,
    private readonly participations: ParticipationService,
    private readonly actors: ActorService,
  ) {}

  async create(
    actor: Actor,
    fromCollaborationId: string,
    input: Required<CollaborationFields>,
    organizationIds?: string[],
    /** Where the request carries `organizationIds`, to name it in a refusal. */
    organizationIdsField = 'input.organizationIds',
  ): Promise<CollaborationEntity> {
    const previous = await findAllowed(
      this.db.manager,
      CollaborationEntity,
      Subject.Collaboration,
      actor,
      Action.Transition,
      fromCollaborationId,
      {
        label: 'Collaboration',
      },
    );
    if (previous.status !== CollaborationStatus.CLOSED) {
      throw AppError.invalidTransition('A follow-up starts from a closed collaboration.', {
        status: previous.status,
      });
    }
    const former = await this.db.repo(ParticipationEntity).find({
      where: { collaborationId: previous.id, status: ParticipationStatus.ACCEPTED },
      order: { createdAt: 'ASC' },
    });
    const formerIds = former.map((p) => p.organizationId);
    const chosen = organizationIds
      ? [...new Set(organizationIds.map((id) => id.toLowerCase()))]
      : formerIds;
    if (chosen.some((id) => !formerIds.includes(id))) {
      throw AppError.badInput(
        'A follow-up invites organizations that took part in the closed collaboration.',
        { field: organizationIdsField },
      );
    }
    const collaboration = await this.collaborations.create(actor, input, previous.id);
    // The actor now facilitates the new collaboration too: its access, as seen in this transaction.
    const facilitator = await this.actors.forViewer(actor.viewer, this.db.manager);
    for (const organizationId of chosen) {
      await this.participations.invite(
        facilitator,
        collaboration.id,
        organizationId,
        `Continuación de «${previous.title}»`,
      );
    }
    return collaboration;
  }
}
