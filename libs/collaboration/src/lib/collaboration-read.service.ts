import { Injectable } from '@nestjs/common';
import { requestListLoader, requestLoader } from '@alianza/api-core';
import { Actor } from '@alianza/authz';
import { AppError, EntryDirection, ParticipationStatus } from '@alianza/shared';
import { CollaborationService } from './collaboration.service';
import { CollaborationEntity } from './entities/collaboration.entity';
import { GroundRulesAcceptanceEntity } from './entities/ground-rules-acceptance.entity';
import { GroundRulesVersionEntity } from './entities/ground-rules-version.entity';
import { ParticipationEntryEntity } from './entities/participation-entry.entity';
import { ParticipationEntity } from './entities/participation.entity';
import { GroundRulesService } from './ground-rules.service';
import { ParticipationService } from './participation.service';

/**
 * What the screens read about collaborations and participations, field by field: each load is
 * batched with the same load of the request's other rows (request-scoped loaders, one query per
 * field and page), through the services' batch reads and so under the same ability.
 */
@Injectable()
export class CollaborationReadService {
  constructor(
    private readonly collaborations: CollaborationService,
    private readonly participations: ParticipationService,
    private readonly groundRules: GroundRulesService,
  ) {}

  /** A collaboration the actor may read (NOT_FOUND otherwise), as `CollaborationService.get`. */
  async collaboration(actor: Actor, id: string): Promise<CollaborationEntity> {
    const loader = requestLoader(actor, 'collaboration:readable', (ids) =>
      this.collaborations.readable(actor, ids),
    );
    const found = await loader.load(id);
    if (!found) throw AppError.notFound('Collaboration');
    return found;
  }

  facilitators(actor: Actor, collaborationId: string) {
    return requestListLoader(actor, 'collaboration:facilitators', (ids) =>
      this.collaborations.facilitatorsOf(ids),
    ).load(collaborationId);
  }

  /** The participations of a collaboration the actor may read (`mine`: of its organizations). */
  participationsOf(
    actor: Actor,
    collaborationId: string,
    options: { status?: ParticipationStatus; mine?: boolean } = {},
  ): Promise<ParticipationEntity[]> {
    const key = `collaboration:participations:${options.status ?? 'any'}:${options.mine ? 'mine' : 'all'}`;
    return requestListLoader(actor, key, (ids) =>
      this.participations.ofCollaborations(actor, ids, options),
    ).load(collaborationId);
  }

  entries(
    actor: Actor,
    participationId: string,
    direction: EntryDirection,
  ): Promise<ParticipationEntryEntity[]> {
    return requestListLoader(actor, `collaboration:entries:${direction}`, (ids) =>
      this.participations.entriesOf(actor, ids, direction),
    ).load(participationId);
  }

  /** The version in force (null before the first is published). */
  async currentGroundRules(
    actor: Actor,
    collaboration: { id: string; currentGroundRulesVersion: number },
  ): Promise<GroundRulesVersionEntity | null> {
    if (collaboration.currentGroundRulesVersion === 0) return null;
    return requestLoader(actor, 'collaboration:ground-rules-at', (keys) =>
      this.groundRules.versionsAt(actor, keys),
    ).load(`${collaboration.id}:${collaboration.currentGroundRulesVersion}`);
  }

  groundRulesVersions(actor: Actor, collaborationId: string): Promise<GroundRulesVersionEntity[]> {
    return requestListLoader(actor, 'collaboration:ground-rules-versions', (ids) =>
      this.groundRules.versionsOf(actor, ids),
    ).load(collaborationId);
  }

  acceptances(
    actor: Actor,
    by: 'groundRulesVersionId' | 'participationId',
    id: string,
  ): Promise<GroundRulesAcceptanceEntity[]> {
    return requestListLoader(actor, `collaboration:acceptances:${by}`, (ids) =>
      this.groundRules.acceptancesOf(actor, by, ids),
    ).load(id);
  }
}
