import { Injectable } from '@nestjs/common';
import { Actor, applyAbility, requireViewer } from '@alianza/authz';
import { AuditService } from '@alianza/audit';
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

  /** Versions of a collaboration the actor may read, newest first. */
  versions(
    actor: Actor,
    collaborationId: string,
    onlyVersion?: number,
  ): Promise<GroundRulesVersionEntity[]> {
    const qb = this.db
      .repo(GroundRulesVersionEntity)
      .createQueryBuilder('g')
      .leftJoinAndSelect('g.publisher', 'publisher')
      .where('g.collaboration_id = :collaborationId', { collaborationId })
      .orderBy('g.version', 'DESC');
    if (onlyVersion !== undefined) qb.andWhere('g.version = :onlyVersion', { onlyVersion });
    return applyAbility(qb, actor.ability, Action.Read, Subject.GroundRulesVersion).getMany();
  }

  /** Acceptances of one version (or of every version) the actor may read, newest first. */
  acceptances(
    actor: Actor,
    filter: { groundRulesVersionId?: string; participationId?: string },
  ): Promise<GroundRulesAcceptanceEntity[]> {
    const qb = this.db
      .repo(GroundRulesAcceptanceEntity)
      .createQueryBuilder('a')
      .innerJoinAndSelect('a.organization', 'o')
      .innerJoinAndSelect('a.acceptor', 'u')
      .orderBy('a.accepted_at', 'DESC')
      .addOrderBy('a.id', 'DESC');
    if (filter.groundRulesVersionId)
      qb.andWhere('a.ground_rules_version_id = :vid', { vid: filter.groundRulesVersionId });
    if (filter.participationId)
      qb.andWhere('a.participation_id = :pid', { pid: filter.participationId });
    return applyAbility(qb, actor.ability, Action.Read, Subject.GroundRulesAcceptance).getMany();
  }
}
