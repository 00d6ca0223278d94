import { Injectable } from '@nestjs/common';
import { groupBy, requestListLoader, requestLoader } from '@alianza/api-core';
import {
  abilityToSql,
  Actor,
  applyAbility,
  applyAbilityOn,
  facilitates,
  findAllowed,
} from '@alianza/authz';
import { Db, PageRequest, PageResult, RawEntities } from '@alianza/db';
import { ItemFileService } from '@alianza/documents';
import { OrganizationService } from '@alianza/organization';
import { redactMarkdown } from '@alianza/redaction';
import { Action, AppError, DisclosureStatus, present, Subject } from '@alianza/shared';
import {
  DisclosureRequestEntity,
  FileShare,
  Redaction,
} from './entities/disclosure-request.entity';
import { afterCursor, encodeCursor } from './created-cursor';
import { sharedFiles } from './file-shares';
import { GrantEntity } from './entities/grant.entity';
import { ItemField, ItemVersionEntity } from './entities/item-version.entity';
import { ItemEntity } from './entities/item.entity';
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
  /** The facilitator's only: null for anyone else. */
  reciprocity: ReciprocityWarning[] | null;
  reciprocityPolicy: boolean;
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
 * The overlaps a request `r` crosses (`OverlapService.crossing`): its area's overlaps holding its
 * owner and one of its recipients, oldest first.
 */
const CROSSING_OVERLAPS = `ARRAY(
  SELECT CAST(o.id AS text) FROM "overlaps" o
   WHERE o.area_id = r.area_id AND r.owner_organization_id = ANY(o.organization_ids)
     AND o.organization_ids && r.recipient_organization_ids
   ORDER BY o.created_at, o.id)`;

/**
 * The read model of items and disclosure requests as the screens list them: each field a list
 * shows per row (an item's versions and grants, a request's version, flags, previews) is loaded
 * for the whole page at once, through request-scoped loaders, under the same ability as the
 * single reads it replaces (`ItemService.versions`, `request`…): a page
 * costs the same number of statements whatever its size.
 */
@Injectable()
export class DisclosureReadService {
  private rawEntities?: {
    requests: RawEntities<DisclosureRequestEntity>;
    versions: RawEntities<ItemVersionEntity>;
  };

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
    return present(
      await this.versionLoader(actor).load(request.itemVersionId),
      'requested version',
    );
  }

  /** Versions by id, as `requestedVersion` reads them (a page of requests primes it). */
  private versionLoader(actor: Actor) {
    return requestLoader(actor, 'disclosure:item-version', async (ids) => {
      const versions = await this.readableVersions(actor, 'v.id = ANY(:ids)', ids).getMany();
      return new Map(versions.map((v) => [v.id, v]));
    });
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

  /**
   * The queue's flags of a request. The recipients over the reciprocity threshold, with their
   * balances, only for its facilitator; whoever else reads a pending request learns only that the
   * policy holds it for the facilitator.
   */
  async flags(actor: Actor, request: RequestRef): Promise<DisclosureFlags> {
    const [entity, version] = await Promise.all([
      this.readableRequest(actor, request.id),
      this.requestedVersion(actor, request),
    ]);
    const facilitator = facilitates(actor, entity.collaborationId);
    const pending = entity.status === DisclosureStatus.PENDING;
    const [crossing, reciprocity] = await Promise.all([
      this.crossingLoader(actor).load(entity.id),
      facilitator || pending ? this.reciprocity(actor, entity) : [],
    ]);
    return {
      reciprocity: facilitator ? reciprocity : null,
      reciprocityPolicy: pending && reciprocity.length > 0,
      overlap: crossing.length > 0,
      overlapIds: crossing,
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
   * A page of a collaboration's requests, oldest first, in one statement: the rows (under the
   * same ability as `request`), the page's total, each row's requested version (under the
   * item's ability, as `requestedVersion` reads it) and the overlaps each row crosses. They
   * serve the page's field loads (`itemVersion`, `flags`): the queue costs that statement, and
   * one more for its reciprocity, whatever its size.
   */
  async requests(
    actor: Actor,
    collaborationId: string,
    page: PageRequest,
    filter: { status?: DisclosureStatus; itemId?: string },
  ): Promise<PageResult<DisclosureRequestEntity>> {
    const source = this.db.manager.connection;
    const access = abilityToSql(
      actor.ability,
      Action.Read,
      Subject.DisclosureRequest,
      'r',
      source.getMetadata(DisclosureRequestEntity),
    );
    const itemAccess = abilityToSql(
      actor.ability,
      Action.Read,
      Subject.Item,
      'i',
      source.getMetadata(ItemEntity),
    );
    const params: Record<string, unknown> = {
      ...access.params,
      ...itemAccess.params,
      collaborationId,
      limit: page.first + 1,
    };
    const conditions = ['r.collaboration_id = :collaborationId', `(${access.sql})`];
    if (filter.status) {
      // A literal, not a parameter: the plan prepared for this text can then use the partial
      // index of its status (an enum comparison may not drive an index under row-level
      // security, migration QueueIndexes1795419100100). One of the enum's values, checked.
      const status = present(
        Object.values(DisclosureStatus).find((s) => s === filter.status),
        'a disclosure status',
      );
      conditions.push(`r.status = '${status}'`);
    }
    if (filter.itemId) {
      conditions.push('r.item_id = :itemId');
      params['itemId'] = filter.itemId;
    }
    const matching = conditions.join(' AND ');
    if (page.after)
      conditions.push(afterCursor(page.after, ['r.created_at', 'r.id'], 'ASC', params));
    const { requests, versions } = this.raw();
    // One row even for an empty page, to carry the total (also past the last page).
    const rows = await this.db.query<Record<string, unknown>>(
      `SELECT t.total, p.*
         FROM (SELECT count(1) AS total FROM disclosure_requests r WHERE ${matching}) t
         LEFT JOIN LATERAL (
           SELECT ${requests.select('r')}, ${versions.select('v')},
                  ${CROSSING_OVERLAPS} AS crossing
             FROM disclosure_requests r
             LEFT JOIN LATERAL (
               SELECT v.* FROM item_versions v JOIN items i ON i.id = v.item_id
                WHERE v.id = r.item_version_id AND (${itemAccess.sql})
             ) v ON TRUE
            WHERE ${conditions.join(' AND ')}
            ORDER BY r.created_at ASC, r.id ASC
            LIMIT :limit
         ) p ON TRUE
        ORDER BY p."r_createdAt" ASC, p."r_id" ASC`,
      params,
      { prepared: true },
    );
    const totalCount = Number(present(rows[0], 'the count row')['total']);
    const found = rows.filter((row) => row['r_id'] !== null);
    const hasNextPage = found.length > page.first;
    const loader = this.requestLoader(actor);
    const versionLoader = this.versionLoader(actor);
    const crossing = this.crossingLoader(actor);
    const nodes = found.slice(0, page.first).map((row) => {
      const request = present(requests.from(row), 'request row');
      loader.prime(request.id, request);
      const version = versions.from(row);
      if (version) versionLoader.prime(version.id, version);
      crossing.prime(request.id, row['crossing'] as string[]);
      return request;
    });
    const cursors = nodes.map((node) => encodeCursor(node.createdAt, node.id));
    return {
      nodes,
      cursors,
      totalCount,
      pageInfo: { hasNextPage, endCursor: cursors.at(-1) ?? null },
    };
  }

  /** How a hand-written read's rows give back requests and versions (built once). */
  private raw() {
    const source = this.db.manager.connection;
    this.rawEntities ??= {
      requests: new RawEntities(source, DisclosureRequestEntity, 'r'),
      versions: new RawEntities(source, ItemVersionEntity, 'v'),
    };
    return this.rawEntities;
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
   * overlap of its area: `OverlapService.crossing`), for a page of requests in one query (a page
   * read by `requests` primes it).
   */
  private crossingLoader(actor: Actor) {
    return requestListLoader(actor, 'disclosure:crossing-overlaps', async (ids) => {
      const rows = await this.db.query<{ id: string; crossing: string[] }>(
        `SELECT r.id, ${CROSSING_OVERLAPS} AS crossing
           FROM disclosure_requests r WHERE r.id = ANY(CAST(:ids AS uuid[]))`,
        { ids: [...ids] },
        { prepared: true },
      );
      return new Map(rows.map((r) => [r.id, r.crossing]));
    });
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
