import { Injectable } from '@nestjs/common';
import { Actor, applyAbility, requireViewer } from '@alianza/authz';
import { AuditService } from '@alianza/audit';
import { groupBy } from '@alianza/api-core';
import { Db } from '@alianza/db';
import { Action, Subject } from '@alianza/shared';
import { lockOpenCollaboration } from './collaboration.service';
import { CollaborationEntity } from './entities/collaboration.entity';
import { GroundRulesAcceptanceEntity } from './entities/ground-rules-acceptance.entity';
import { GroundRulesVersionEntity } from './entities/ground-rules-version.entity';

@Injectable()
export class GroundRulesService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
  ) {}

  /**
   * Publishes the next version. From then on every participant must accept it again before
   * it counts as active (and sees anything new).
   */
  async publish(
    actor: Actor,
    collaborationId: string,
    input: { body: string; thirdPartyRules: string; changeSummary: string },
  ): Promise<GroundRulesVersionEntity> {
    const viewer = requireViewer(actor);
    // A change: every participant must accept again before it counts as active.
    const collaboration = await lockOpenCollaboration(
      this.db,
      actor,
      Action.PublishGroundRules,
      collaborationId,
      'change',
    );
    const version = collaboration.currentGroundRulesVersion + 1;
    const versions = this.db.repo(GroundRulesVersionEntity);
    const saved = await versions.save(
      versions.create({ ...input, collaborationId, version, publishedBy: viewer.userId }),
    );
    await this.db
      .repo(CollaborationEntity)
      .update({ id: collaborationId }, { currentGroundRulesVersion: version });
    await this.audit.append(collaborationId, [
      {
        action: 'ground_rules.published',
        actorUserId: viewer.userId,
        subjectType: 'GroundRulesVersion',
        subjectId: saved.id,
        payload: { version, changeSummary: input.changeSummary },
      },
    ]);
    return versions.findOneOrFail({ where: { id: saved.id }, relations: { publisher: true } });
  }

  /** Versions of several collaborations the actor may read, newest first. */
  async versionsOf(
    actor: Actor,
    collaborationIds: readonly string[],
  ): Promise<Map<string, GroundRulesVersionEntity[]>> {
    const qb = this.db
      .repo(GroundRulesVersionEntity)
      .createQueryBuilder('g')
      .leftJoinAndSelect('g.publisher', 'publisher')
      .where('g.collaboration_id = ANY(:collaborationIds)', {
        collaborationIds: [...collaborationIds],
      })
      .orderBy('g.version', 'DESC');
    applyAbility(qb, actor.ability, Action.Read, Subject.GroundRulesVersion);
    return groupBy(await qb.getMany(), (g) => g.collaborationId);
  }

  /** Given versions (`collaborationId:version`) the actor may read, by that key. */
  async versionsAt(
    actor: Actor,
    keys: readonly string[],
  ): Promise<Map<string, GroundRulesVersionEntity>> {
    const pairs = keys.map((key) => key.split(':'));
    const qb = this.db
      .repo(GroundRulesVersionEntity)
      .createQueryBuilder('g')
      .leftJoinAndSelect('g.publisher', 'publisher')
      .where(
        '(g.collaboration_id, g.version) IN (SELECT * FROM unnest(CAST(:ids AS uuid[]), CAST(:versions AS int[])))',
        { ids: pairs.map(([id]) => id), versions: pairs.map(([, version]) => Number(version)) },
      );
    applyAbility(qb, actor.ability, Action.Read, Subject.GroundRulesVersion);
    const rows = await qb.getMany();
    return new Map(rows.map((g) => [`${g.collaborationId}:${g.version}`, g]));
  }

  /**
   * Acceptances the actor may read, newest first, of several versions or of several
   * participations (`by` says which), by that id.
   */
  async acceptancesOf(
    actor: Actor,
    by: 'groundRulesVersionId' | 'participationId',
    ids: readonly string[],
  ): Promise<Map<string, GroundRulesAcceptanceEntity[]>> {
    const column = by === 'groundRulesVersionId' ? 'ground_rules_version_id' : 'participation_id';
    const qb = this.db
      .repo(GroundRulesAcceptanceEntity)
      .createQueryBuilder('a')
      .innerJoinAndSelect('a.organization', 'o')
      .innerJoinAndSelect('a.acceptor', 'u')
      .where(`a.${column} = ANY(:ids)`, { ids: [...ids] })
      .orderBy('a.accepted_at', 'DESC')
      .addOrderBy('a.id', 'DESC');
    applyAbility(qb, actor.ability, Action.Read, Subject.GroundRulesAcceptance);
    return groupBy(await qb.getMany(), (a) => a[by]);
  }
}
