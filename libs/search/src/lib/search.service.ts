import { Injectable } from '@nestjs/common';
import {
  abilityToSql,
  activeParticipationsOf,
  Actor,
  appRowFilter,
  type SqlFragment,
} from '@alianza/authz';
import { AuditService } from '@alianza/audit';
import { Db } from '@alianza/db';
import { grantReadEntries } from '@alianza/disclosure';
import { Action, Subject } from '@alianza/shared';
import {
  encodeOffset,
  decodeOffset,
  MATCH_END,
  MATCH_START,
  SearchHitKind,
  searchQuery,
  segmentsOf,
  type TextSegment,
} from './search-text';

export interface SearchHitRow {
  kind: SearchHitKind;
  id: string;
  collaborationId: string;
  collaborationTitle: string;
  title: string;
  titleHighlight: TextSegment[];
  highlight: TextSegment[];
  rank: number;
}

export interface SearchPage {
  nodes: SearchHitRow[];
  /** For each hit (same index), the cursor that pages after it. */
  cursors: string[];
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** One kind of record a search reads: how its matches are found, and how a hit's text is read. */
interface Branch {
  kind: SearchHitKind;
  /**
   * Where its matches come from, aliased: a `search_*_hits` function for the tables that grow
   * (their GIN index, their read policy applied inside), or the small table itself.
   */
  from: string;
  /** The match (TRUE when `from` has matched already) and its rank. */
  match: string;
  rank: string;
  id: string;
  collaborationId: string;
  /** What the viewer may read of it: the abilities compiled to SQL (and the application's filters). */
  readable: string[];
  /**
   * The page's hit read again from its table, under its row policies (`key`: the column equal to
   * the hit's id): the title, and the columns the highlight is cut from, carried as they are and
   * made text for the page only (Markdown's markup dropped, fields as `label: value`, a JSON
   * document's strings).
   */
  read: {
    from: string;
    key: string;
    title: string;
    body: string;
    extra?: string;
    fields?: string;
    doc?: string;
    markdown?: boolean;
  };
}

const OPTIONS = `StartSel=${MATCH_START}, StopSel=${MATCH_END}`;
/** Two passages of up to 24 words around the matches. */
const SNIPPET = `${OPTIONS}, MaxFragments=2, MaxWords=24, MinWords=8, FragmentDelimiter=" … "`;
const WHOLE = `${OPTIONS}, HighlightAll=true`;
/** The text of a page's hit: Markdown's markup characters left out (the words stay). */
const PAGE_TEXT = `concat_ws(E'\\n',
  CASE WHEN t.markdown THEN regexp_replace(t.body, '[*_#>\`~]+', '', 'g') ELSE t.body END,
  t.extra, NULLIF(public.search_fields_text(t.fields), ''),
  NULLIF(public.search_json_text(t.doc), ''))`;

/**
 * Full-text search over everything the viewer may read, ranked (docs/adr/0038-search.md): one
 * SQL statement, one branch per kind of record, each under the viewer's abilities compiled to
 * SQL (and the row policies of its tables); the highlights are cut for the page only.
 */
@Injectable()
export class SearchService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
  ) {}

  async search(
    actor: Actor,
    args: { query: string; collaborationId?: string; first: number; after?: string },
  ): Promise<SearchPage> {
    const query = searchQuery(args.query);
    const offset = args.after ? decodeOffset(args.after) : 0;
    const params: Record<string, unknown> = {
      query,
      limit: args.first + 1,
      offset,
      snippet: SNIPPET,
      whole: WHOLE,
    };
    const branches = this.branches(actor, params).filter((b) => !b.readable.includes('FALSE'));
    if (branches.length === 0)
      return {
        nodes: [],
        cursors: [],
        totalCount: 0,
        pageInfo: { hasNextPage: false, endCursor: null },
      };
    if (args.collaborationId) params['cid'] = args.collaborationId;
    const union = branches
      .map(
        (
          b,
        ) => `SELECT '${b.kind}'::text AS kind, ${b.id} AS id, ${b.collaborationId} AS collaboration_id,
                  ${b.rank} AS rank
             FROM ${b.from}
            WHERE ${[b.match, ...b.readable.map((a) => `(${a})`), ...(args.collaborationId ? [`${b.collaborationId} = :cid`] : [])].join(' AND ')}`,
      )
      .join('\n UNION ALL\n');
    // The page's hits only: each read from its own table (the branch of its kind runs, the
    // others stop at their one-time filter), under the row policies.
    const texts = branches
      .map(
        ({ kind, read: r }) => `SELECT (${r.title})::text AS title, (${r.body})::text AS body,
                  (${r.extra ?? 'NULL'})::text AS extra, (${r.fields ?? 'NULL'})::jsonb AS fields,
                  (${r.doc ?? 'NULL'})::jsonb AS doc, ${r.markdown ? 'TRUE' : 'FALSE'} AS markdown
             FROM ${r.from}
            WHERE page.kind = '${kind}' AND ${r.key} = page.id`,
      )
      .join('\n UNION ALL\n');
    const headline = (config: 'es' | 'en', source: string, options: string) =>
      `ts_headline('public.alianza_${config}'::regconfig, ${source}, websearch_to_tsquery('public.alianza_${config}'::regconfig, :query), ${options})`;
    const either = (source: string, options: string) =>
      `CASE WHEN strpos(${headline('es', source, options)}, '${MATCH_START}') > 0
            THEN ${headline('es', source, options)} ELSE ${headline('en', source, options)} END`;
    const sql = `
      WITH q AS (SELECT public.search_query(:query) AS q),
      hits AS (${union}),
      page AS (SELECT hits.*, count(*) OVER () AS total FROM hits
                ORDER BY rank DESC, kind, id LIMIT :limit OFFSET :offset)
      SELECT page.kind, page.id, page.collaboration_id AS "collaborationId", c.title AS "collaborationTitle",
             t.title, page.rank, page.total,
             ${either('s.title', ':whole')} AS "titleMarked",
             ${either('s.text', ':snippet')} AS "textMarked"
        FROM page
        JOIN collaborations c ON c.id = page.collaboration_id
        CROSS JOIN LATERAL (${texts}) t
        CROSS JOIN LATERAL (SELECT translate(t.title, '${MATCH_START}${MATCH_END}', '') AS title,
                                   translate(${PAGE_TEXT}, '${MATCH_START}${MATCH_END}', '') AS text) s
       ORDER BY page.rank DESC, page.kind, page.id`;
    const rows = await this.db.query<{
      kind: SearchHitKind;
      id: string;
      collaborationId: string;
      collaborationTitle: string;
      title: string;
      rank: number;
      total: string;
      titleMarked: string;
      textMarked: string;
    }>(sql, params, { prepared: true });
    const hasNextPage = rows.length > args.first && offset + args.first < 1_000;
    const nodes = rows.slice(0, args.first).map((r) => ({
      kind: r.kind,
      id: r.id,
      collaborationId: r.collaborationId,
      collaborationTitle: r.collaborationTitle,
      title: r.title,
      rank: Number(r.rank),
      titleHighlight: segmentsOf(r.titleMarked),
      highlight: segmentsOf(r.textMarked),
    }));
    await this.recordSharedReads(actor, nodes);
    const cursors = nodes.map((_, i) => encodeOffset(offset + i + 1));
    return {
      nodes,
      cursors,
      // Every hit is ranked before the page is cut: counting them costs nothing more.
      totalCount: rows[0] ? Number(rows[0].total) : offset,
      pageInfo: {
        hasNextPage,
        endCursor: cursors.at(-1) ?? null,
      },
    };
  }

  /** The kinds of record, each with what the viewer may read of it (FALSE: nothing). */
  private branches(actor: Actor, params: Record<string, unknown>): Branch[] {
    const access = (action: Action, subject: Subject, alias: string, table: string): string => {
      const metadata = this.db.manager.connection.getMetadata(table);
      const fragment: SqlFragment = abilityToSql(actor.ability, action, subject, alias, metadata);
      Object.assign(params, fragment.params);
      return fragment.sql;
    };
    const activeMine = activeParticipationsOf(actor);
    params['activeMine'] = activeMine;
    const delivered = access(
      Action.Read,
      Subject.PublicationDelivery,
      'd',
      'publication_deliveries',
    );
    const publication = access(Action.Read, Subject.Publication, 'p', 'publications');
    /** A small table: its GIN expression index, ranked by recomputing the matched rows' vectors. */
    const small = (from: string, vector: string) => ({
      from,
      match: `${vector} @@ (SELECT q FROM q)`,
      rank: `ts_rank(${vector}, (SELECT q FROM q))`,
    });
    const found = (fn: string, alias: string) => ({
      from: `public.${fn}((SELECT q FROM q)) ${alias}`,
      match: 'TRUE',
      rank: `${alias}.rank`,
    });
    return [
      {
        kind: SearchHitKind.ITEM,
        ...found('search_item_hits', 'i'),
        id: 'i.id',
        collaborationId: 'i.collaboration_id',
        readable: [access(Action.Read, Subject.Item, 'i', 'items')],
        read: {
          from: 'items i JOIN item_versions v ON v.item_id = i.id AND v.version = i.current_version',
          key: 'i.id',
          title: 'v.title',
          body: 'v.body',
          fields: 'v.fields',
          markdown: true,
        },
      },
      {
        // Only the recipient's own text of a grant in force: what redaction left (never the
        // version's), through the grant's ability.
        kind: SearchHitKind.SHARED_ITEM,
        ...found('search_shared_hits', 'g'),
        id: 'g.id',
        collaborationId: 'g.collaboration_id',
        readable: [
          activeMine.length
            ? 'g.recipient_participation_id = ANY(CAST(:activeMine AS uuid[]))'
            : 'FALSE',
          appRowFilter('grant_is_live(g.revoked_at, g.valid_until)'),
          access(Action.Read, Subject.Grant, 'g', 'grants'),
        ],
        read: {
          from: 'search_shared_texts s',
          key: 's.grant_id',
          title: 's.title',
          body: 's.body',
          extra: 's.fields',
        },
      },
      {
        kind: SearchHitKind.PUBLICATION,
        ...small('publications p', 'public.search_vector(p.title, p.body)'),
        id: 'p.id',
        collaborationId: 'p.collaboration_id',
        readable: [
          publication === 'FALSE' && delivered === 'FALSE'
            ? 'FALSE'
            : `${publication} OR EXISTS (SELECT 1 FROM publication_deliveries d
                 WHERE d.publication_id = p.id AND (${delivered}))`,
        ],
        read: {
          from: 'publications p',
          key: 'p.id',
          title: 'p.title',
          body: 'p.body',
          markdown: true,
        },
      },
      {
        kind: SearchHitKind.QUESTION,
        ...small('questions q', 'public.search_vector(q.subject, q.body, q.answer)'),
        id: 'q.id',
        collaborationId: 'q.collaboration_id',
        readable: [access(Action.Read, Subject.Question, 'q', 'questions')],
        read: {
          from: 'questions q',
          key: 'q.id',
          title: 'coalesce(q.subject, left(q.body, 120))',
          body: 'q.body',
          extra: 'q.answer',
        },
      },
      {
        kind: SearchHitKind.PUBLISHED_ANSWER,
        ...small('published_answers pa', 'public.search_vector(pa.question, pa.answer)'),
        id: 'pa.id',
        collaborationId: 'pa.collaboration_id',
        readable: [access(Action.Read, Subject.PublishedAnswer, 'pa', 'published_answers')],
        read: {
          from: 'published_answers pa',
          key: 'pa.id',
          title: 'left(pa.question, 120)',
          body: 'pa.question',
          extra: 'pa.answer',
        },
      },
      {
        kind: SearchHitKind.OBJECTIVE,
        ...small('plan_objectives o', 'public.search_vector(o.title, o.description)'),
        id: 'o.id',
        collaborationId: 'o.collaboration_id',
        readable: [access(Action.Read, Subject.Plan, 'o', 'plan_objectives')],
        read: { from: 'plan_objectives o', key: 'o.id', title: 'o.title', body: 'o.description' },
      },
      {
        kind: SearchHitKind.MILESTONE,
        ...small('plan_milestones m', 'public.search_vector(m.title, m.description)'),
        id: 'm.id',
        collaborationId: 'm.collaboration_id',
        readable: [access(Action.Read, Subject.Milestone, 'm', 'plan_milestones')],
        read: { from: 'plan_milestones m', key: 'm.id', title: 'm.title', body: 'm.description' },
      },
      {
        kind: SearchHitKind.TASK,
        ...small('plan_tasks t', 'public.search_vector(t.title, t.description, t.blocked_reason)'),
        id: 't.id',
        collaborationId: 't.collaboration_id',
        readable: [access(Action.Read, Subject.Task, 't', 'plan_tasks')],
        read: {
          from: 'plan_tasks t',
          key: 't.id',
          title: 't.title',
          body: 't.description',
          extra: 't.blocked_reason',
        },
      },
      {
        kind: SearchHitKind.AUDIT_RECORD,
        ...found('search_audit_hits', 'r'),
        id: 'r.id',
        collaborationId: 'r.collaboration_id',
        readable: [access(Action.Search, Subject.AuditRecord, 'r', 'audit_records')],
        read: {
          from: 'audit_records r',
          key: 'r.id',
          title: 'r.action',
          body: 'r.subject_type',
          doc: 'r.payload',
        },
      },
    ];
  }

  /**
   * A highlight shows shared content: each page with shared items is recorded as their read,
   * as reading them is (`grant.read`, one record per reading participation and owner).
   */
  private async recordSharedReads(actor: Actor, nodes: SearchHitRow[]): Promise<void> {
    const ids = nodes.filter((n) => n.kind === SearchHitKind.SHARED_ITEM).map((n) => n.id);
    if (ids.length === 0) return;
    const grants = await this.db.query<{
      id: string;
      reference: string;
      collaborationId: string;
      ownerOrganizationId: string;
      recipientOrganizationId: string;
      recipientParticipationId: string;
    }>(
      `SELECT id, reference, collaboration_id AS "collaborationId",
              owner_organization_id AS "ownerOrganizationId",
              recipient_organization_id AS "recipientOrganizationId",
              recipient_participation_id AS "recipientParticipationId"
         FROM grants WHERE id = ANY(CAST(:ids AS uuid[]))`,
      { ids },
    );
    const reads = grantReadEntries(grants, actor.viewer?.userId ?? null, { searched: true });
    for (const { collaborationId, entries } of reads)
      await this.audit.appendRead(collaborationId, entries);
  }
}
