import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { requestListLoader } from '@alianza/api-core';
import {
  Actor,
  appRowFilter,
  applyAbility,
  applyAbilityOn,
  findAllowed,
  requireViewer,
} from '@alianza/authz';
import { AuditService } from '@alianza/audit';
import { Claims, Db, paginate, PageRequest, PageResult } from '@alianza/db';
import { ItemFileEntity } from '@alianza/documents';
import { IdentityService } from '@alianza/identity';
import { OrganizationService } from '@alianza/organization';
import { Action, AppError, FileAccessKind, present, Subject } from '@alianza/shared';
import type { Watermark } from '@alianza/stamping';
import { CollaborationKeyService, DataKey } from '@alianza/storage';
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

  /** Grants in force the actor receives files of, by id. */
  private liveGrants(actor: Actor) {
    const qb = this.db
      .repo(GrantEntity)
      .createQueryBuilder('g')
      .where(appRowFilter('grant_is_live(g.revoked_at, g.valid_until)'));
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

  /** Who opened a file, newest first: for the owner organization's members and the facilitators. */
  async accesses(
    actor: Actor,
    fileId: string,
    page: PageRequest,
  ): Promise<PageResult<FileAccessEntity>> {
    // The file itself must be readable as an owner's or facilitator's (NOT_FOUND otherwise).
    await findAllowed(
      this.db.manager,
      ItemFileEntity,
      Subject.ItemFile,
      actor,
      Action.Read,
      fileId,
      {
        label: 'File',
      },
    );
    const qb = this.db
      .repo(FileAccessEntity)
      .createQueryBuilder('a')
      .where('a.file_id = :fileId', { fileId });
    applyAbilityOn(qb, actor.ability, Action.Read, Subject.FileAccess, 'a');
    return paginate(qb, page, ['createdAt', 'id'], 'DESC');
  }
}
