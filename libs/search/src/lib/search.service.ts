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
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** One kind of record a search reads, in SQL over its own table (aliased). */
interface Branch {
  kind: SearchHitKind;
  from: string;
  /** The table's indexed vector: its `search` column, or the expression of its GIN index. */
  vector: string;
  id: string;
  collaborationId: string;
  title: string;
  /**
   * The columns the highlight is cut from, carried as they are and made text for the page only
   * (Markdown's markup dropped, fields as `label: value`, a JSON document's strings).
   */
  text: { body: string; extra?: string; fields?: string; doc?: string; markdown?: boolean };
  /** What the viewer may read of it: the abilities compiled to SQL (and the application's filters). */
  readable: string[];
}

const OPTIONS = `StartSel=${MATCH_START}, StopSel=${MATCH_END}`;
/** Two passages of up to 24 words around the matches. */
const SNIPPET = `${OPTIONS}, MaxFragments=2, MaxWords=24, MinWords=8, FragmentDelimiter=" … "`;
const WHOLE = `${OPTIONS}, HighlightAll=true`;
/** The text of a page's hit: Markdown's markup characters left out (the words stay). */
const PAGE_TEXT = `concat_ws(E'\\n',
  CASE WHEN page.markdown THEN regexp_replace(page.body, '[*_#>\`~]+', '', 'g') ELSE page.body END,
  page.extra, NULLIF(public.search_fields_text(page.fields), ''),
  NULLIF(public.search_json_text(page.doc), ''))`;

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
      return { nodes: [], totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null } };
    if (args.collaborationId) params['cid'] = args.collaborationId;
    const union = branches
      .map(
        (
          b,
        ) => `SELECT '${b.kind}'::text AS kind, ${b.id} AS id, ${b.collaborationId} AS collaboration_id,
                  (${b.title})::text AS title, (${b.text.body})::text AS body,
                  (${b.text.extra ?? 'NULL'})::text AS extra, (${b.text.fields ?? 'NULL'})::jsonb AS fields,
                  (${b.text.doc ?? 'NULL'})::jsonb AS doc, ${b.text.markdown ? 'TRUE' : 'FALSE'} AS markdown,
                  ts_rank(${b.vector}, (SELECT q FROM q)) AS rank
             FROM ${b.from}
            WHERE ${b.vector} @@ (SELECT q FROM q)
              AND ${[...b.readable.map((a) => `(${a})`), ...(args.collaborationId ? [`${b.collaborationId} = :cid`] : [])].join(' AND ')}`,
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
             page.title, page.rank, page.total,
             ${either('s.title', ':whole')} AS "titleMarked",
             ${either('s.text', ':snippet')} AS "textMarked"
        FROM page
        JOIN collaborations c ON c.id = page.collaboration_id
        CROSS JOIN LATERAL (SELECT translate(page.title, '${MATCH_START}${MATCH_END}', '') AS title,
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
    return {
      nodes,
      // Every hit is ranked before the page is cut: counting them costs nothing more.
      totalCount: rows[0] ? Number(rows[0].total) : offset,
      pageInfo: {
        hasNextPage,
        endCursor: nodes.length ? encodeOffset(offset + nodes.length) : null,
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
    return [
      {
        kind: SearchHitKind.ITEM,
        from: 'items i JOIN item_versions v ON v.item_id = i.id AND v.version = i.current_version',
        vector: 'v.search',
        id: 'i.id',
        collaborationId: 'i.collaboration_id',
        title: 'v.title',
        text: { body: 'v.body', fields: 'v.fields', markdown: true },
        readable: [access(Action.Read, Subject.Item, 'i', 'items')],
      },
      {
        // Only the recipient's own text of a grant in force: what redaction left (never the
        // version's), through the grant's ability.
        kind: SearchHitKind.SHARED_ITEM,
        from: 'search_shared_texts s JOIN grants g ON g.id = s.grant_id',
        vector: 's.search',
        id: 'g.id',
        collaborationId: 'g.collaboration_id',
        title: 's.title',
        text: { body: 's.body', extra: 's.fields' },
        readable: [
          activeMine.length
            ? 'g.recipient_participation_id = ANY(CAST(:activeMine AS uuid[]))'
            : 'FALSE',
          appRowFilter('grant_is_live(g.revoked_at, g.valid_until)'),
          access(Action.Read, Subject.Grant, 'g', 'grants'),
        ],
      },
      {
        kind: SearchHitKind.PUBLICATION,
        from: 'publications p',
        vector: 'public.search_vector(p.title, p.body)',
        id: 'p.id',
        collaborationId: 'p.collaboration_id',
        title: 'p.title',
        text: { body: 'p.body', markdown: true },
        readable: [
          publication === 'FALSE' && delivered === 'FALSE'
            ? 'FALSE'
            : `${publication} OR EXISTS (SELECT 1 FROM publication_deliveries d
                 WHERE d.publication_id = p.id AND (${delivered}))`,
        ],
      },
      {
        kind: SearchHitKind.QUESTION,
        from: 'questions q',
        vector: 'public.search_vector(q.subject, q.body, q.answer)',
        id: 'q.id',
        collaborationId: 'q.collaboration_id',
        title: `coalesce(q.subject, left(q.body, 120))`,
        text: { body: 'q.body', extra: 'q.answer' },
        readable: [access(Action.Read, Subject.Question, 'q', 'questions')],
      },
      {
        kind: SearchHitKind.PUBLISHED_ANSWER,
        from: 'published_answers pa',
        vector: 'public.search_vector(pa.question, pa.answer)',
        id: 'pa.id',
        collaborationId: 'pa.collaboration_id',
        title: 'left(pa.question, 120)',
        text: { body: 'pa.question', extra: 'pa.answer' },
        readable: [access(Action.Read, Subject.PublishedAnswer, 'pa', 'published_answers')],
      },
      {
        kind: SearchHitKind.OBJECTIVE,
        from: 'plan_objectives o',
        vector: 'public.search_vector(o.title, o.description)',
        id: 'o.id',
        collaborationId: 'o.collaboration_id',
        title: 'o.title',
        text: { body: 'o.description' },
        readable: [access(Action.Read, Subject.Plan, 'o', 'plan_objectives')],
      },
      {
        kind: SearchHitKind.MILESTONE,
        from: 'plan_milestones m',
        vector: 'public.search_vector(m.title, m.description)',
        id: 'm.id',
        collaborationId: 'm.collaboration_id',
        title: 'm.title',
        text: { body: 'm.description' },
        readable: [access(Action.Read, Subject.Milestone, 'm', 'plan_milestones')],
      },
      {
        kind: SearchHitKind.TASK,
        from: 'plan_tasks t',
        vector: 'public.search_vector(t.title, t.description, t.blocked_reason)',
        id: 't.id',
        collaborationId: 't.collaboration_id',
        title: 't.title',
        text: { body: 't.description', extra: 't.blocked_reason' },
        readable: [access(Action.Read, Subject.Task, 't', 'plan_tasks')],
      },
      {
        kind: SearchHitKind.AUDIT_RECORD,
        from: 'audit_records r',
        vector: 'r.search',
        id: 'r.id',
        collaborationId: 'r.collaboration_id',
        title: 'r.action',
        text: { body: 'r.subject_type', doc: 'r.payload' },
        readable: [access(Action.Search, Subject.AuditRecord, 'r', 'audit_records')],
      },
    ];
  }

  /**
   * A highlight shows shared content: each page with shared items is recorded as their read,
   * as reading them is (`grant.read`, one record per reading participation).
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
    for (const { collaborationId, entry } of reads)
      await this.audit.appendRead(collaborationId, [entry]);
  }
}
