import { Injectable } from '@nestjs/common';
import { groupBy, requestListLoader } from '@alianza/api-core';
import { AuditService } from '@alianza/audit';
import {
  abilityToSql,
  Actor,
  applyAbilityOn,
  canOn,
  findAllowed,
  requireViewer,
  SqlFragment,
} from '@alianza/authz';
import { lockOpenCollaboration, ParticipationService } from '@alianza/collaboration';
import { Claims, Db } from '@alianza/db';
import { CollaborationKeyService, DataKey } from '@alianza/storage';
import { Action, AppError, Subject } from '@alianza/shared';
import { ItemFileEntity } from './entities/item-file.entity';
import { ItemVersionFileEntity } from './entities/item-version-file.entity';

/** A file as `ItemFileService.ofVersionJson` gives it. */
export type ItemFileJson = Pick<
  ItemFileEntity,
  'id' | 'name' | 'mediaType' | 'kind' | 'bytes' | 'pages' | 'sha256'
> & { createdAt: string };

/** Where an upload goes: checked, with the key its content is encrypted with. */
export interface UploadTarget {
  collaborationId: string;
  ownerOrganizationId: string;
  ownerParticipationId: string;
  key: DataKey;
}

/** What the stored content turned out to be. */
export interface UploadedContent {
  fileId: string;
  name: string;
  mediaType: string;
  kind: ItemFileEntity['kind'];
  bytes: number;
  sha256: string;
  pages: number | null;
}

/** A new item version, as `attachToVersion` needs it (libs/disclosure calls it). */
export interface VersionRef {
  id: string;
  collaborationId: string;
  itemId: string;
  version: number;
  ownerOrganizationId: string;
  ownerParticipationId: string;
}

/**
 * Documents of item versions (docs/adr/0030): who may upload where, the row of an uploaded
 * document, the files a new version lists, and the files of versions for their readers. The
 * content itself is streamed by `FileUploadService` and the download route, outside any
 * transaction; everything here is short and runs in one.
 */
@Injectable()
export class ItemFileService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly participations: ParticipationService,
    private readonly keys: CollaborationKeyService,
  ) {}

  /**
   * Runs `work` under the caller's claim on a connection held only for `work`: for the routes
   * that stream a document outside the request's claim scope (`DOCUMENT_STREAM_ROUTES`).
   */
  asCaller<T>(actor: Actor, work: () => Promise<T>): Promise<T> {
    return this.db.runAs(Claims.user(requireViewer(actor).userId), work);
  }

  /**
   * Before the content is read: the caller may add documents for `participationId` (a member of
   * an active participant, in an open collaboration); the collaboration's data key.
   */
  async uploadTarget(actor: Actor, participationId: string): Promise<UploadTarget> {
    requireViewer(actor);
    return this.db.transaction(async () => {
      const participation = await this.participations.get(actor, participationId);
      if (!canOn(actor, Action.Create, Subject.ItemFile, { ownerParticipationId: participationId }))
        throw AppError.forbidden('Only members of an active participant can add its documents.');
      await lockOpenCollaboration(this.db, actor, Action.Read, participation.collaborationId);
      return {
        collaborationId: participation.collaborationId,
        ownerOrganizationId: participation.organizationId,
        ownerParticipationId: participation.id,
        key: await this.keys.forCollaboration(this.db, participation.collaborationId),
      };
    });
  }

  /** After the content is stored: its row (unattached) and the audit record, in one transaction. */
  async recordUpload(
    actor: Actor,
    target: UploadTarget,
    content: UploadedContent,
  ): Promise<ItemFileEntity> {
    const viewer = requireViewer(actor);
    return this.db.transaction(async () => {
      await lockOpenCollaboration(this.db, actor, Action.Read, target.collaborationId);
      const files = this.db.repo(ItemFileEntity);
      const file = await files.save(
        files.create({
          id: content.fileId,
          collaborationId: target.collaborationId,
          itemId: null,
          ownerOrganizationId: target.ownerOrganizationId,
          ownerParticipationId: target.ownerParticipationId,
          name: content.name,
          mediaType: content.mediaType,
          kind: content.kind,
          bytes: content.bytes,
          sha256: content.sha256,
          pages: content.pages,
          uploadedBy: viewer.userId,
        }),
      );
      await this.audit.append(file.collaborationId, [
        {
          action: 'item_file.uploaded',
          actorUserId: viewer.userId,
          subjectType: 'ItemFile',
          subjectId: file.id,
          organizationId: file.ownerOrganizationId,
          payload: {
            name: file.name,
            mediaType: file.mediaType,
            bytes: file.bytes,
            sha256: file.sha256,
          },
        },
      ]);
      return file;
    });
  }

  /**
   * The files a new version lists, in order, inside the transaction writing it: `fileIds` when
   * given (each an unattached upload of the item's owner participation, or a file of the
   * version before), else those of the version before (`previousVersionId`; none for a new
   * item). Files attached for the first time become the item's. Bad input names the field.
   */
  async attachToVersion(
    actor: Actor,
    version: VersionRef,
    fileIds: readonly string[] | undefined,
    previousVersionId: string | null,
  ): Promise<ItemFileEntity[]> {
    const viewer = requireViewer(actor);
    const previous = previousVersionId ? await this.listedBy(previousVersionId) : [];
    const ids = fileIds ?? previous.map((f) => f.fileId);
    if (ids.length === 0) return [];
    const duplicate = ids.findIndex((id, i) => ids.indexOf(id) !== i);
    if (duplicate >= 0)
      throw AppError.badInput('A version lists each file once.', { field: `fileIds.${duplicate}` });
    const kept = new Set(previous.map((f) => f.fileId));
    const qb = this.db
      .repo(ItemFileEntity)
      .createQueryBuilder('f')
      .where('f.id = ANY(:ids)', { ids: [...ids] })
      .setLock('pessimistic_write');
    const found = new Map(
      (await applyAbilityOn(qb, actor.ability, Action.Read, Subject.ItemFile, 'f').getMany()).map(
        (f) => [f.id, f],
      ),
    );
    const files = ids.map((id, index) => {
      const file = found.get(id);
      const usable =
        file &&
        file.collaborationId === version.collaborationId &&
        file.ownerParticipationId === version.ownerParticipationId &&
        (kept.has(id) || file.itemId === null);
      if (!usable)
        throw AppError.badInput(
          'Attach a file you uploaded for this item and have not attached elsewhere, or one of its current version.',
          { field: `fileIds.${index}` },
        );
      return file;
    });
    const fresh = files.filter((f) => f.itemId === null).map((f) => f.id);
    if (fresh.length > 0) {
      const claimed = await this.db
        .repo(ItemFileEntity)
        .createQueryBuilder()
        .update()
        .set({ itemId: version.itemId })
        .where('id = ANY(:ids) AND item_id IS NULL', { ids: fresh })
        .execute();
      if (claimed.affected !== fresh.length)
        throw AppError.conflict('A file was attached elsewhere meanwhile: try again.');
    }
    await this.db.repo(ItemVersionFileEntity).insert(
      files.map((file, position) => ({
        collaborationId: version.collaborationId,
        itemVersionId: version.id,
        fileId: file.id,
        ownerOrganizationId: version.ownerOrganizationId,
        position,
      })),
    );
    // Recorded when the list changes (files added, removed or reordered), not when a new
    // version just carries the previous one's.
    const unchanged = ids.join() === previous.map((f) => f.fileId).join();
    if (!unchanged)
      await this.audit.append(version.collaborationId, [
        {
          action: 'item_file.attached',
          actorUserId: viewer.userId,
          subjectType: 'Item',
          subjectId: version.itemId,
          organizationId: version.ownerOrganizationId,
          payload: {
            version: version.version,
            fileIds: files.map((f) => f.id),
            added: fresh,
            kept: files.filter((f) => kept.has(f.id)).map((f) => f.id),
          },
        },
      ]);
    return files.map((f) => Object.assign(f, { itemId: version.itemId }));
  }

  /** The files of a version, in order, for the readers of its documents (one query per page). */
  ofVersion(actor: Actor, itemVersionId: string): Promise<ItemFileEntity[]> {
    return requestListLoader(actor, 'documents:files-of-version', async (ids) => {
      const qb = this.db
        .repo(ItemFileEntity)
        .createQueryBuilder('f')
        .innerJoin(ItemVersionFileEntity, 'vf', 'vf.file_id = f.id')
        .addSelect('vf.item_version_id', 'vf_item_version_id')
        .where('vf.item_version_id = ANY(:ids)', { ids: [...ids] })
        .orderBy('vf.item_version_id')
        .addOrderBy('vf.position');
      const { entities, raw } = await applyAbilityOn(
        qb,
        actor.ability,
        Action.Read,
        Subject.ItemFile,
        'f',
      ).getRawAndEntities<{ vf_item_version_id: string; f_id: string }>();
      const byId = new Map(entities.map((f) => [f.id, f]));
      const rows = raw.flatMap((r) => {
        const file = byId.get(r.f_id);
        return file ? [{ versionId: r.vf_item_version_id, file }] : [];
      });
      const grouped = groupBy(rows, (r) => r.versionId);
      return new Map([...grouped].map(([id, list]) => [id, list.map((r) => r.file)]));
    }).load(itemVersionId);
  }

  /**
   * The files of one version as `ofVersion` reads them (same access, same order), as a json
   * array (null for none): a sub-select for a read that brings a version's files along in its
   * own statement. `versionId` is an SQL expression of that statement; `fromJson` reads an
   * element back.
   */
  ofVersionJson(actor: Actor, versionId: string): SqlFragment {
    const metadata = this.db.manager.connection.getMetadata(ItemFileEntity);
    const access = abilityToSql(actor.ability, Action.Read, Subject.ItemFile, 'f', metadata);
    return {
      sql: `(SELECT json_agg(json_build_object('id', f.id, 'name', f.name, 'mediaType', f.media_type,
                 'kind', f.kind, 'bytes', f.bytes, 'pages', f.pages, 'sha256', f.sha256,
                 'createdAt', f.created_at) ORDER BY vf.position)
               FROM item_version_files vf JOIN item_files f ON f.id = vf.file_id
              WHERE vf.item_version_id = ${versionId} AND (${access.sql}))`,
      params: access.params,
    };
  }

  /** A file of `ofVersionJson`'s array, as `ofVersion` gives it. */
  static fromJson(json: ItemFileJson): ItemFileEntity {
    return Object.assign(new ItemFileEntity(), json, { createdAt: new Date(json.createdAt) });
  }

  /**
   * A document to download, for its owner organization's members and the collaboration's
   * facilitators (NOT_FOUND for anyone else, signed in or not), with the key to decrypt it;
   * the download is recorded with the request's reads.
   */
  async forDownload(actor: Actor, fileId: string): Promise<{ file: ItemFileEntity; key: DataKey }> {
    const viewer = requireViewer(actor);
    const file = await findAllowed(
      this.db.manager,
      ItemFileEntity,
      Subject.ItemFile,
      actor,
      Action.Read,
      fileId,
      { label: 'File' },
    );
    const key = await this.keys.forCollaboration(this.db, file.collaborationId);
    await this.audit.appendRead(file.collaborationId, [
      {
        action: 'item_file.downloaded',
        actorUserId: viewer.userId,
        subjectType: 'ItemFile',
        subjectId: file.id,
        organizationId: file.ownerOrganizationId,
        payload: { name: file.name, sha256: file.sha256 },
      },
    ]);
    return { file, key };
  }

  private listedBy(itemVersionId: string): Promise<ItemVersionFileEntity[]> {
    return this.db
      .repo(ItemVersionFileEntity)
      .find({ where: { itemVersionId }, order: { position: 'ASC' } });
  }
}
