import { Injectable } from '@nestjs/common';
import { ConsumesEvent } from '@alianza/api-core';
import { AuditService, canonicalJson } from '@alianza/audit';
import {
  actingOrganization,
  Actor,
  applyAbility,
  canOn,
  facilitates,
  requireViewer,
} from '@alianza/authz';
import {
  ParticipationService,
  CollaborationEntity,
  CollaborationService,
  CollaborationStatusChanging,
  takeCollaborationHold,
} from '@alianza/collaboration';
import { requestLoader } from '@alianza/api-core';
import { Db, paginate, PageRequest, PageResult } from '@alianza/db';
import { LedgerService } from '@alianza/ledger';
import { indicatorProgress, MilestoneEntity, PlanService } from '@alianza/plan';
import {
  Action,
  AppError,
  CollaborationStatus,
  ErrorReason,
  MilestoneStatus,
  ProposalStatus,
  Subject,
} from '@alianza/shared';
import { createHash } from 'node:crypto';
import { In, IsNull } from 'typeorm';
import { EvaluationEntity, Rating } from './entities/evaluation.entity';
import { FinalStatementEntity } from './entities/final-statement.entity';
import { FinalStatementContent } from './final-statement-content';

export interface EvaluationInput {
  objectiveRatings: (Rating & { objectiveId: string })[];
  peerRatings: (Rating & { organizationId: string })[];
  assessment: string;
}

/** The closing evaluation and the final statement ("debe y haber") of a collaboration. */
@Injectable()
export class ClosingService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly collaborations: CollaborationService,
    private readonly participations: ParticipationService,
    private readonly plan: PlanService,
    private readonly ledger: LedgerService,
  ) {}

  /** Closing freezes the final statement, in the transaction that closes. */
  @ConsumesEvent(CollaborationStatusChanging)
  async onStatusChanging({ collaboration, to, actor, options }: CollaborationStatusChanging) {
    if (to === CollaborationStatus.CLOSED)
      await this.close(collaboration, actor, options.overrideReason);
  }

  /** Participants evaluate while the collaboration is closing; the facilitator adds an assessment. */
  async submit(
    actor: Actor,
    collaborationId: string,
    input: EvaluationInput,
  ): Promise<EvaluationEntity> {
    const viewer = requireViewer(actor);
    const collaboration = await this.collaborations.get(actor, collaborationId);
    const asFacilitator = facilitates(actor, collaborationId);
    const organizationId = asFacilitator
      ? null
      : (actingOrganization(actor, collaborationId) ?? null);
    if (!canOn(actor, Action.Create, Subject.Evaluation, { collaborationId, organizationId })) {
      throw AppError.forbidden('Only active participants and the facilitator evaluate.');
    }
    // A change: one evaluation at a time (the facilitator's has no organization to be unique
    // on), and the collaboration stays closing until it is saved.
    await takeCollaborationHold(this.db, collaboration.id, 'change');
    const locked = await this.db
      .repo(CollaborationEntity)
      .findOneByOrFail({ id: collaboration.id });
    if (locked.status !== CollaborationStatus.CLOSING) {
      throw AppError.invalidTransition('Evaluations are made while the collaboration is closing.', {
        status: locked.status,
      });
    }
    const objectives = new Set(
      (await this.plan.objectives(actor, collaborationId)).map((o) => o.id),
    );
    if (input.objectiveRatings.some((r) => !objectives.has(r.objectiveId.toLowerCase()))) {
      throw AppError.badInput('Rate the objectives of this collaboration’s plan.', {
        field: 'objectiveRatings',
      });
    }
    const others = new Set(
      (await this.participations.activeIn(collaborationId))
        .map((p) => p.organizationId)
        .filter((id) => id !== organizationId),
    );
    if (input.peerRatings.some((r) => !others.has(r.organizationId.toLowerCase()))) {
      throw AppError.badInput('Rate other active participants only.', { field: 'peerRatings' });
    }
    const repo = this.db.repo(EvaluationEntity);
    const existing = await repo.findOne({
      where: { collaborationId, organizationId: organizationId ?? IsNull() },
      lock: { mode: 'pessimistic_write' },
    });
    const evaluation = await repo.save(
      Object.assign(existing ?? repo.create({ collaborationId, organizationId }), {
        authorUserId: viewer.userId,
        objectiveRatings: input.objectiveRatings.map((r) => ({
          ...r,
          objectiveId: r.objectiveId.toLowerCase(),
        })),
        peerRatings: input.peerRatings.map((r) => ({
          ...r,
          organizationId: r.organizationId.toLowerCase(),
        })),
        assessment: input.assessment,
      }),
    );
    await this.audit.append(collaborationId, [
      {
        action: 'closing.evaluated',
        actorUserId: viewer.userId,
        subjectType: 'Evaluation',
        subjectId: evaluation.id,
        organizationId,
        payload: {
          objectiveRatings: evaluation.objectiveRatings,
          peerRatings: evaluation.peerRatings,
        },
      },
    ]);
    return evaluation;
  }

  evaluations(actor: Actor, collaborationId: string): Promise<EvaluationEntity[]> {
    const qb = this.db
      .repo(EvaluationEntity)
      .createQueryBuilder('e')
      .where('e.collaboration_id = :collaborationId', { collaborationId })
      .orderBy('e.organization_id', 'ASC', 'NULLS LAST');
    return applyAbility(qb, actor.ability, Action.Read, Subject.Evaluation).getMany();
  }

  /** A page of the evaluations of a collaboration the actor may read, in a stable order (by id). */
  evaluationsPage(
    actor: Actor,
    collaborationId: string,
    page: PageRequest,
  ): Promise<PageResult<EvaluationEntity>> {
    const qb = this.db
      .repo(EvaluationEntity)
      .createQueryBuilder('e')
      .where('e.collaboration_id = :collaborationId', { collaborationId });
    applyAbility(qb, actor.ability, Action.Read, Subject.Evaluation);
    return paginate(qb, page, ['id'], 'ASC');
  }

  /** Loaded with those of the request's other collaborations in one query (field resolvers). */
  finalStatement(actor: Actor, collaborationId: string): Promise<FinalStatementEntity | null> {
    return requestLoader(actor, 'closing:final-statement', async (ids) => {
      const qb = this.db
        .repo(FinalStatementEntity)
        .createQueryBuilder('f')
        .where('f.collaboration_id = ANY(:ids)', { ids: [...ids] });
      applyAbility(qb, actor.ability, Action.Read, Subject.FinalStatement);
      return new Map((await qb.getMany()).map((f) => [f.collaborationId, f]));
    }).load(collaborationId);
  }

  /**
   * The previous collaboration's final statement, as the opening context of a follow-up; loaded
   * with those of the request's other collaborations (field resolvers).
   */
  async openingContext(
    actor: Actor,
    collaborationId: string,
  ): Promise<FinalStatementEntity | null> {
    const readable = requestLoader(actor, 'closing:collaboration', (ids) =>
      this.collaborations.readable(actor, ids),
    );
    const collaboration = await readable.load(collaborationId);
    if (!collaboration) throw AppError.notFound('Collaboration');
    if (!collaboration.previousCollaborationId) return null;
    return requestLoader(actor, 'closing:opening-context', async (previousIds) => {
      const statements = await this.db
        .repo(FinalStatementEntity)
        .find({ where: { collaborationId: In([...previousIds]) } });
      return new Map(statements.map((f) => [f.collaborationId, f]));
    }).load(collaboration.previousCollaborationId);
  }

  /** Refuses to close without every evaluation (unless overridden), then freezes the statement. */
  private async close(
    collaboration: CollaborationEntity,
    actor: Actor,
    overrideReason?: string,
  ): Promise<void> {
    const viewer = requireViewer(actor);
    const active = await this.participations.activeIn(collaboration.id);
    const evaluations = await this.db
      .repo(EvaluationEntity)
      .find({ where: { collaborationId: collaboration.id } });
    const evaluated = new Set(evaluations.map((e) => e.organizationId));
    const missing = active
      .filter((p) => !evaluated.has(p.organizationId))
      .map((p) => p.organizationId);
    if (missing.length > 0 && !overrideReason) {
      throw AppError.invalidTransition(
        `${missing.length} participant(s) have not evaluated yet: wait for them, or close with an override reason.`,
        { missingOrganizationIds: missing },
      ).because(ErrorReason.EVALUATIONS_MISSING);
    }
    const [objectives, milestones, latest] = await Promise.all([
      this.plan.objectives(actor, collaboration.id),
      this.plan.milestones(actor, collaboration.id),
      this.plan.latestIndicatorValues(actor, collaboration.id),
    ]);
    const indicators = await this.plan.indicators(
      actor,
      objectives.map((o) => o.id),
    );
    const counted = milestones.filter(
      (m: MilestoneEntity) =>
        m.proposalStatus === ProposalStatus.ACCEPTED && m.status !== MilestoneStatus.CANCELLED,
    );
    const balances = await this.ledger.balances(actor, collaboration.id);
    const content: FinalStatementContent = {
      collaboration: {
        id: collaboration.id,
        title: collaboration.title,
        objective: collaboration.objective,
      },
      plan: {
        objectives: objectives.map((o) => ({
          id: o.id,
          title: o.title,
          indicators: indicators
            .filter((i) => i.objectiveId === o.id)
            .map((i) => ({
              id: i.id,
              name: i.name,
              unit: i.unit,
              baseline: i.baseline,
              target: i.target,
              current: latest.get(i.id) ?? null,
              progressPercent: indicatorProgress(i, latest.get(i.id) ?? null),
            })),
        })),
        milestonesDone: counted.filter((m) => m.status === MilestoneStatus.DONE).length,
        milestonesTotal: counted.length,
      },
      balances: { organizations: balances.organizations, pairs: balances.pairs },
      evaluations: evaluations.map((e) => ({
        organizationId: e.organizationId,
        objectiveRatings: e.objectiveRatings,
        peerRatings: e.peerRatings,
        assessment: e.assessment,
      })),
      missingEvaluations: missing,
    };
    const hash = createHash('sha256').update(canonicalJson(content)).digest('hex');
    const closedAt = new Date();
    await this.db.repo(FinalStatementEntity).insert({
      collaborationId: collaboration.id,
      content,
      hash,
      closedBy: viewer.userId,
      closedAt,
      overrideReason: overrideReason ?? null,
    });
    await this.audit.append(collaboration.id, [
      {
        action: 'closing.final_statement',
        actorUserId: viewer.userId,
        subjectType: 'FinalStatement',
        subjectId: collaboration.id,
        payload: { hash, overrideReason: overrideReason ?? null, missingEvaluations: missing },
      },
    ]);
  }
}
