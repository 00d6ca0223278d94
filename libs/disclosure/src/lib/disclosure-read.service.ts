import { Injectable } from '@nestjs/common';
import { groupBy, requestListLoader, requestLoader } from '@alianza/api-core';
import { Actor, applyAbility, applyAbilityOn, facilitates, findAllowed } from '@alianza/authz';
import { Db, paginate, PageRequest, PageResult } from '@alianza/db';
import { ItemFileService } from '@alianza/documents';
import { OrganizationService } from '@alianza/organization';
import { redactMarkdown } from '@alianza/redaction';
import { Action, AppError, DisclosureStatus, present, Subject } from '@alianza/shared';
import {
  DisclosureRequestEntity,
  FileShare,
  Redaction,
} from './entities/disclosure-request.entity';
import { sharedFiles } from './file-shares';
import { GrantEntity } from './entities/grant.entity';
import { ItemField, ItemVersionEntity } from './entities/item-version.entity';
import { ItemEntity } from './entities/item.entity';
import { OverlapEntity } from './entities/overlap.entity';
import { ReciprocityCheck, ReciprocityWarning } from './reciprocity-check';
import { HiddenValueCheck } from './hidden-value-check';
import { RecipientHiddenValueLeak, visibleFields } from './redaction';

/** What a request's fields are computed from (a page's rows, or a mutation's result). */
export interface RequestRef {
  id: string;
  collaborationId: string;
  itemVersionId: string;
  status: DisclosureStatus;
  expiresAt: Date | null;
  recipientOrganizationIds: string[];
  proposedRedaction: Redaction;
}

export interface DisclosureFlags {
  reciprocity: ReciprocityWarning[];
  overlap: boolean;
  overlapIds: string[];
  expires: boolean;
  thirdPartyRule: ItemVersionEntity['thirdPartyRule'];
}

export interface RecipientPreview {
  organizationId: string;
  organizationName: string;
  content: {
    body: string;
    fields: ItemField[];
    redactedFieldCount: number;
    redactedSpanCount: number;
  };
  files: FileShare[];
}

/**
 * The read model of items and disclosure requests as the screens list them: each field a list
 * shows per row (an item's versions and grants, a request's version, flags, previews) is loaded
 * for the whole page at once, through request-scoped loaders, under the same ability as the
 * single reads it replaces (`ItemService.versions`, `request`…): a page
 * costs the same number of statements whatever its size.
 */
@Injectable()
export class DisclosureReadService {
  constructor(
    private readonly db: Db,
    private readonly organizations: OrganizationService,
    private readonly reciprocityCheck: ReciprocityCheck,
    private readonly hiddenValues: HiddenValueCheck,
    private readonly files: ItemFileService,
  ) {}

  /**
   * The version an item is at, as the item's readers see it: from its versions, which a list
   * shows too (one query for both fields).
   */
  async latestVersion(
    actor: Actor,
    item: { id: string; currentVersion: number },
  ): Promise<ItemVersionEntity> {
    const versions = await this.versions(actor, item.id);
    return present(
      versions.find((v) => v.version === item.currentVersion),
      'latest item version',
    );
  }

  /** Every version of an item, newest first (its readers only). */
  versions(actor: Actor, itemId: string): Promise<ItemVersionEntity[]> {
    return requestListLoader(actor, 'disclosure:item-versions', async (ids) => {
      const versions = await this.readableVersions(actor, 'v.item_id = ANY(:ids)', ids)
        .orderBy('v.item_id')
        .addOrderBy('v.version', 'DESC')
        .getMany();
      return groupBy(versions, (v) => v.itemId);
    }).load(itemId);
  }

  /** The version a request asks to share, unredacted (the item's readers only). */
  async requestedVersion(actor: Actor, request: RequestRef): Promise<ItemVersionEntity> {
    const loader = requestLoader(actor, 'disclosure:item-version', async (ids) => {
      const versions = await this.readableVersions(actor, 'v.id = ANY(:ids)', ids).getMany();
      return new Map(versions.map((v) => [v.id, v]));
    });
    return present(await loader.load(request.itemVersionId), 'requested version');
  }

  /** Grants on any version of an item, oldest first, as the actor may see them. */
  grantsOfItem(actor: Actor, itemId: string): Promise<GrantEntity[]> {
    return requestListLoader(actor, 'disclosure:grants-of-item', async (ids) =>
      groupBy(await this.readableGrants(actor, 'g.item_id = ANY(:ids)', ids), (g) => g.itemId),
    ).load(itemId);
  }

  /** Grants of a request (owner and facilitator: all; recipients: theirs), oldest first. */
  grantsOfRequest(actor: Actor, requestId: string): Promise<GrantEntity[]> {
    return requestListLoader(actor, 'disclosure:grants-of-request', async (ids) =>
      groupBy(
        await this.readableGrants(actor, 'g.request_id = ANY(:ids)', ids),
        (g) => g.requestId,
      ),
    ).load(requestId);
  }

  /** The queue's flags of a request; reciprocity only for its facilitator. */
  async flags(actor: Actor, request: RequestRef): Promise<DisclosureFlags> {
    const [entity, version] = await Promise.all([
      this.readableRequest(actor, request.id),
      this.requestedVersion(actor, request),
    ]);
    const [crossing, reciprocity] = await Promise.all([
      this.crossingOverlaps(actor, entity),
      facilitates(actor, entity.collaborationId) ? this.reciprocity(actor, entity) : [],
    ]);
    return {
      reciprocity,
      overlap: crossing.length > 0,
      overlapIds: crossing.map((o) => o.id),
      expires: request.expiresAt !== null,
      thirdPartyRule: version.thirdPartyRule,
    };
  }

  /**
   * Hidden fields each recipient could still read elsewhere, the files it would get included:
   * with the proposal while pending, with each grant's redaction once approved.
   */
  async hiddenValueWarnings(
    actor: Actor,
    request: RequestRef,
  ): Promise<RecipientHiddenValueLeak[]> {
    const [version, grants] = await Promise.all([
      this.requestedVersion(actor, request),
      request.status === DisclosureStatus.APPROVED
        ? this.grantsOfRequest(actor, request.id)
        : Promise.resolve([]),
    ]);
    const redactions = grants.length
      ? grants.map((g) => ({ organizationId: g.recipientOrganizationId, redaction: g.redaction }))
      : request.recipientOrganizationIds.map((organizationId) => ({
          organizationId,
          redaction: request.proposedRedaction,
        }));
    return this.hiddenValues.leaks(version, redactions, () =>
      this.files.ofVersion(actor, version.id),
    );
  }

  /** Exactly what each recipient would see, if approved as proposed. */
  async previews(actor: Actor, request: RequestRef): Promise<RecipientPreview[]> {
    const [version, names] = await Promise.all([
      this.requestedVersion(actor, request),
      Promise.all(
        request.recipientOrganizationIds.map((id) => this.organizations.visible(actor, id)),
      ),
    ]);
    const redaction = request.proposedRedaction;
    const content = {
      body: redactMarkdown(version.body, redaction.spans),
      fields: visibleFields(version.fields, redaction.fieldKeys),
      redactedFieldCount: redaction.fieldKeys.length,
      redactedSpanCount: redaction.spans.length,
    };
    return request.recipientOrganizationIds.map((organizationId, i) => ({
      organizationId,
      organizationName: names[i]?.name ?? '',
      content,
      files: sharedFiles(redaction),
    }));
  }

  /** Versions joined to their item, which the actor must be allowed to read. */
  private readableVersions(actor: Actor, condition: string, ids: readonly string[]) {
    const qb = this.db
      .repo(ItemVersionEntity)
      .createQueryBuilder('v')
      .innerJoin(ItemEntity, 'i', 'i.id = v.item_id')
      .where(condition, { ids: [...ids] });
    return applyAbilityOn(qb, actor.ability, Action.Read, Subject.Item, 'i');
  }

  private readableGrants(actor: Actor, condition: string, ids: readonly string[]) {
    const qb = this.db
      .repo(GrantEntity)
      .createQueryBuilder('g')
      .where(condition, { ids: [...ids] })
      .orderBy('g.created_at', 'ASC')
      .addOrderBy('g.id', 'ASC');
    return applyAbility(qb, actor.ability, Action.Read, Subject.Grant).getMany();
  }

  /** One request, for its readers (the owner's members, the facilitator, its recipients). */
  request(actor: Actor, id: string): Promise<DisclosureRequestEntity> {
    return findAllowed(
      this.db.manager,
      DisclosureRequestEntity,
      Subject.DisclosureRequest,
      actor,
      Action.Read,
      id,
      {
        label: 'Disclosure request',
      },
    );
  }

  /**
   * A page of a collaboration's requests, oldest first; its rows, read under the same ability
   * as `request`, serve their fields' loads of the request.
   */
  async requests(
    actor: Actor,
    collaborationId: string,
    page: PageRequest,
    filter: { status?: DisclosureStatus; itemId?: string },
  ): Promise<PageResult<DisclosureRequestEntity>> {
    const qb = this.db
      .repo(DisclosureRequestEntity)
      .createQueryBuilder('r')
      .where('r.collaboration_id = :collaborationId', { collaborationId });
    if (filter.status) {
      // A literal, not a parameter: the plan prepared for this text can then use the partial
      // index of its status (an enum comparison may not drive an index under row-level
      // security, migration QueueIndexes1795419100100). One of the enum's values, checked.
      const status = present(
        Object.values(DisclosureStatus).find((s) => s === filter.status),
        'a disclosure status',
      );
      qb.andWhere(`r.status = '${status}'`);
    }
    if (filter.itemId) qb.andWhere('r.item_id = :itemId', { itemId: filter.itemId });
    applyAbility(qb, actor.ability, Action.Read, Subject.DisclosureRequest);
    const result = await paginate(qb, page, ['createdAt', 'id'], 'ASC');
    const loader = this.requestLoader(actor);
    for (const request of result.nodes) loader.prime(request.id, request);
    return result;
  }

  /** The request loads of this request (the actor), by id, as `request` reads them. */
  private requestLoader(actor: Actor) {
    return requestLoader(actor, 'disclosure:request', async (ids) => {
      const qb = this.db
        .repo(DisclosureRequestEntity)
        .createQueryBuilder('r')
        .where('r.id = ANY(:ids)', { ids: [...ids] });
      const rows = await applyAbility(
        qb,
        actor.ability,
        Action.Read,
        Subject.DisclosureRequest,
      ).getMany();
      return new Map(rows.map((r) => [r.id, r]));
    });
  }

  /** A request as `request` reads it, with the page's others. */
  private async readableRequest(actor: Actor, id: string): Promise<DisclosureRequestEntity> {
    const request = await this.requestLoader(actor).load(id);
    if (!request) throw AppError.notFound('Disclosure request');
    return request;
  }

  /**
   * Overlaps a request currently crosses (its owner and one of its recipients both in an
   * overlap of its area: `OverlapService.crossing`), for a page of requests in one query.
   */
  private crossingOverlaps(actor: Actor, request: DisclosureRequestEntity) {
    const loader = requestListLoader(actor, 'disclosure:overlaps-of-area', async (areaIds) => {
      const overlaps = await this.db
        .repo(OverlapEntity)
        .createQueryBuilder('o')
        .where('o.area_id = ANY(:areaIds)', { areaIds: [...areaIds] })
        .orderBy('o.created_at', 'ASC')
        .getMany();
      return groupBy(overlaps, (o) => o.areaId);
    });
    return loader
      .load(request.areaId)
      .then((overlaps) =>
        overlaps.filter(
          (o) =>
            o.organizationIds.includes(request.ownerOrganizationId) &&
            o.organizationIds.some((id) => request.recipientOrganizationIds.includes(id)),
        ),
      );
  }

  /**
   * Recipients of a request over the reciprocity threshold: asked once per collaboration for
   * every recipient of the page, then each request keeps its own.
   */
  private async reciprocity(
    actor: Actor,
    request: DisclosureRequestEntity,
  ): Promise<ReciprocityWarning[]> {
    const loader = requestLoader(actor, 'disclosure:reciprocity', async (ids) => {
      const requests = await Promise.all(ids.map((id) => this.readableRequest(actor, id)));
      const found = new Map<string, ReciprocityWarning[]>();
      for (const [collaborationId, ofCollaboration] of groupBy(
        requests,
        (r) => r.collaborationId,
      )) {
        const recipients = [...new Set(ofCollaboration.flatMap((r) => r.recipientOrganizationIds))];
        const warnings = await this.reciprocityCheck.overThreshold(collaborationId, recipients);
        for (const r of ofCollaboration)
          found.set(
            r.id,
            warnings.filter((w) => r.recipientOrganizationIds.includes(w.organizationId)),
          );
      }
      return found;
    });
    return (await loader.load(request.id)) ?? [];
  }
}
