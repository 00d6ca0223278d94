import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@alianza/api-core';
import { AuditService } from '@alianza/audit';
import { Actor, applyAbility, canOn, requireViewer } from '@alianza/authz';
import { CollaborationService, lockOpenCollaboration } from '@alianza/collaboration';
import { Db, pageInMemory, PageRequest, PageResult } from '@alianza/db';
import { AreaEntity, AreaService } from '@alianza/disclosure';
import { NotificationService } from '@alianza/notification';
import { Action, AppError, NotificationKind, Subject } from '@alianza/shared';
import { createHmac, randomBytes } from 'node:crypto';
import { In } from 'typeorm';
import { ActivityDeclarationEntity } from './entities/activity-declaration.entity';
import { ActivityDimension, ActivityOptionEntity } from './entities/activity-option.entity';
import { ActivitySecretEntity } from './entities/activity-secret.entity';
import { CustomerListEntity } from './entities/customer-list.entity';
import { CUSTOMER_LIST_LIMITS, hashIdentifier, parseCustomerList } from './customer-identifiers';

/** Most options in one list (one area, one dimension). */
export const MAX_OPTIONS_PER_LIST = 100;

export interface AreaDeclaration {
  areaId: string;
  optionIds: string[];
}

export interface MyActivity {
  organizationId: string;
  declarations: AreaDeclaration[];
  customerLists: CustomerListEntity[];
}

export interface CustomerListUpload {
  content: string;
  fileName?: string | null;
  organizationId?: string;
}

/** Case- and space-insensitive identity of an option label. */
const labelKey = (label: string): string => label.normalize('NFKC').toLowerCase();

/**
 * Declared activity: the option lists the facilitator sets per area (markets, segments,
 * products) and what each organization declares privately — the options that apply to it and
 * its customer list, kept only as keyed hashes. Nobody but the organization reads them back;
 * the facilitator compares them in aggregate (`OverlapDetectionService`).
 */
@Injectable()
export class ActivityService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly collaborations: CollaborationService,
    private readonly areas: AreaService,
    private readonly notifications: NotificationService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The option lists of a collaboration (or of one area), by area, dimension and position. */
  async options(
    actor: Actor,
    collaborationId: string,
    areaId?: string,
  ): Promise<ActivityOptionEntity[]> {
    await this.collaborations.get(actor, collaborationId);
    const qb = this.db
      .repo(ActivityOptionEntity)
      .createQueryBuilder('o')
      .innerJoin(AreaEntity, 'a', 'a.id = o.area_id')
      .where('o.collaboration_id = :collaborationId', { collaborationId })
      .orderBy('a.position', 'ASC')
      .addOrderBy('a.created_at', 'ASC')
      .addOrderBy('o.dimension', 'ASC')
      .addOrderBy('o.position', 'ASC');
    if (areaId) qb.andWhere('o.area_id = :areaId', { areaId });
    return applyAbility(qb, actor.ability, Action.Read, Subject.ActivityOption).getMany();
  }

  /** A page of `options`, in its order (by area, dimension and position). */
  async optionsPage(
    actor: Actor,
    collaborationId: string,
    page: PageRequest,
    areaId?: string,
  ): Promise<PageResult<ActivityOptionEntity>> {
    return pageInMemory(await this.options(actor, collaborationId, areaId), page, (o) => o.id);
  }

  /**
   * The facilitator replaces one list (area × dimension) with `labels`, in that order. Options
   * whose label stays (ignoring case) keep their declarations; removed options take their
   * declarations with them, and the organizations that had declared them are told (the
   * facilitator is not: who declared what stays private).
   */
  async setOptions(
    actor: Actor,
    areaId: string,
    dimension: ActivityDimension,
    labels: string[],
  ): Promise<ActivityOptionEntity[]> {
    const viewer = requireViewer(actor);
    const area = await this.areas.get(actor, areaId);
    const collaborationId = area.collaborationId;
    if (!canOn(actor, Action.Update, Subject.ActivityOption, { collaborationId }))
      throw AppError.forbidden('Only the facilitator sets the activity lists.');
    await lockOpenCollaboration(this.db, actor, Action.Update, collaborationId);
    const wanted = this.cleanLabels(labels);

    const repo = this.db.repo(ActivityOptionEntity);
    const current = await repo.find({
      where: { areaId, dimension },
      lock: { mode: 'pessimistic_write' },
    });
    const byKey = new Map(current.map((o) => [labelKey(o.label), o]));
    const keep = new Set(wanted.map(labelKey));
    const removed = current.filter((o) => !keep.has(labelKey(o.label)));

    let affected: string[] = [];
    if (removed.length > 0) {
      const ids = removed.map((o) => o.id);
      affected = (
        await this.db.query<{ organization_id: string }>(
          // Declarations are their organizations' own: the database names who declared.
          `SELECT organization_id FROM alianza_rls.organizations_declaring(:ids) AS organization_id`,
          { ids },
        )
      ).map((r) => r.organization_id);
      await repo.delete({ id: In(ids) });
    }
    const saved = await repo.save(
      wanted.map((label, position) => {
        const existing = byKey.get(labelKey(label));
        return existing
          ? Object.assign(existing, { label, position })
          : repo.create({ collaborationId, areaId, dimension, label, position });
      }),
    );
    await this.audit.append(collaborationId, [
      {
        action: 'activity.options_set',
        actorUserId: viewer.userId,
        subjectType: 'Area',
        subjectId: areaId,
        payload: {
          dimension,
          labels: wanted,
          added: wanted.filter((l) => !byKey.has(labelKey(l))).length,
          removed: removed.map((o) => o.label),
        },
      },
    ]);
    if (affected.length > 0) {
      await this.notifications.notifyOrganizations(affected, {
        collaborationId,
        kind: NotificationKind.ACTIVITY_DECLARATION_CHANGED,
        title: `The facilitator removed options you had declared in "${area.name}": review your activity.`,
        subject: area.name,
        payload: { areaId },
      });
    }
    return saved;
  }

  private cleanLabels(labels: string[]): string[] {
    const cleaned = labels.map((l) => l.normalize('NFKC').replace(/\s+/g, ' ').trim());
    if (cleaned.some((l) => !l))
      throw AppError.badInput('An option needs a label.', { field: 'labels' });
    if (cleaned.length > MAX_OPTIONS_PER_LIST)
      throw AppError.badInput(`A list holds at most ${MAX_OPTIONS_PER_LIST} options.`, {
        field: 'labels',
      });
    const seen = new Set<string>();
    for (const label of cleaned) {
      if (seen.has(labelKey(label)))
        throw AppError.badInput(`Each option appears once: "${label}" is repeated.`, {
          field: 'labels',
        });
      seen.add(labelKey(label));
    }
    return cleaned;
  }

  /**
   * The organization the actor declares for in this collaboration: the one named, or its
   * active participation. FORBIDDEN unless the actor may do `action` on `subject` for it.
   */
  private async declarant(
    actor: Actor,
    collaborationId: string,
    action: Action,
    subject: Subject.ActivityDeclaration | Subject.CustomerList,
    organizationId?: string,
  ): Promise<string> {
    return this.collaborations.actingOrganizationFor(
      actor,
      collaborationId,
      { action, subject, owner: 'organizationId', named: organizationId },
      'Only members of an active participant declare its activity, and only their own.',
    );
  }

  /** What the actor's organization declared in this collaboration: its own, nobody else's. */
  async mine(actor: Actor, collaborationId: string, organizationId?: string): Promise<MyActivity> {
    const organization = await this.declarant(
      actor,
      collaborationId,
      Action.Read,
      Subject.ActivityDeclaration,
      organizationId,
    );
    const declarations = await applyAbility(
      this.db
        .repo(ActivityDeclarationEntity)
        .createQueryBuilder('d')
        .where('d.collaboration_id = :collaborationId', { collaborationId })
        .andWhere('d.organization_id = :organization', { organization })
        .orderBy('d.area_id')
        .addOrderBy('d.option_id'),
      actor.ability,
      Action.Read,
      Subject.ActivityDeclaration,
    ).getMany();
    const customerLists = await applyAbility(
      this.db
        .repo(CustomerListEntity)
        .createQueryBuilder('l')
        .where('l.collaboration_id = :collaborationId', { collaborationId })
        .andWhere('l.organization_id = :organization', { organization })
        .orderBy('l.uploaded_at', 'ASC'),
      actor.ability,
      Action.Read,
      Subject.CustomerList,
    ).getMany();
    const byArea = new Map<string, string[]>();
    for (const d of declarations)
      byArea.set(d.areaId, [...(byArea.get(d.areaId) ?? []), d.optionId]);
    return {
      organizationId: organization,
      declarations: [...byArea].map(([areaId, optionIds]) => ({ areaId, optionIds })),
      customerLists,
    };
  }

  /** Replaces what the organization declares in an area with these options of the area's lists. */
  async declare(
    actor: Actor,
    areaId: string,
    optionIds: string[],
    organizationId?: string,
  ): Promise<AreaDeclaration> {
    const viewer = requireViewer(actor);
    const area = await this.areas.get(actor, areaId);
    const collaborationId = area.collaborationId;
    const organization = await this.declarant(
      actor,
      collaborationId,
      Action.Create,
      Subject.ActivityDeclaration,
      organizationId,
    );
    await lockOpenCollaboration(this.db, actor, Action.Read, collaborationId);
    const ids = [...new Set(optionIds.map((id) => id.toLowerCase()))].sort();
    const found = ids.length
      ? await this.db.repo(ActivityOptionEntity).count({ where: { id: In(ids), areaId } })
      : 0;
    if (found !== ids.length)
      throw AppError.badInput('Every option must come from the lists of this area.', {
        field: 'optionIds',
      });
    const repo = this.db.repo(ActivityDeclarationEntity);
    await repo.delete({ areaId, organizationId: organization });
    await repo.insert(
      ids.map((optionId) => ({
        optionId,
        organizationId: organization,
        collaborationId,
        areaId,
        declaredBy: viewer.userId,
      })),
    );
    // Counts only: the audit trail is the facilitator's to read, the declaration is not.
    await this.audit.append(collaborationId, [
      {
        action: 'activity.declared',
        actorUserId: viewer.userId,
        subjectType: 'Area',
        subjectId: areaId,
        organizationId: organization,
        payload: { options: ids.length },
      },
    ]);
    return { areaId, optionIds: ids };
  }

  /**
   * Takes an organization's customer list for an area as text, keeps only the keyed hashes of
   * its normalized identifiers and a summary, and replaces the previous list. The text itself
   * is never stored, logged or audited.
   */
  async uploadCustomerList(
    actor: Actor,
    areaId: string,
    input: CustomerListUpload,
  ): Promise<CustomerListEntity> {
    const viewer = requireViewer(actor);
    const area = await this.areas.get(actor, areaId);
    const collaborationId = area.collaborationId;
    const organization = await this.declarant(
      actor,
      collaborationId,
      Action.Create,
      Subject.CustomerList,
      input.organizationId,
    );
    if (Buffer.byteLength(input.content, 'utf8') > CUSTOMER_LIST_LIMITS.bytes)
      throw AppError.badInput('The file is larger than 2 MB: split it or keep one column.', {
        field: 'content',
      });
    const parsed = parseCustomerList(input.content);
    if (parsed.identifiers.length === 0)
      throw AppError.badInput(
        'No customer identifier found: put one tax id, web domain or email per line (or in the first column).',
        { field: 'content', rejected: parsed.rejected },
      );
    if (parsed.identifiers.length > CUSTOMER_LIST_LIMITS.identifiers)
      throw AppError.badInput(
        `A list holds at most ${CUSTOMER_LIST_LIMITS.identifiers} identifiers; this one has ${parsed.identifiers.length}.`,
        { field: 'content' },
      );
    await lockOpenCollaboration(this.db, actor, Action.Read, collaborationId);
    const key = await this.keyOf(collaborationId);
    const repo = this.db.repo(CustomerListEntity);
    await repo.delete({ areaId, organizationId: organization });
    const list = await repo.save(
      repo.create({
        collaborationId,
        areaId,
        organizationId: organization,
        fileName: input.fileName?.trim() || null,
        accepted: parsed.identifiers.length,
        duplicates: parsed.duplicates,
        rejected: parsed.rejected,
        uploadedBy: viewer.userId,
      }),
    );
    const hashes = parsed.identifiers.map((id) => hashIdentifier(key, id).toString('hex'));
    for (let i = 0; i < hashes.length; i += 10_000) {
      await this.db.manager.query(
        `INSERT INTO customer_hashes (list_id, hash, collaboration_id, area_id, organization_id)
         SELECT $1, decode(h, 'hex'), $2, $3, $4 FROM unnest($5::text[]) AS h`,
        [list.id, collaborationId, areaId, organization, hashes.slice(i, i + 10_000)],
      );
    }
    await this.audit.append(collaborationId, [
      {
        action: 'activity.customer_list_uploaded',
        actorUserId: viewer.userId,
        subjectType: 'CustomerList',
        subjectId: list.id,
        organizationId: organization,
        payload: {
          areaId,
          accepted: list.accepted,
          duplicates: list.duplicates,
          rejected: list.rejected,
        },
      },
    ]);
    return list;
  }

  /** Deletes the organization's customer list of an area (and every hash of it). */
  async removeCustomerList(
    actor: Actor,
    areaId: string,
    organizationId?: string,
  ): Promise<CustomerListEntity> {
    const viewer = requireViewer(actor);
    const area = await this.areas.get(actor, areaId);
    const collaborationId = area.collaborationId;
    const organization = await this.declarant(
      actor,
      collaborationId,
      Action.Delete,
      Subject.CustomerList,
      organizationId,
    );
    await lockOpenCollaboration(this.db, actor, Action.Read, collaborationId);
    const list = await applyAbility(
      this.db
        .repo(CustomerListEntity)
        .createQueryBuilder('l')
        .where('l.area_id = :areaId', { areaId })
        .andWhere('l.organization_id = :organization', { organization })
        .setLock('pessimistic_write'),
      actor.ability,
      Action.Delete,
      Subject.CustomerList,
    ).getOne();
    if (!list) throw AppError.notFound('Customer list');
    await this.db.repo(CustomerListEntity).delete({ id: list.id });
    await this.audit.append(collaborationId, [
      {
        action: 'activity.customer_list_removed',
        actorUserId: viewer.userId,
        subjectType: 'CustomerList',
        subjectId: list.id,
        organizationId: organization,
        payload: { areaId },
      },
    ]);
    return list;
  }

  /**
   * The collaboration's HMAC key: 32 random bytes made on first use and kept in the database,
   * mixed with the server's CUSTOMER_HASH_SECRET when one is configured (then the database alone
   * is not enough to test guesses). Never leaves the server.
   */
  private async keyOf(collaborationId: string): Promise<Buffer> {
    await this.db.manager.query(
      `INSERT INTO activity_secrets (collaboration_id, hmac_key) VALUES ($1, $2)
       ON CONFLICT (collaboration_id) DO NOTHING`,
      [collaborationId, randomBytes(32)],
    );
    const stored = await this.db
      .repo(ActivitySecretEntity)
      .findOneOrFail({ where: { collaborationId } });
    const serverSecret = this.config.customerHashSecret;
    return serverSecret
      ? createHmac('sha256', serverSecret).update(stored.hmacKey).digest()
      : stored.hmacKey;
  }
}
