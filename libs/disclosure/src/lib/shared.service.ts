import { Injectable } from '@nestjs/common';
import { Actor, applyAbility } from '@alianza/authz';
import { Db } from '@alianza/db';
import { Action, AppError, present, Subject } from '@alianza/shared';
import { AuditService } from './audit.service';
import { GrantEntity } from './entities/grant.entity';
import { ItemField, ItemVersionEntity } from './entities/item-version.entity';
import { redactBody, visibleFields } from './redaction';

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

/** The columns the list query selects next to the grant. */
interface SharedRow {
  v_title: string;
  v_version: number;
  v_rule: string;
  a_name: string;
  owner_name: string;
  recipient_name: string;
  c_title: string;
  total_count: string;
}

export interface SharedPage {
  nodes: SharedEntry[];
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export interface RedactedContent {
  body: string;
  fields: ItemField[];
  redactedFieldCount: number;
  redactedSpanCount: number;
}

function encodeCursor(createdAt: Date, id: string): string {
  return Buffer.from(JSON.stringify([createdAt.toISOString(), id])).toString('base64url');
}

function decodeCursor(cursor: string): [string, string] {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'string'))
      return value as [string, string];
  } catch {
    // fall through
  }
  throw AppError.badInput('"after" is not a cursor this list handed out.', { field: 'after' });
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
    const activeMine = actor.access.myParticipations.filter((p) => p.active).map((p) => p.id);
    const qb = this.db
      .repo(GrantEntity)
      .createQueryBuilder('g')
      .innerJoin('item_versions', 'v', 'v.id = g.item_version_id')
      .innerJoin('areas', 'a', 'a.id = g.area_id')
      .innerJoin('organizations', 'owner', 'owner.id = g.owner_organization_id')
      .innerJoin('organizations', 'recipient', 'recipient.id = g.recipient_organization_id')
      .innerJoin('collaborations', 'c', 'c.id = g.collaboration_id')
      .addSelect(['v.title AS v_title', 'v.version AS v_version', 'v.third_party_rule AS v_rule'])
      .addSelect([
        'a.name AS a_name',
        'owner.name AS owner_name',
        'recipient.name AS recipient_name',
        'c.title AS c_title',
      ])
      .addSelect('count(*) OVER ()', 'total_count')
      // What a recipient may read, stated outright as well as through the ability.
      .where('g.recipient_participation_id = ANY(:activeMine)', { activeMine })
      .andWhere('g.revoked_at IS NULL')
      .andWhere('(g.valid_until IS NULL OR g.valid_until > now())');
    applyAbility(qb, actor.ability, Action.Read, Subject.Grant);
    if (filter.collaborationId)
      qb.andWhere('g.collaboration_id = :cid', { cid: filter.collaborationId });
    if (filter.areaId) qb.andWhere('g.area_id = :areaId', { areaId: filter.areaId });
    if (filter.ownerOrganizationId)
      qb.andWhere('g.owner_organization_id = :owner', { owner: filter.ownerOrganizationId });
    const countQuery = page.after ? qb.clone() : undefined;
    if (page.after) {
      const [createdAt, id] = decodeCursor(page.after);
      qb.andWhere('(g.created_at, g.id) < (CAST(:cAt AS timestamptz), CAST(:cId AS uuid))', {
        cAt: createdAt,
        cId: id,
      });
    }
    qb.orderBy('g.created_at', 'DESC')
      .addOrderBy('g.id', 'DESC')
      .limit(page.first + 1);
    const { entities, raw } = await qb.getRawAndEntities();
    const rows = entities.map((grant, i) => {
      const r = raw[i] as SharedRow;
      return {
        grant,
        title: r.v_title,
        version: Number(r.v_version),
        thirdPartyRule: r.v_rule,
        areaName: r.a_name,
        ownerName: r.owner_name,
        recipientName: r.recipient_name,
        collaborationTitle: r.c_title,
        total: Number(r.total_count),
      };
    });
    const hasNextPage = rows.length > page.first;
    const nodes = hasNextPage ? rows.slice(0, page.first) : rows;
    const last = nodes[nodes.length - 1];
    // The first page gets its total from the window count, in the same query; later pages,
    // whose window covers only the rest, count separately.
    const totalCount = countQuery ? await countQuery.getCount() : (rows[0]?.total ?? 0);
    return {
      nodes,
      totalCount,
      pageInfo: {
        hasNextPage,
        endCursor: last ? encodeCursor(last.grant.createdAt, last.grant.id) : null,
      },
    };
  }

  /**
   * The approved content of grants the actor may read, redacted on the server. Each read is
   * recorded in the collaboration's audit log (who, when, which grant).
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
      .andWhere('g.revoked_at IS NULL')
      .andWhere('(g.valid_until IS NULL OR g.valid_until > now())');
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
    const byCollaboration = new Map<string, GrantEntity[]>();
    for (const grant of grants) {
      const version = present(byId.get(grant.itemVersionId), 'granted item version');
      result.set(grant.id, {
        body: redactBody(version.body, grant.redaction.spans),
        fields: visibleFields(version.fields, grant.redaction.fieldKeys),
        redactedFieldCount: grant.redaction.fieldKeys.length,
        redactedSpanCount: grant.redaction.spans.length,
      });
      byCollaboration.set(grant.collaborationId, [
        ...(byCollaboration.get(grant.collaborationId) ?? []),
        grant,
      ]);
    }
    for (const [collaborationId, read] of byCollaboration) {
      await this.audit.append(
        collaborationId,
        read.map((grant) => ({
          action: 'grant.read',
          actorUserId: actor.viewer?.userId ?? null,
          subjectType: 'Grant',
          subjectId: grant.id,
          organizationId: grant.ownerOrganizationId,
          counterpartOrganizationId: grant.recipientOrganizationId,
          payload: {
            reference: grant.reference,
            recipientOrganizationId: grant.recipientOrganizationId,
            ...(viewAs ? { viewAs } : {}),
          },
        })),
      );
    }
    return result;
  }
}
