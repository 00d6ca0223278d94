import { Injectable } from '@nestjs/common';
import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import { abilityToSql, Actor } from '@alianza/authz';
import { Db, PageRequest, PageResult } from '@alianza/db';
import { ItemFileJson, ItemFileService } from '@alianza/documents';
import { Action, present, Subject } from '@alianza/shared';
import { afterCursor, encodeCursor } from './created-cursor';
import type { ItemPreload } from './dtos/disclosure.types';
import { Redaction } from './entities/disclosure-request.entity';
import { GrantEntity } from './entities/grant.entity';
import { ItemField, ItemVersionEntity } from './entities/item-version.entity';
import { ItemEntity } from './entities/item.entity';

/** Which of each row's fields a list query asks for: the read brings those along. */
export interface ItemListSelection {
  /** `latest` or `versions`. */
  versions: boolean;
  grants: boolean;
  /** `latest { files }`. */
  latestFiles: boolean;
}

/** A listed item, with the fields the query asked for (`ItemPreload`). */
export interface ListedItem extends ItemPreload {
  item: ItemEntity;
}

/** The fields named `name` that `fields` select, through fragments. */
function subfields(info: GraphQLResolveInfo, fields: readonly FieldNode[], name: string) {
  const found: FieldNode[] = [];
  const visit = (set: SelectionSetNode | undefined): void => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === 'Field') {
        if (selection.name.value === name) found.push(selection);
      } else if (selection.kind === 'InlineFragment') visit(selection.selectionSet);
      else visit(info.fragments[selection.name.value]?.selectionSet);
    }
  };
  for (const field of fields) visit(field.selectionSet);
  return found;
}

/**
 * What an `items` query selects of its rows. A field under `@skip`/`@include` counts as asked:
 * reading it along is harmless, and a field not read here is loaded as before.
 */
export function itemListSelection(info: GraphQLResolveInfo): ItemListSelection {
  const nodes = subfields(info, info.fieldNodes, 'nodes');
  const latest = subfields(info, nodes, 'latest');
  return {
    versions: latest.length > 0 || subfields(info, nodes, 'versions').length > 0,
    grants: subfields(info, nodes, 'grants').length > 0,
    latestFiles: subfields(info, latest, 'files').length > 0,
  };
}

interface VersionJson {
  id: string;
  version: number;
  title: string;
  body: string;
  fields: ItemField[];
  thirdPartyRule: ItemVersionEntity['thirdPartyRule'];
  createdAt: string;
}

interface GrantJson {
  id: string;
  reference: string;
  requestId: string;
  itemVersionId: string;
  ownerOrganizationId: string;
  recipientOrganizationId: string;
  redaction: Redaction;
  validUntil: string | null;
  revokedAt: string | null;
  revokeReason: string | null;
  createdAt: string;
}

interface ItemRow {
  total: string;
  id: string | null;
  collaboration_id: string;
  area_id: string;
  owner_organization_id: string;
  owner_participation_id: string;
  current_version: number;
  created_by: string;
  created_at: Date;
  updated_at: Date;
  versions: VersionJson[] | null;
  grants: GrantJson[] | null;
  files: ItemFileJson[] | null;
}

const date = (value: string | null): Date | null => (value === null ? null : new Date(value));

/**
 * A page of a collaboration's items, most recently changed first, as the lists show them: the
 * page, its total and each row's versions, grants and current files in ONE statement (the
 * nested rows as json, no entity hydration), under exactly the rules of the reads each field
 * would otherwise make: items and their versions through the ability on the item, grants
 * through the ability on the grant, files through `ItemFileService.ofVersionJson`; the row
 * policies apply underneath, as to every read. Cursors are `paginate`'s over (updatedAt, id).
 */
@Injectable()
export class ItemListRead {
  constructor(
    private readonly db: Db,
    private readonly files: ItemFileService,
  ) {}

  async page(
    actor: Actor,
    collaborationId: string,
    page: PageRequest,
    filter: { areaId?: string; ownerOrganizationId?: string },
    selection: ItemListSelection,
  ): Promise<PageResult<ListedItem>> {
    const connection = this.db.manager.connection;
    const itemAccess = abilityToSql(
      actor.ability,
      Action.Read,
      Subject.Item,
      'i',
      connection.getMetadata(ItemEntity),
    );
    const params: Record<string, unknown> = {
      ...itemAccess.params,
      cid: collaborationId,
      limit: page.first + 1,
    };
    const conditions = ['i.collaboration_id = :cid', `(${itemAccess.sql})`];
    if (filter.areaId) {
      conditions.push('i.area_id = :areaId');
      params['areaId'] = filter.areaId;
    }
    if (filter.ownerOrganizationId) {
      conditions.push('i.owner_organization_id = :owner');
      params['owner'] = filter.ownerOrganizationId;
    }
    const pageConditions = [...conditions];
    if (page.after)
      pageConditions.push(afterCursor(page.after, ['i.updated_at', 'i.id'], 'DESC', params));
    // A version's readers are its item's (the row's own condition above).
    const versions = selection.versions
      ? `(SELECT json_agg(json_build_object('id', v.id, 'version', v.version, 'title', v.title,
            'body', v.body, 'fields', v.fields, 'thirdPartyRule', v.third_party_rule,
            'createdAt', v.created_at) ORDER BY v.version DESC)
           FROM item_versions v WHERE v.item_id = p.id)`
      : 'NULL';
    let grants = 'NULL';
    if (selection.grants) {
      const access = abilityToSql(
        actor.ability,
        Action.Read,
        Subject.Grant,
        'g',
        connection.getMetadata(GrantEntity),
      );
      Object.assign(params, access.params);
      grants = `(SELECT json_agg(json_build_object('id', g.id, 'reference', g.reference,
            'requestId', g.request_id, 'itemVersionId', g.item_version_id,
            'ownerOrganizationId', g.owner_organization_id,
            'recipientOrganizationId', g.recipient_organization_id, 'redaction', g.redaction,
            'validUntil', g.valid_until, 'revokedAt', g.revoked_at, 'revokeReason', g.revoke_reason,
            'createdAt', g.created_at) ORDER BY g.created_at, g.id)
           FROM grants g WHERE g.item_id = p.id AND (${access.sql}))`;
    }
    let files = 'NULL';
    if (selection.latestFiles) {
      const latest = `(SELECT lv.id FROM item_versions lv WHERE lv.item_id = p.id AND lv.version = p.current_version)`;
      const ofVersion = this.files.ofVersionJson(actor, latest);
      Object.assign(params, ofVersion.params);
      files = ofVersion.sql;
    }
    // One row even for an empty page, to carry the total (also past the last page).
    const sql = `
      SELECT t.total, p.id, p.collaboration_id, p.area_id, p.owner_organization_id,
             p.owner_participation_id, p.current_version, p.created_by, p.created_at, p.updated_at,
             ${versions} AS versions, ${grants} AS grants, ${files} AS files
        FROM (SELECT count(1) AS total FROM items i WHERE ${conditions.join(' AND ')}) t
        LEFT JOIN LATERAL (
          SELECT i.* FROM items i
           WHERE ${pageConditions.join(' AND ')}
           ORDER BY i.updated_at DESC, i.id DESC
           LIMIT :limit
        ) p ON TRUE
       ORDER BY p.updated_at DESC, p.id DESC`;
    const rows = await this.db.query<ItemRow>(sql, params, { prepared: true });
    const total = Number(present(rows[0], 'the count row').total);
    const listed = rows.flatMap((row) =>
      row.id === null ? [] : [this.listed(row, row.id, selection)],
    );
    const hasNextPage = listed.length > page.first;
    const nodes = hasNextPage ? listed.slice(0, page.first) : listed;
    const cursors = nodes.map(({ item }) => encodeCursor(item.updatedAt, item.id));
    return {
      nodes,
      cursors,
      totalCount: total,
      pageInfo: { hasNextPage, endCursor: cursors.at(-1) ?? null },
    };
  }

  private listed(row: ItemRow, id: string, selection: ItemListSelection): ListedItem {
    const item = Object.assign(new ItemEntity(), {
      id,
      collaborationId: row.collaboration_id,
      areaId: row.area_id,
      ownerOrganizationId: row.owner_organization_id,
      ownerParticipationId: row.owner_participation_id,
      currentVersion: row.current_version,
      createdBy: row.created_by,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    });
    // json_agg of no row is null: an empty list, for a field that was asked for.
    const listed: ListedItem = { item };
    if (selection.versions)
      listed.versions = (row.versions ?? []).map((v) =>
        Object.assign(new ItemVersionEntity(), v, {
          collaborationId: item.collaborationId,
          itemId: id,
          ownerOrganizationId: item.ownerOrganizationId,
          createdAt: new Date(v.createdAt),
        }),
      );
    if (selection.grants)
      listed.grants = (row.grants ?? []).map((g) =>
        Object.assign(new GrantEntity(), g, {
          collaborationId: item.collaborationId,
          itemId: id,
          validUntil: date(g.validUntil),
          revokedAt: date(g.revokedAt),
          createdAt: new Date(g.createdAt),
        }),
      );
    if (selection.latestFiles) listed.latestFiles = (row.files ?? []).map(ItemFileService.fromJson);
    return listed;
  }
}
