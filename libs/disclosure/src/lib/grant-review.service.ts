import { Injectable } from '@nestjs/common';
import { Actor, applyAbility } from '@alianza/authz';
import { Db, pageInMemory, PageRequest, PageResult } from '@alianza/db';
import { Action, Subject } from '@alianza/shared';
import { GrantEntity } from './entities/grant.entity';

/** Why the rules in force would not allow a grant any more. */
export enum ReviewReason {
  AREA_RESTRICTED = 'area_restricted',
  AREA_MODERATED = 'area_moderated',
  OVERLAP = 'overlap',
}

export interface GrantToReview {
  grant: GrantEntity;
  reasons: ReviewReason[];
}

/**
 * Rule changes never widen what was granted silently: after an area's sensitivity or an
 * overlap changes, the valid grants that the new rules would not allow are listed here for the
 * facilitator to revoke, or to keep with a recorded reason (`GrantService`).
 */
@Injectable()
export class GrantReviewService {
  constructor(private readonly db: Db) {}

  /** A page of `list`, oldest grant first (which grants need review is decided on each read). */
  async page(
    actor: Actor,
    collaborationId: string,
    page: PageRequest,
  ): Promise<PageResult<GrantToReview>> {
    return pageInMemory(await this.list(actor, collaborationId), page, (g) => g.grant.id);
  }

  async list(actor: Actor, collaborationId: string): Promise<GrantToReview[]> {
    const qb = this.db
      .repo(GrantEntity)
      .createQueryBuilder('g')
      .innerJoin('areas', 'a', 'a.id = g.area_id')
      .innerJoin('disclosure_requests', 'r', 'r.id = g.request_id')
      .addSelect(`a.sensitivity = 'restricted'`, 'restricted')
      .addSelect(`a.sensitivity = 'moderated' AND r.decided_by IS NULL`, 'auto_in_moderated')
      .addSelect(
        `EXISTS (SELECT 1 FROM "overlaps" o WHERE o.area_id = g.area_id
           AND g.owner_organization_id = ANY(o.organization_ids)
           AND g.recipient_organization_id = ANY(o.organization_ids)
           AND NOT (o.id = ANY(r.acknowledged_overlap_ids))
           AND (g.kept_at IS NULL OR g.kept_at < o.updated_at))`,
        'crosses_overlap',
      )
      .where('g.collaboration_id = :collaborationId', { collaborationId })
      .andWhere('grant_is_live(g.revoked_at, g.valid_until)')
      .orderBy('g.created_at', 'ASC')
      .addOrderBy('g.id', 'ASC');
    applyAbility(qb, actor.ability, Action.Revoke, Subject.Grant);
    qb.andWhere('r.collaboration_id = :collaborationId', { collaborationId });
    const { entities, raw } = await qb.getRawAndEntities();
    const areaChangedAt = await this.areaChanges(collaborationId);
    const result: GrantToReview[] = [];
    entities.forEach((grant, i) => {
      const row = raw[i] as {
        restricted: boolean;
        auto_in_moderated: boolean;
        crosses_overlap: boolean;
      };
      const areaChanged = areaChangedAt.get(grant.areaId);
      const keptSinceAreaChange =
        grant.keptAt !== null && areaChanged !== undefined && grant.keptAt >= areaChanged;
      const reasons: ReviewReason[] = [];
      if (row.restricted && !keptSinceAreaChange) reasons.push(ReviewReason.AREA_RESTRICTED);
      if (row.auto_in_moderated && !keptSinceAreaChange) reasons.push(ReviewReason.AREA_MODERATED);
      if (row.crosses_overlap) reasons.push(ReviewReason.OVERLAP);
      if (reasons.length > 0) result.push({ grant, reasons });
    });
    return result;
  }

  private async areaChanges(collaborationId: string): Promise<Map<string, Date>> {
    const rows: { id: string; updated_at: Date }[] = await this.db.manager.query(
      `SELECT id, updated_at FROM areas WHERE collaboration_id = $1`,
      [collaborationId],
    );
    return new Map(rows.map((r) => [r.id, new Date(r.updated_at)]));
  }
}
