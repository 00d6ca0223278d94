import { Injectable } from '@nestjs/common';
import { ConsumesEvent, DomainEvents } from '@alianza/api-core';
import { AuditService } from '@alianza/audit';
import { abilityToSql, Actor, applyAbility, canOn, requireViewer } from '@alianza/authz';
import {
  CollaborationService,
  lockOpenCollaboration,
  lockRowInOpenCollaboration,
  ParticipationService,
} from '@alianza/collaboration';
import { Db, paginate, PageRequest, PageResult } from '@alianza/db';
import { DisclosureApproved, ReciprocityCheck, ReciprocityWarning } from '@alianza/disclosure';
import { NotificationService } from '@alianza/notification';
import {
  Action,
  AppError,
  ContributionType,
  ErrorReason,
  LedgerEntrySource,
  LedgerEntryStatus,
  NotificationKind,
  Subject,
  ValuationScale,
} from '@alianza/shared';
import { In, Not } from 'typeorm';
import { LedgerEntryEntity } from './entities/ledger-entry.entity';
import { LedgerSettingsEntity } from './entities/ledger-settings.entity';
import { LedgerEntriesConfirmed } from './ledger.events';

export const DEFAULT_SETTINGS = {
  valuationScale: ValuationScale.POINTS,
  currency: null,
  areaValues: {},
  reciprocityThreshold: null,
};

export interface DeclarationInput {
  giverOrganizationId?: string;
  /** Empty: given to the collaboration as a whole. */
  receiverOrganizationIds: string[];
  contributionType: ContributionType;
  description: string;
  value: string;
  occurredOn: string;
  taskId?: string;
  milestoneId?: string;
}

export interface Balances {
  organizations: { organizationId: string; given: string; received: string; net: string }[];
  pairs: { giverOrganizationId: string; receiverOrganizationId: string | null; value: string }[];
  byType: { contributionType: ContributionType; value: string }[];
  byMonth: { month: string; value: string }[];
}

/**
 * The give/receive ledger ("debe y haber"). Only confirmed entries count in balances. It answers
 * disclosure's `ReciprocityCheck` (bound in `LedgerReciprocityModule`).
 */
@Injectable()
export class LedgerService implements ReciprocityCheck {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly collaborations: CollaborationService,
    private readonly participations: ParticipationService,
    private readonly notifications: NotificationService,
    private readonly events: DomainEvents,
  ) {}

  /**
   * An approved disclosure is a contribution: giver the owner, receivers the recipients, valued
   * by the facilitator's default for the area, confirmed by the approval itself. An area the
   * facilitator gave no value (or a value of zero) adds nothing: no entry of 0.00.
   */
  @ConsumesEvent(DisclosureApproved)
  async onDisclosureApproved({ request, grants }: DisclosureApproved): Promise<void> {
    const settings = await this.settingsOf(request.collaborationId);
    const value = settings.areaValues[request.areaId];
    if (value === undefined || Number(value) === 0) return;
    const repo = this.db.repo(LedgerEntryEntity);
    const entries = await repo.save(
      grants.map((grant) =>
        repo.create({
          collaborationId: request.collaborationId,
          giverOrganizationId: grant.ownerOrganizationId,
          receiverOrganizationId: grant.recipientOrganizationId,
          contributionType: ContributionType.INFORMATION,
          description: `Disclosure ref. ${grant.reference}`,
          value,
          occurredOn: new Date().toISOString().slice(0, 10),
          source: LedgerEntrySource.DISCLOSURE,
          grantId: grant.id,
          status: LedgerEntryStatus.CONFIRMED,
          declaredBy: null,
          decidedBy: request.decidedBy,
          decidedAt: new Date(),
        }),
      ),
    );
    await this.audit.append(
      request.collaborationId,
      entries.map((e) => ({
        action: 'ledger.entry_from_disclosure',
        actorUserId: request.decidedBy,
        subjectType: 'LedgerEntry',
        subjectId: e.id,
        organizationId: e.giverOrganizationId,
        counterpartOrganizationId: e.receiverOrganizationId,
        payload: { value: e.value, grantId: e.grantId },
      })),
    );
    await this.events.publish(new LedgerEntriesConfirmed(entries));
  }

  /** Of these organizations, those whose received exceeds given by more than the threshold. */
  async overThreshold(
    collaborationId: string,
    organizationIds: string[],
  ): Promise<ReciprocityWarning[]> {
    if (organizationIds.length === 0) return [];
    // The threshold read in the same statement: no threshold set, no row.
    const rows: { organization_id: string; given: string; received: string; gap: string }[] =
      await this.db.manager.query(
        `SELECT o.organization_id, coalesce(g.total, 0)::text AS given, coalesce(r.total, 0)::text AS received,
              (coalesce(r.total, 0) - coalesce(g.total, 0))::text AS gap
         FROM unnest($2::uuid[]) AS o(organization_id)
         JOIN ledger_settings s ON s.collaboration_id = $1 AND s.reciprocity_threshold IS NOT NULL
         LEFT JOIN (SELECT giver_organization_id AS id, sum(value) AS total FROM ledger_entries
                     WHERE collaboration_id = $1 AND status = 'confirmed' GROUP BY 1) g ON g.id = o.organization_id
         LEFT JOIN (SELECT receiver_organization_id AS id, sum(value) AS total FROM ledger_entries
                     WHERE collaboration_id = $1 AND status = 'confirmed' GROUP BY 1) r ON r.id = o.organization_id
        WHERE coalesce(r.total, 0) - coalesce(g.total, 0) > s.reciprocity_threshold
        ORDER BY o.organization_id`,
        [collaborationId, organizationIds],
      );
    return rows.map((r) => ({
      organizationId: r.organization_id,
      given: r.given,
      received: r.received,
      gap: r.gap,
    }));
  }

  private async settingsOf(
    collaborationId: string,
  ): Promise<
    Pick<
      LedgerSettingsEntity,
      'valuationScale' | 'currency' | 'areaValues' | 'reciprocityThreshold'
    >
  > {
    return (
      (await this.db.repo(LedgerSettingsEntity).findOne({ where: { collaborationId } })) ??
      DEFAULT_SETTINGS
    );
  }

  async settings(actor: Actor, collaborationId: string) {
    await this.collaborations.get(actor, collaborationId);
    if (!canOn(actor, Action.Read, Subject.LedgerSettings, { collaborationId }))
      throw AppError.notFound('Ledger');
    return this.settingsOf(collaborationId);
  }

  /**
   * The settings of collaborations the caller already sees (e.g. listed through the ability),
   * those it may read only, in one query.
   */
  async settingsOfMany(
    actor: Actor,
    collaborationIds: readonly string[],
  ): Promise<Map<string, Pick<LedgerSettingsEntity, 'valuationScale' | 'currency'>>> {
    const readable = collaborationIds.filter((collaborationId) =>
      canOn(actor, Action.Read, Subject.LedgerSettings, { collaborationId }),
    );
    const rows = readable.length
      ? await this.db.repo(LedgerSettingsEntity).find({ where: { collaborationId: In(readable) } })
      : [];
    const found = new Map(rows.map((row) => [row.collaborationId, row]));
    return new Map(readable.map((id) => [id, found.get(id) ?? DEFAULT_SETTINGS]));
  }

  /**
   * Whether the scale and currency can no longer change: the scale freezes with the first entry
   * that has a value (entries of zero, written before disclosures of unvalued areas stopped
   * adding them, read the same on any scale). For a caller that may read the settings.
   */
  scaleLocked(collaborationId: string): Promise<boolean> {
    return this.db.repo(LedgerEntryEntity).exists({ where: { collaborationId, value: Not('0') } });
  }

  async setSettings(
    actor: Actor,
    collaborationId: string,
    input: {
      valuationScale: ValuationScale;
      currency?: string | null;
      areaValues?: { areaId: string; value: string }[];
      reciprocityThreshold?: string | null;
    },
  ) {
    if (!canOn(actor, Action.Update, Subject.LedgerSettings, { collaborationId })) {
      await this.collaborations.get(actor, collaborationId);
      throw AppError.forbidden('Only the facilitator sets the valuation of the ledger.');
    }
    // A change: no entry is declared while the scale may still change.
    await lockOpenCollaboration(this.db, actor, Action.Read, collaborationId, 'change');
    const currency =
      input.valuationScale === ValuationScale.MONEY ? input.currency?.toUpperCase() : null;
    if (input.valuationScale === ValuationScale.MONEY && !currency) {
      throw AppError.badInput('A money scale needs its currency.', { field: 'currency' });
    }
    if (await this.scaleLocked(collaborationId)) {
      const current = await this.settingsOf(collaborationId);
      if (
        current.valuationScale !== input.valuationScale ||
        (current.currency ?? null) !== (currency ?? null)
      ) {
        throw AppError.conflict(
          'The ledger already has entries with a value: its scale and currency can no longer change.',
        );
      }
    }
    const areaValues = Object.fromEntries(
      (input.areaValues ?? []).map((a) => [a.areaId.toLowerCase(), a.value]),
    );
    const repo = this.db.repo(LedgerSettingsEntity);
    const saved = await repo.save(
      repo.create({
        collaborationId,
        valuationScale: input.valuationScale,
        currency: currency ?? null,
        areaValues,
        reciprocityThreshold: input.reciprocityThreshold ?? null,
      }),
    );
    await this.audit.append(collaborationId, [
      {
        action: 'ledger.settings',
        actorUserId: requireViewer(actor).userId,
        subjectType: 'LedgerSettings',
        subjectId: collaborationId,
        payload: {
          valuationScale: saved.valuationScale,
          currency: saved.currency,
          areaValues,
          reciprocityThreshold: saved.reciprocityThreshold,
        },
      },
    ]);
    return saved;
  }

  /** The giver declares a contribution: one pending entry per receiver, awaiting confirmation. */
  async declare(
    actor: Actor,
    collaborationId: string,
    input: DeclarationInput,
  ): Promise<LedgerEntryEntity[]> {
    const viewer = requireViewer(actor);
    const giver = await this.collaborations.actingOrganizationFor(
      actor,
      collaborationId,
      {
        action: Action.Create,
        subject: Subject.LedgerEntry,
        owner: 'giverOrganizationId',
        named: input.giverOrganizationId,
      },
      'Only members of an active participant declare what it gave.',
    );
    await lockOpenCollaboration(this.db, actor, Action.Read, collaborationId);
    const active = new Set(
      (await this.participations.activeIn(collaborationId)).map((p) => p.organizationId),
    );
    const receivers = [...new Set(input.receiverOrganizationIds.map((id) => id.toLowerCase()))];
    if (receivers.includes(giver))
      throw AppError.badInput('An organization does not give to itself.', {
        field: 'receiverOrganizationIds',
      });
    if (receivers.some((id) => !active.has(id))) {
      throw AppError.badInput('Every receiver must be an active participant.', {
        field: 'receiverOrganizationIds',
      });
    }
    await this.checkPlanLink(collaborationId, input);
    const repo = this.db.repo(LedgerEntryEntity);
    const entries = await repo.save(
      (receivers.length ? receivers : [null]).map((receiver) =>
        repo.create({
          collaborationId,
          giverOrganizationId: giver,
          receiverOrganizationId: receiver,
          contributionType: input.contributionType,
          description: input.description,
          value: input.value,
          occurredOn: input.occurredOn,
          taskId: input.taskId ?? null,
          milestoneId: input.milestoneId ?? null,
          source: LedgerEntrySource.DECLARED,
          grantId: null,
          status: LedgerEntryStatus.PENDING,
          declaredBy: viewer.userId,
          decidedBy: null,
          decidedAt: null,
        }),
      ),
    );
    await this.audit.append(
      collaborationId,
      entries.map((e) => ({
        action: 'ledger.declared',
        actorUserId: viewer.userId,
        subjectType: 'LedgerEntry',
        subjectId: e.id,
        organizationId: e.giverOrganizationId,
        counterpartOrganizationId: e.receiverOrganizationId,
        payload: { contributionType: e.contributionType, value: e.value, occurredOn: e.occurredOn },
      })),
    );
    for (const entry of entries) {
      const notice = {
        collaborationId,
        kind: NotificationKind.LEDGER_TO_CONFIRM,
        title: `Confirm a contribution received: "${entry.description}"`,
        subject: entry.description,
        payload: { entryId: entry.id },
      };
      if (entry.receiverOrganizationId)
        await this.notifications.notifyOrganizations([entry.receiverOrganizationId], notice);
      else await this.notifications.notifyFacilitators(notice);
    }
    return entries;
  }

  private async checkPlanLink(collaborationId: string, input: DeclarationInput): Promise<void> {
    if (input.taskId) {
      const [task] = await this.db.manager.query(
        `SELECT 1 FROM plan_tasks WHERE id = $1 AND collaboration_id = $2`,
        [input.taskId, collaborationId],
      );
      if (!task)
        throw AppError.badInput('The task must belong to this collaboration’s plan.', {
          field: 'taskId',
        });
    }
    if (input.milestoneId) {
      const [milestone] = await this.db.manager.query(
        `SELECT 1 FROM plan_milestones WHERE id = $1 AND collaboration_id = $2`,
        [input.milestoneId, collaborationId],
      );
      if (!milestone)
        throw AppError.badInput('The milestone must belong to this collaboration’s plan.', {
          field: 'milestoneId',
        });
    }
  }

  /** A receiver (or the facilitator) confirms, or disputes with a reason. */
  async respond(
    actor: Actor,
    entryId: string,
    confirm: boolean,
    reason?: string,
  ): Promise<LedgerEntryEntity> {
    const entry = await lockRowInOpenCollaboration(
      this.db,
      LedgerEntryEntity,
      Subject.LedgerEntry,
      actor,
      Action.Confirm,
      entryId,
      'Ledger entry',
    );
    if (entry.status !== LedgerEntryStatus.PENDING)
      throw AppError.conflict(`This entry is already ${entry.status}.`).because(
        ErrorReason.ALREADY_ANSWERED,
      );
    if (!confirm && !reason)
      throw AppError.badInput('Say why you dispute it.', { field: 'reason' });
    entry.status = confirm ? LedgerEntryStatus.CONFIRMED : LedgerEntryStatus.DISPUTED;
    entry.decidedBy = requireViewer(actor).userId;
    entry.decidedAt = new Date();
    entry.disputeReason = confirm ? null : (reason ?? null);
    const saved = await this.db.repo(LedgerEntryEntity).save(entry);
    await this.audit.append(entry.collaborationId, [
      {
        action: confirm ? 'ledger.confirmed' : 'ledger.disputed',
        actorUserId: entry.decidedBy,
        subjectType: 'LedgerEntry',
        subjectId: entry.id,
        organizationId: entry.giverOrganizationId,
        counterpartOrganizationId: entry.receiverOrganizationId,
        payload: { reason: entry.disputeReason },
      },
    ]);
    if (confirm) await this.events.publish(new LedgerEntriesConfirmed([saved]));
    if (!confirm) {
      await this.notifications.notifyFacilitators({
        collaborationId: entry.collaborationId,
        kind: NotificationKind.LEDGER_DISPUTED,
        title: `A contribution is disputed: "${entry.description}"`,
        subject: entry.description,
        payload: { entryId: entry.id },
      });
    }
    return saved;
  }

  /** The facilitator settles a dispute: the entry counts (confirmed) or not (rejected). */
  async settle(
    actor: Actor,
    entryId: string,
    uphold: boolean,
    reason: string,
  ): Promise<LedgerEntryEntity> {
    const entry = await lockRowInOpenCollaboration(
      this.db,
      LedgerEntryEntity,
      Subject.LedgerEntry,
      actor,
      Action.Settle,
      entryId,
      'Ledger entry',
    );
    if (entry.status !== LedgerEntryStatus.DISPUTED)
      throw AppError.conflict('Only disputed entries are settled.');
    entry.status = uphold ? LedgerEntryStatus.CONFIRMED : LedgerEntryStatus.REJECTED;
    entry.settleReason = reason;
    entry.decidedBy = requireViewer(actor).userId;
    entry.decidedAt = new Date();
    const saved = await this.db.repo(LedgerEntryEntity).save(entry);
    await this.audit.append(entry.collaborationId, [
      {
        action: 'ledger.settled',
        actorUserId: entry.decidedBy,
        subjectType: 'LedgerEntry',
        subjectId: entry.id,
        organizationId: entry.giverOrganizationId,
        counterpartOrganizationId: entry.receiverOrganizationId,
        payload: { status: entry.status, reason },
      },
    ]);
    if (uphold) await this.events.publish(new LedgerEntriesConfirmed([saved]));
    return saved;
  }

  entries(
    actor: Actor,
    collaborationId: string,
    page: PageRequest,
    filter: { status?: LedgerEntryStatus; organizationId?: string },
  ): Promise<PageResult<LedgerEntryEntity>> {
    const qb = this.db
      .repo(LedgerEntryEntity)
      .createQueryBuilder('e')
      .where('e.collaboration_id = :collaborationId', { collaborationId });
    if (filter.status) qb.andWhere('e.status = :status', { status: filter.status });
    if (filter.organizationId) {
      qb.andWhere('(e.giver_organization_id = :org OR e.receiver_organization_id = :org)', {
        org: filter.organizationId,
      });
    }
    applyAbility(qb, actor.ability, Action.Read, Subject.LedgerEntry);
    return paginate(qb, page, ['createdAt', 'id'], 'DESC');
  }

  /** Given, received and net per organization; the pair matrix; by type; by month. Confirmed only. */
  async balances(actor: Actor, collaborationId: string): Promise<Balances> {
    const metadata = this.db.manager.connection.getMetadata(LedgerEntryEntity);
    const access = abilityToSql(actor.ability, Action.Read, Subject.LedgerEntry, 'e', metadata);
    const base = `FROM ledger_entries e WHERE e.collaboration_id = :collaborationId AND e.status = 'confirmed' AND (${access.sql})`;
    const run = <T extends Record<string, unknown>>(sql: string): Promise<T[]> =>
      this.db.query<T>(sql, { ...access.params, collaborationId });
    const [organizations, pairs, byType, byMonth] = await Promise.all([
      run<{ organization_id: string; given: string; received: string; net: string }>(
        `SELECT organization_id, sum(given)::text AS given, sum(received)::text AS received, (sum(given) - sum(received))::text AS net
           FROM (SELECT e.giver_organization_id AS organization_id, e.value AS given, 0::numeric AS received ${base}
                 UNION ALL
                 SELECT e.receiver_organization_id, 0, e.value ${base} AND e.receiver_organization_id IS NOT NULL) x
          GROUP BY organization_id ORDER BY organization_id`,
      ),
      run<{ giver: string; receiver: string | null; value: string }>(
        `SELECT e.giver_organization_id AS giver, e.receiver_organization_id AS receiver, sum(e.value)::text AS value ${base}
          GROUP BY 1, 2 ORDER BY 1, 2`,
      ),
      run<{ type: ContributionType; value: string }>(
        `SELECT e.contribution_type AS type, sum(e.value)::text AS value ${base} GROUP BY 1 ORDER BY 1`,
      ),
      run<{ month: string; value: string }>(
        `SELECT to_char(date_trunc('month', e.occurred_on), 'YYYY-MM') AS month, sum(e.value)::text AS value ${base} GROUP BY 1 ORDER BY 1`,
      ),
    ]);
    return {
      organizations: organizations.map((o) => ({
        organizationId: o.organization_id,
        given: o.given,
        received: o.received,
        net: o.net,
      })),
      pairs: pairs.map((p) => ({
        giverOrganizationId: p.giver,
        receiverOrganizationId: p.receiver,
        value: p.value,
      })),
      byType: byType.map((t) => ({ contributionType: t.type, value: t.value })),
      byMonth,
    };
  }
}
