import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { requestListLoader, requestLoader } from '@alianza/api-core';
import { Actor, appRowFilter, applyAbility, applyAbilityOn, requireViewer } from '@alianza/authz';
import { AuditService } from '@alianza/audit';
import { Claims, Db, keysetAfter, PageRequest, PageResult } from '@alianza/db';
import { ItemFileEntity } from '@alianza/documents';
import { IdentityService, UserEntity } from '@alianza/identity';
import { OrganizationService } from '@alianza/organization';
import { Action, AppError, FileAccessKind, present, Subject } from '@alianza/shared';
import type { Watermark } from '@alianza/stamping';
import { CollaborationKeyService, DataKey } from '@alianza/storage';
import { decodeCursor, encodeCursor } from './created-cursor';
import { FileShare } from './entities/disclosure-request.entity';
import { FileAccessEntity } from './entities/file-access.entity';
import { GrantEntity } from './entities/grant.entity';
import { sharedFiles } from './file-shares';

/** A file of a grant, as its recipient gets it. */
export interface SharedFileEntry {
  grantId: string;
  file: ItemFileEntity;
  share: FileShare;
}

/** An access to a file, with the display name of the person who opened it. */
export interface FileAccessRecord {
  row: FileAccessEntity;
  userName: string;
}

/** Everything a delivery needs once its short transaction has committed. */
export interface Delivery {
  file: ItemFileEntity;
  share: FileShare;
  key: DataKey;
  watermark: Watermark;
}

/** "5 dic 2026" / "5 Dec 2026", in the reader's account language (UTC, as the server dates). */
export function watermarkDate(date: Date, language: 'es' | 'en'): string {
  return new Intl.DateTimeFormat(language === 'es' ? 'es-ES' : 'en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  })
    .format(date)
    .replace(/\./g, '');
}

/**
 * Files in disclosures, on the recipient's side (docs/adr/0032): the files a grant in force
 * shares (`SharedItem.files`), the check and record before a stamped copy is sent
 * (`GET /grants/:grantId/files/:fileId`), and who opened an owner's file (`ItemFile.accesses`).
 * Who may is the ability's (`SharedFile` on grants, `FileAccess`); which grants are in force,
 * the database's (`grant_is_live`, the row policies).
 */
@Injectable()
export class SharedFileService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly keys: CollaborationKeyService,
    private readonly organizations: OrganizationService,
    private readonly identity: IdentityService,
  ) {}

  /**
   * Grants in force the actor receives files of, by id. Received is part of what is asked, not a
   * filter that may be off (APPLICATION_ROW_FILTERS): the grant's recipient participation is one
   * of the claim's active ones, the database's fact that admits the access record (the
   * `file_accesses` insert policy), so an owner or a facilitator, who may read the grant, finds
   * no file here rather than a refused insert.
   */
  private liveGrants(actor: Actor) {
    const qb = this.db
      .repo(GrantEntity)
      .createQueryBuilder('g')
      .where(
        'g.recipient_participation_id = ANY ((SELECT alianza_rls.active_participations())::uuid[])',
      )
      .andWhere(appRowFilter('grant_is_live(g.revoked_at, g.valid_until)'));
    return applyAbility(qb, actor.ability, Action.Read, Subject.SharedFile);
  }

  /**
   * The files each grant shares with the actor, in the version's order: one statement for a
   * page of grants. A withheld file is not read at all.
   */
  ofGrant(actor: Actor, grantId: string): Promise<SharedFileEntry[]> {
    return requestListLoader(actor, 'disclosure:shared-files', async (ids) => {
      const grants = await this.liveGrants(actor)
        .andWhere('g.id = ANY(:ids)', { ids: [...ids] })
        .getMany();
      const fileIds = grants.flatMap((g) => sharedFiles(g.redaction).map((s) => s.fileId));
      const files = fileIds.length
        ? await this.db
            .repo(ItemFileEntity)
            .createQueryBuilder('f')
            .where('f.id = ANY(:fileIds)', { fileIds })
            .getMany()
        : [];
      const byId = new Map(files.map((f) => [f.id, f]));
      return new Map(
        grants.map((grant) => [
          grant.id,
          sharedFiles(grant.redaction).flatMap((share) => {
            const file = byId.get(share.fileId);
            return file ? [{ grantId: grant.id, file, share }] : [];
          }),
        ]),
      );
    }).load(grantId);
  }

  /**
   * Before a copy is sent, in one short transaction under the caller's claim: the grant (in
   * force, to the caller's organization) and its share of the file, else NOT_FOUND; FORBIDDEN
   * for a download of a file shared to view only; the collaboration's key; the access recorded
   * (`file_accesses`, audit `file.viewed`/`file.downloaded`); the watermark's facts.
   */
  async prepare(
    actor: Actor,
    grantId: string,
    fileId: string,
    download: boolean,
  ): Promise<Delivery> {
    const viewer = requireViewer(actor);
    return this.db.runAs(Claims.user(viewer.userId), () =>
      this.db.transaction(async () => {
        const grant = await this.liveGrants(actor)
          .andWhere('g.id = :grantId', { grantId })
          .getOne();
        const share = grant && sharedFiles(grant.redaction).find((s) => s.fileId === fileId);
        const file =
          grant && share ? await this.db.repo(ItemFileEntity).findOneBy({ id: fileId }) : null;
        if (!grant || !share || !file) throw AppError.notFound('File');
        if (download && !share.download)
          throw AppError.forbidden('This file was shared to view only: it cannot be downloaded.');
        const key = await this.keys.forCollaboration(this.db, grant.collaborationId);
        const recipient = await this.organizations.visible(actor, grant.recipientOrganizationId);
        const account = await this.identity.getUser(viewer.userId);
        const kind = download ? FileAccessKind.DOWNLOAD : FileAccessKind.VIEW;
        const pages = share.pages;
        // Without RETURNING: a recipient writes its access but may not read it back.
        const accessId = randomUUID();
        await this.db.query(
          `INSERT INTO file_accesses (id, collaboration_id, file_id, grant_id, owner_organization_id,
             recipient_organization_id, user_id, kind, pages)
           VALUES (:id, :collaborationId, :fileId, :grantId, :ownerOrganizationId,
             :recipientOrganizationId, :userId, :kind, CAST(:pages AS int[]))`,
          {
            id: accessId,
            collaborationId: grant.collaborationId,
            fileId,
            grantId: grant.id,
            ownerOrganizationId: grant.ownerOrganizationId,
            recipientOrganizationId: grant.recipientOrganizationId,
            userId: viewer.userId,
            kind,
            pages: pages ? `{${pages.join(',')}}` : null, // an array literal: one parameter
          },
        );
        await this.audit.append(grant.collaborationId, [
          {
            action: download ? 'file.downloaded' : 'file.viewed',
            actorUserId: viewer.userId,
            subjectType: 'ItemFile',
            subjectId: fileId,
            organizationId: grant.ownerOrganizationId,
            counterpartOrganizationId: grant.recipientOrganizationId,
            payload: {
              accessId,
              grantId: grant.id,
              reference: grant.reference,
              name: file.name,
              pages,
            },
          },
        ]);
        const language = account.locale === 'en' ? 'en' : 'es';
        return {
          file,
          share,
          key,
          watermark: {
            recipientOrganization: present(recipient, 'recipient organization').name,
            recipientPerson: viewer.displayName,
            date: watermarkDate(new Date(), language),
            grantReference: grant.reference,
            language,
          },
        };
      }),
    );
  }

  /**
   * Who opened a file, newest first, by name: for the owner organization's members and the
   * facilitators (NOT_FOUND for anyone else). The files a page lists are batched
   * (`ItemFile.accesses` on each): two statements whatever their number (see `accessPages`).
   */
  async accesses(
    actor: Actor,
    fileId: string,
    page: PageRequest,
  ): Promise<PageResult<FileAccessRecord>> {
    const loader = requestLoader(
      actor,
      `disclosure:file-accesses:${page.first}:${page.after ?? ''}`,
      (ids) => this.accessPages(actor, ids, page),
    );
    const found = await loader.load(fileId);
    if (!found) throw AppError.notFound('File');
    return found;
  }

  /**
   * One page of accesses for each file the actor may read as an owner's or facilitator's: the
   * files through the ability, then their accesses in one statement, each file's rows numbered
   * by a window function (newest first, after the cursor) and counted over all of them, each
   * with its person's display name (joined: a name comes only with a row the reader may see).
   */
  private async accessPages(
    actor: Actor,
    fileIds: readonly string[],
    page: PageRequest,
  ): Promise<Map<string, PageResult<FileAccessRecord>>> {
    const files = this.db
      .repo(ItemFileEntity)
      .createQueryBuilder('f')
      .select('f.id', 'id')
      .where('f.id = ANY(:fileIds)', { fileIds: [...fileIds] });
    const readable = (
      await applyAbilityOn(files, actor.ability, Action.Read, Subject.ItemFile, 'f').getRawMany<{
        id: string;
      }>()
    ).map((f) => f.id);
    if (readable.length === 0) return new Map();
    let after = 'true';
    const cursor: Record<string, string> = {};
    if (page.after) {
      [cursor['afterAt'], cursor['afterId']] = decodeCursor(page.after);
      after = keysetAfter(
        ['c.created_at', 'c.id'],
        ['CAST(:afterAt AS timestamptz)', 'CAST(:afterId AS uuid)'],
        'DESC',
      );
    }
    const newestFirst = 'PARTITION BY c.file_id ORDER BY c.created_at DESC, c.id DESC';
    // Each row with its file's total and, if after the cursor, its place among those that are.
    const numbered = this.db
      .repo(FileAccessEntity)
      .createQueryBuilder('c')
      .select('c.id', 'id')
      .addSelect('count(*) OVER (PARTITION BY c.file_id)', 'total')
      .addSelect(`(${after})`, 'after')
      .addSelect(
        `count(*) FILTER (WHERE ${after}) OVER (${newestFirst} ROWS UNBOUNDED PRECEDING)`,
        'position',
      )
      .addSelect(`row_number() OVER (${newestFirst})`, 'seq')
      .where('c.file_id = ANY(:readable)', { readable, ...cursor });
    applyAbilityOn(numbered, actor.ability, Action.Read, Subject.FileAccess, 'c');
    // The page's rows, and each file's newest row, which carries the total when no row is
    // after the cursor (it is not a node then).
    const { entities, raw } = await this.db
      .repo(FileAccessEntity)
      .createQueryBuilder('a')
      .innerJoin(
        `(SELECT n.* FROM (${numbered.getQuery()}) n
           WHERE (n.after AND n.position <= :limit) OR n.seq = 1)`,
        'r',
        'r.id = a.id',
      )
      .leftJoin(UserEntity, 'u', 'u.id = a.userId')
      .addSelect('r.total', 'r_total')
      .addSelect('r.after', 'r_after')
      .addSelect('u.displayName', 'u_name')
      .setParameters({ ...numbered.getParameters(), limit: page.first + 1 })
      .orderBy('a.file_id')
      .addOrderBy('a.created_at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .getRawAndEntities<{
        a_id: string;
        r_total: string;
        r_after: boolean;
        u_name: string | null;
      }>();
    const byId = new Map(entities.map((e) => [e.id, e]));
    const pages = new Map(
      readable.map((id) => [id, { nodes: [] as FileAccessRecord[], totalCount: 0 }]),
    );
    for (const row of raw) {
      const access = present(byId.get(row.a_id), 'file access');
      const entry = present(pages.get(access.fileId), 'page of a file');
      entry.totalCount = Number(row.r_total);
      if (row.r_after)
        entry.nodes.push({ row: access, userName: present(row.u_name, 'person of an access') });
    }
    return new Map(
      [...pages].map(([id, { nodes, totalCount }]) => {
        const hasNextPage = nodes.length > page.first;
        const shown = hasNextPage ? nodes.slice(0, page.first) : nodes;
        const cursors = shown.map(({ row }) => encodeCursor(row.createdAt, row.id));
        return [
          id,
          {
            nodes: shown,
            cursors,
            totalCount,
            pageInfo: { hasNextPage, endCursor: cursors.at(-1) ?? null },
          },
        ];
      }),
    );
  }
}
