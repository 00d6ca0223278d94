import { Injectable } from '@nestjs/common';
import { AuditService } from '@alianza/audit';
import { abilityToSql, Actor, applyAbility, canOn, requireViewer } from '@alianza/authz';
import { CollaborationService, lockOpenCollaboration } from '@alianza/collaboration';
import { Db, pageInMemory, PageRequest, PageResult } from '@alianza/db';
import { AreaService, OverlapNotes, OverlapService } from '@alianza/disclosure';
import { Action, AppError, Subject } from '@alianza/shared';
import { ActivityDimension, ActivityOptionEntity } from './entities/activity-option.entity';
import {
  DetectedOverlapReviewEntity,
  OverlapReviewDecision,
  ReviewedFacts,
} from './entities/detected-overlap-review.entity';

export enum DetectedOverlapKind {
  /** Two organizations sharing options or customers. */
  PAIR = 'pair',
  /** Three or more organizations that all declared the same options. */
  GROUP = 'group',
}

export enum DetectedOverlapStatus {
  /** Not reviewed yet, or its facts grew since it was dismissed. */
  NEW = 'new',
  DECLARED = 'declared',
  DISMISSED = 'dismissed',
}

export interface DetectedOverlap {
  kind: DetectedOverlapKind;
  areaId: string;
  /** Sorted. */
  organizationIds: string[];
  /** The options every one of them declared. */
  options: ActivityOptionEntity[];
  /** Customers in both lists (pairs only): a count, never the customers. */
  sharedCustomers: number | null;
  status: DetectedOverlapStatus;
  /** Its facts grew after the review (a dismissed one is then NEW again). */
  changedSinceReview: boolean;
  /** The declared overlap of the disclosure engine, while it exists. */
  overlapId: string | null;
  review: DetectedOverlapReviewEntity | null;
}

interface DetectedRow {
  kind: DetectedOverlapKind;
  area_id: string;
  organization_ids: string[];
  option_ids: string[];
  shared_customers: number | null;
  review_id: string | null;
}

export interface DetectedOverlapRef {
  areaId: string;
  organizationIds: string[];
}

/** Sorted, lower-case, distinct: the identity of a detected overlap's organizations. */
export function organizationSet(ids: string[]): string[] {
  return [...new Set(ids.map((id) => id.toLowerCase()))].sort();
}

/** The facts a review saw have grown: an option or customers the reviewer did not see. */
export function factsGrew(now: ReviewedFacts, seen: ReviewedFacts): boolean {
  const known = new Set(seen.optionIds);
  return (
    now.optionIds.some((id) => !known.has(id)) ||
    (now.sharedCustomers ?? 0) > (seen.sharedCustomers ?? 0)
  );
}

/**
 * Overlap detection, for the facilitator only, computed in SQL over the declarations and
 * customer hashes the actor may *compare* (never read): per area, each pair of organizations
 * with the options they share and the count of customers in both lists, and each group of three
 * or more organizations that declared the same options. The facilitator declares a detected
 * overlap (the disclosure engine's overlap) or dismisses it with a reason.
 */
@Injectable()
export class OverlapDetectionService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly collaborations: CollaborationService,
    private readonly areas: AreaService,
    private readonly overlaps: OverlapService,
  ) {}

  /** A page of `detect`, in its order: computed on each read. */
  async detectPage(
    actor: Actor,
    collaborationId: string,
    page: PageRequest,
    areaId?: string,
  ): Promise<PageResult<DetectedOverlap>> {
    return pageInMemory(
      await this.detect(actor, collaborationId, areaId),
      page,
      (d) => `${d.areaId}:${d.organizationIds.join('+')}`,
    );
  }

  async detect(actor: Actor, collaborationId: string, areaId?: string): Promise<DetectedOverlap[]> {
    await this.collaborations.get(actor, collaborationId);
    if (areaId) {
      const area = await this.areas.get(actor, areaId);
      if (area.collaborationId !== collaborationId)
        throw AppError.badInput('The area must belong to this collaboration.', { field: 'areaId' });
    }
    const reviews = abilityToSql(
      actor.ability,
      Action.Read,
      Subject.DetectedOverlap,
      'r',
      this.db.manager.connection.getMetadata(DetectedOverlapReviewEntity),
    );
    // The comparison runs in the database (alianza_rls.detect_overlaps): the facilitator's own
    // right is to compare, and the row policies let no one read another's declarations.
    const rows = await this.db.query<DetectedRow>(
      `SELECT x.kind, x.area_id, x.organization_ids::text[] AS organization_ids, x.option_ids,
              x.shared_customers, r.id AS review_id
         FROM alianza_rls.detect_overlaps(:collaborationId, :areaId) x
         JOIN areas ar ON ar.id = x.area_id
         LEFT JOIN detected_overlap_reviews r
           ON r.area_id = x.area_id AND r.organization_ids = x.organization_ids AND (${reviews.sql})
        ORDER BY ar.position, ar.created_at, x.kind DESC, cardinality(x.option_ids) DESC,
                 x.shared_customers DESC NULLS LAST, x.organization_ids`,
      { ...reviews.params, collaborationId, areaId: areaId ?? null },
    );
    if (rows.length === 0) return [];

    const [options, reviewRows, declared] = await Promise.all([
      applyAbility(
        this.db
          .repo(ActivityOptionEntity)
          .createQueryBuilder('o')
          .where('o.collaboration_id = :collaborationId', { collaborationId }),
        actor.ability,
        Action.Read,
        Subject.ActivityOption,
      ).getMany(),
      applyAbility(
        this.db
          .repo(DetectedOverlapReviewEntity)
          .createQueryBuilder('r')
          .where('r.id = ANY(:ids)', {
            ids: rows.map((r) => r.review_id).filter((id): id is string => id !== null),
          }),
        actor.ability,
        Action.Read,
        Subject.DetectedOverlap,
      ).getMany(),
      // Overlaps declared by hand (the areas screen) count as the detection's own declaration.
      this.overlaps.list(actor, collaborationId, areaId),
    ]);
    const optionById = new Map(options.map((o) => [o.id, o]));
    const reviewById = new Map(reviewRows.map((r) => [r.id, r]));
    const dimensions = Object.values(ActivityDimension);
    return rows.map((row) => {
      const found = row.option_ids
        .map((id) => optionById.get(id))
        .filter((o): o is ActivityOptionEntity => o !== undefined)
        .sort(
          (a, b) =>
            dimensions.indexOf(a.dimension) - dimensions.indexOf(b.dimension) ||
            a.position - b.position,
        );
      const review = (row.review_id && reviewById.get(row.review_id)) || null;
      const covering = declared.find(
        ({ overlap }) =>
          overlap.areaId === row.area_id &&
          row.organization_ids.every((id) => overlap.organizationIds.includes(id)),
      );
      const facts: ReviewedFacts = {
        optionIds: row.option_ids,
        sharedCustomers: row.shared_customers,
      };
      return {
        kind: row.kind,
        areaId: row.area_id,
        organizationIds: row.organization_ids,
        options: found,
        sharedCustomers: row.shared_customers,
        ...this.state(facts, review, covering?.overlap.id ?? null),
        review,
      };
    });
  }

  /**
   * Where a detected overlap stands, given its review (if any), its facts now, and a declared
   * overlap of the same area that already covers its organizations (declared by hand): that one
   * is its declaration, not something to declare again.
   */
  private state(
    facts: ReviewedFacts,
    review: DetectedOverlapReviewEntity | null,
    coveringOverlapId: string | null,
  ): Pick<DetectedOverlap, 'status' | 'changedSinceReview' | 'overlapId'> {
    const none = { changedSinceReview: false, overlapId: null };
    const declaredByHand = coveringOverlapId
      ? {
          status: DetectedOverlapStatus.DECLARED,
          changedSinceReview: false,
          overlapId: coveringOverlapId,
        }
      : undefined;
    if (!review) return declaredByHand ?? { status: DetectedOverlapStatus.NEW, ...none };
    const changedSinceReview = factsGrew(facts, review.facts);
    if (review.decision === OverlapReviewDecision.DECLARED) {
      // The declared overlap may have been removed in the disclosure engine since.
      return review.overlapId
        ? {
            status: DetectedOverlapStatus.DECLARED,
            changedSinceReview,
            overlapId: review.overlapId,
          }
        : (declaredByHand ?? { status: DetectedOverlapStatus.NEW, ...none });
    }
    if (declaredByHand) return declaredByHand;
    return {
      status: changedSinceReview ? DetectedOverlapStatus.NEW : DetectedOverlapStatus.DISMISSED,
      changedSinceReview,
      overlapId: null,
    };
  }

  /** The detected overlap named by `ref`, for a decision on it; NOT_FOUND when there is none. */
  private async forDecision(
    actor: Actor,
    ref: DetectedOverlapRef,
  ): Promise<{ detected: DetectedOverlap; collaborationId: string }> {
    const area = await this.areas.get(actor, ref.areaId);
    const collaborationId = area.collaborationId;
    if (!canOn(actor, Action.Decide, Subject.DetectedOverlap, { collaborationId }))
      throw AppError.forbidden('Only the facilitator reviews detected overlaps.');
    await lockOpenCollaboration(this.db, actor, Action.Update, collaborationId);
    const organizationIds = organizationSet(ref.organizationIds);
    const key = organizationIds.join(',');
    const detected = (await this.detect(actor, collaborationId, area.id)).find(
      (d) => d.organizationIds.join(',') === key,
    );
    if (!detected) throw AppError.notFound('Detected overlap');
    return { detected, collaborationId };
  }

  private async saveReview(
    actor: Actor,
    detected: DetectedOverlap,
    collaborationId: string,
    decision: Pick<DetectedOverlapReviewEntity, 'decision' | 'overlapId' | 'reason'>,
  ): Promise<DetectedOverlapReviewEntity> {
    const repo = this.db.repo(DetectedOverlapReviewEntity);
    return repo.save(
      Object.assign(
        detected.review ??
          repo.create({
            collaborationId,
            areaId: detected.areaId,
            organizationIds: detected.organizationIds,
          }),
        {
          ...decision,
          facts: {
            optionIds: detected.options.map((o) => o.id).sort(),
            sharedCustomers: detected.sharedCustomers,
          },
          decidedBy: requireViewer(actor).userId,
          decidedAt: new Date(),
        },
      ),
    );
  }

  /**
   * Turns a detected overlap into a declared overlap of the disclosure engine (same area, same
   * organizations) with the facilitator's own note (by default, where it came from) and the
   * text the parties read (none by default). Once only: a second call while that declared
   * overlap exists is a CONFLICT.
   */
  async declare(
    actor: Actor,
    ref: DetectedOverlapRef,
    notes: OverlapNotes = {},
  ): Promise<DetectedOverlap> {
    const { detected, collaborationId } = await this.forDecision(actor, ref);
    if (detected.status === DetectedOverlapStatus.DECLARED)
      throw AppError.conflict('This overlap is already declared.', {
        overlapId: detected.overlapId,
      });
    const { overlap } = await this.overlaps.declare(actor, detected.areaId, {
      organizationIds: detected.organizationIds,
      note: notes.note?.trim() || DETECTED_OVERLAP_NOTE,
      sharedNote: notes.sharedNote?.trim() ?? '',
    });
    const review = await this.saveReview(actor, detected, collaborationId, {
      decision: OverlapReviewDecision.DECLARED,
      overlapId: overlap.id,
      reason: null,
    });
    await this.audit.append(collaborationId, [
      {
        action: 'activity.overlap_declared',
        actorUserId: review.decidedBy,
        subjectType: 'DetectedOverlap',
        subjectId: review.id,
        payload: {
          areaId: detected.areaId,
          organizationIds: detected.organizationIds,
          overlapId: overlap.id,
          sharedOptions: detected.options.length,
          sharedCustomers: detected.sharedCustomers,
        },
      },
    ]);
    return this.reload(actor, collaborationId, detected);
  }

  /** Sets a detected overlap aside, with the reason; it comes back if its facts grow. */
  async dismiss(actor: Actor, ref: DetectedOverlapRef, reason: string): Promise<DetectedOverlap> {
    const text = reason.trim();
    if (!text) throw AppError.badInput('Say why you dismiss it.', { field: 'reason' });
    const { detected, collaborationId } = await this.forDecision(actor, ref);
    if (detected.status === DetectedOverlapStatus.DECLARED)
      throw AppError.conflict(
        'This overlap is declared: remove the declared overlap first to dismiss it.',
        { overlapId: detected.overlapId },
      );
    const review = await this.saveReview(actor, detected, collaborationId, {
      decision: OverlapReviewDecision.DISMISSED,
      overlapId: null,
      reason: text,
    });
    await this.audit.append(collaborationId, [
      {
        action: 'activity.overlap_dismissed',
        actorUserId: review.decidedBy,
        subjectType: 'DetectedOverlap',
        subjectId: review.id,
        payload: {
          areaId: detected.areaId,
          organizationIds: detected.organizationIds,
          reason: text,
        },
      },
    ]);
    return this.reload(actor, collaborationId, detected);
  }

  private async reload(
    actor: Actor,
    collaborationId: string,
    detected: DetectedOverlap,
  ): Promise<DetectedOverlap> {
    const key = detected.organizationIds.join(',');
    const now = (await this.detect(actor, collaborationId, detected.areaId)).find(
      (d) => d.organizationIds.join(',') === key,
    );
    return now ?? detected;
  }
}

/**
 * The default note of a declared overlap. The organizations involved read declared overlaps, so
 * the note names none of the facts detected (those are the parties' private declarations).
 */
export const DETECTED_OVERLAP_NOTE = 'Detected from declared activity.';
