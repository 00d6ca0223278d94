import { Injectable } from '@nestjs/common';
import {
  abilityToSql,
  activeParticipationsOf,
  Actor,
  applyAbility,
  appRowFilter,
} from '@alianza/authz';
import { Db, snakeCase } from '@alianza/db';
import { afterCursor, encodeCursor } from './created-cursor';
import { Action, present, Subject } from '@alianza/shared';
import { AuditService } from '@alianza/audit';
import { GrantEntity } from './entities/grant.entity';
import { ItemField, ItemVersionEntity } from './entities/item-version.entity';
import { redactMarkdown } from '@alianza/redaction';
import { visibleFields } from './redaction';
import { grantReadEntries } from './grant-audit';

export interface SharedEntry {
  grant: GrantEntity;
  title: string;
  version: number;
  thirdPartyRule: string;
  areaName: string;
  ownerName: string;
  recipientName: string;
  collaborationTitle: string;
}

/** The grant's columns, under its property names. */
const GRANT_PROPERTIES = [
  'id',
  'reference',
  'collaborationId',
  'requestId',
  'itemId',
  'itemVersionId',
  'areaId',
  'ownerOrganizationId',
  'recipientOrganizationId',
  'recipientParticipationId',
  'redaction',
  'validUntil',
  'revokedAt',
  'createdAt',
] as const;
const GRANT_COLUMNS = GRANT_PROPERTIES.map((p) => `g.${snakeCase(p)} AS "g_${p}"`).join(', ');

function pickGrant(row: Record<string, unknown>): Partial<GrantEntity> {
  return Object.fromEntries(
    GRANT_PROPERTIES.map((p) => [p, row[`g_${p}`]]),
  ) as Partial<GrantEntity>;
}

/** The columns the list query selects next to the grant. */
interface SharedRow {
  v_title: string;
  v_version: number;
  v_rule: string;
  a_name: string;
  owner_name: string;
  recipient_name: string;
  c_title: string;
}

export interface SharedPage {
  nodes: SharedEntry[];
  /** For each node (same index), the cursor that pages after it. */
  cursors: string[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  /** Counts every match (a second query): run only when a client asks for the total. */
  countTotal: () => Promise<number>;
}

export interface RedactedContent {
  body: string;
  fields: ItemField[];
  redactedFieldCount: number;
  redactedSpanCount: number;
}

/**
 * What an organization was given: valid grants (not revoked, not expired, its participation
 * active), each in the approved, redacted form. One SQL query per page.
 */
@Injectable()
export class SharedService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
  ) {}

  async sharedWith(
    actor: Actor,
    page: { first: number; after?: string },
    filter: { collaborationId?: string; areaId?: string; ownerOrganizationId?: string },
  ): Promise<SharedPage> {
    const activeMine = activeParticipationsOf(actor);
    const metadata = this.db.manager.connection.getMetadata(GrantEntity);
    const access = abilityToSql(actor.ability, Action.Read, Subject.Grant, 'g', metadata);
    const params: Record<string, unknown> = { ...access.params, activeMine, limit: page.first + 1 };
    // What a recipient may read: grants in force (the one SQL definition, which the row
    // policies also apply), through the ability.
    const conditions = [
      appRowFilter('grant_is_live(g.revoked_at, g.valid_until)'),
      `(${access.sql})`,
    ];
    if (filter.collaborationId) {
      conditions.push('g.collaboration_id = :cid');
      params['cid'] = filter.collaborationId;
    }
    if (filter.areaId) {
      conditions.push('g.area_id = :areaId');
      params['areaId'] = filter.areaId;
    }
    if (filter.ownerOrganizationId) {
      conditions.push('g.owner_organization_id = :owner');
      params['owner'] = filter.ownerOrganizationId;
    }
    const countConditions = [...conditions];
    if (page.after)
      conditions.push(afterCursor(page.after, ['g.created_at', 'g.id'], 'DESC', params));
    // One index range scan per participation of the viewer (grants_recipient_idx), each stopping
    // after a page, merged: the cost of a page does not grow with what was ever granted.
    const sql = `
      SELECT ${GRANT_COLUMNS}, v.title AS v_title, v.version AS v_version, v.third_party_rule AS v_rule,
             a.name AS a_name, owner.name AS owner_name, recipient.name AS recipient_name, c.title AS c_title
        FROM unnest(CAST(:activeMine AS uuid[])) AS mine(participation_id)
        CROSS JOIN LATERAL (
          SELECT g.* FROM grants g
           WHERE g.recipient_participation_id = mine.participation_id AND ${conditions.join(' AND ')}
           ORDER BY g.created_at DESC, g.id DESC
           LIMIT :limit
        ) g
        JOIN item_versions v ON v.id = g.item_version_id
        JOIN areas a ON a.id = g.area_id
        JOIN organizations owner ON owner.id = g.owner_organization_id
        JOIN organizations recipient ON recipient.id = g.recipient_organization_id
        JOIN collaborations c ON c.id = g.collaboration_id
       ORDER BY g.created_at DESC, g.id DESC
       LIMIT :limit`;
    const raw = await this.db.query<SharedRow & Record<string, unknown>>(sql, params, {
      prepared: true,
    });
    const rows = raw.map((r) => ({
      grant: Object.assign(new GrantEntity(), pickGrant(r)),
      title: r.v_title,
      version: Number(r.v_version),
      thirdPartyRule: r.v_rule,
      areaName: r.a_name,
      ownerName: r.owner_name,
      recipientName: r.recipient_name,
      collaborationTitle: r.c_title,
    }));
    const hasNextPage = rows.length > page.first;
    const nodes = hasNextPage ? rows.slice(0, page.first) : rows;
    const cursors = nodes.map(({ grant }) => encodeCursor(grant.createdAt, grant.id));
    const countSql = `SELECT count(*)::int AS n FROM grants g
      WHERE g.recipient_participation_id = ANY(CAST(:activeMine AS uuid[])) AND ${countConditions.join(' AND ')}`;
    return {
      nodes,
      countTotal: async () =>
        present((await this.db.query<{ n: number }>(countSql, params))[0], 'count').n,
      cursors,
      pageInfo: { hasNextPage, endCursor: cursors.at(-1) ?? null },
    };
  }

  /**
   * The approved content of grants the actor may read, redacted on the server. Each read is
   * recorded in the collaboration's audit log: one record per page read (who, when, which
   * grants), committed before the content is answered and chained off the reader's path.
   */
  async contents(
    actor: Actor,
    grantIds: readonly string[],
    viewAs?: string,
  ): Promise<Map<string, RedactedContent>> {
    const qb = this.db
      .repo(GrantEntity)
      .createQueryBuilder('g')
      .where('g.id = ANY(:ids)', { ids: [...grantIds] })
      .andWhere(appRowFilter('grant_is_live(g.revoked_at, g.valid_until)'));
    applyAbility(qb, actor.ability, Action.Read, Subject.Grant);
    const grants = await qb.getMany();
    if (grants.length === 0) return new Map();
    const versions = await this.db
      .repo(ItemVersionEntity)
      .createQueryBuilder('v')
      .where('v.id = ANY(:ids)', { ids: [...new Set(grants.map((g) => g.itemVersionId))] })
      .getMany();
    const byId = new Map(versions.map((v) => [v.id, v]));
    const result = new Map<string, RedactedContent>();
    for (const grant of grants) {
      const version = present(byId.get(grant.itemVersionId), 'granted item version');
      result.set(grant.id, {
        body: redactMarkdown(version.body, grant.redaction.spans),
        fields: visibleFields(version.fields, grant.redaction.fieldKeys),
        redactedFieldCount: grant.redaction.fieldKeys.length,
        redactedSpanCount: grant.redaction.spans.length,
      });
    }
    const reads = grantReadEntries(grants, actor.viewer?.userId ?? null, viewAs ? { viewAs } : {});
    for (const { collaborationId, entries } of reads)
      await this.audit.appendRead(collaborationId, entries);
    return result;
  }
}
