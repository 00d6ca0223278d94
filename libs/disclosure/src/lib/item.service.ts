import { Injectable } from '@nestjs/common';
import { Actor, canOn, findAllowed, requireViewer } from '@alianza/authz';
import { lockOpenCollaboration, ParticipationService } from '@alianza/collaboration';
import { Db } from '@alianza/db';
import { Action, AppError, ItemFieldType, Subject, ThirdPartyRule } from '@alianza/shared';
import { AreaService } from './area.service';
import { AuditService } from '@alianza/audit';
import { ItemFileService } from '@alianza/documents';
import { ItemField, ItemVersionEntity } from './entities/item-version.entity';
import { ItemEntity } from './entities/item.entity';

export interface ItemFieldInput {
  key?: string;
  label: string;
  type: ItemFieldType;
  text?: string | null;
  number?: number | null;
}

export interface ItemContentInput {
  title: string;
  body: string;
  fields: ItemFieldInput[];
  thirdPartyRule: ThirdPartyRule;
  /** The version's documents (libs/documents); undefined: the previous version's. */
  fileIds?: string[];
}

function slug(label: string): string {
  const base = label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return base || 'field';
}

/** Gives every field a stable key (kept from the input, or made from its label) and checks values. */
export function normalizeFields(fields: ItemFieldInput[]): ItemField[] {
  const used = new Set<string>();
  return fields.map((field, index) => {
    let key = field.key ?? slug(field.label);
    if (field.key !== undefined && used.has(key)) {
      throw AppError.badInput(`Two fields share the key "${key}".`, {
        field: `fields.${index}.key`,
      });
    }
    for (let n = 2; used.has(key); n++) key = `${slug(field.label)}-${n}`;
    used.add(key);
    if (field.type === ItemFieldType.NUMBER) {
      if (typeof field.number !== 'number' || !Number.isFinite(field.number)) {
        throw AppError.badInput(`Field "${field.label}" is a number field and needs a number.`, {
          field: `fields.${index}.number`,
        });
      }
      return { key, label: field.label, type: field.type, text: null, number: field.number };
    }
    if (typeof field.text !== 'string') {
      throw AppError.badInput(`Field "${field.label}" is a text field and needs a text.`, {
        field: `fields.${index}.text`,
      });
    }
    return { key, label: field.label, type: field.type, text: field.text, number: null };
  });
}

@Injectable()
export class ItemService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly areas: AreaService,
    private readonly participations: ParticipationService,
    private readonly files: ItemFileService,
  ) {}

  /** A member of an active participant creates an item (version 1) in an area. */
  async create(actor: Actor, participationId: string, areaId: string, input: ItemContentInput) {
    const viewer = requireViewer(actor);
    const participation = await this.participations.get(actor, participationId);
    if (!canOn(actor, Action.Create, Subject.Item, { ownerParticipationId: participationId })) {
      throw AppError.forbidden('Only members of an active participant can add its information.');
    }
    await lockOpenCollaboration(this.db, actor, Action.Read, participation.collaborationId);
    // Read under the collaboration's hold: an area archived meanwhile takes nothing new.
    const area = await this.areas.get(actor, areaId);
    if (area.collaborationId !== participation.collaborationId) throw AppError.notFound('Area');
    if (area.archivedAt)
      throw AppError.badInput('This area is archived: it takes no new information.', {
        field: 'areaId',
      });
    const items = this.db.repo(ItemEntity);
    const item = await items.save(
      items.create({
        collaborationId: participation.collaborationId,
        areaId,
        ownerOrganizationId: participation.organizationId,
        ownerParticipationId: participation.id,
        currentVersion: 1,
        createdBy: viewer.userId,
      }),
    );
    const version = await this.insertVersion(actor, item, 1, input, null);
    await this.audit.append(item.collaborationId, [
      {
        action: 'item.created',
        actorUserId: viewer.userId,
        subjectType: 'Item',
        subjectId: item.id,
        organizationId: item.ownerOrganizationId,
        payload: { areaId, version: 1, title: version.title },
      },
    ]);
    return { item, version };
  }

  /** Editing creates a new version; grants stay on the version that was approved. */
  async edit(actor: Actor, itemId: string, input: ItemContentInput) {
    const viewer = requireViewer(actor);
    const found = await findAllowed(
      this.db.manager,
      ItemEntity,
      Subject.Item,
      actor,
      Action.Update,
      itemId,
      { label: 'Item' },
    );
    await lockOpenCollaboration(this.db, actor, Action.Read, found.collaborationId);
    const item = await this.db
      .repo(ItemEntity)
      .findOneOrFail({ where: { id: itemId }, lock: { mode: 'pessimistic_write' } });
    const previous = await this.db
      .repo(ItemVersionEntity)
      .findOneByOrFail({ itemId: item.id, version: item.currentVersion });
    item.currentVersion += 1;
    await this.db.repo(ItemEntity).save(item);
    const version = await this.insertVersion(actor, item, item.currentVersion, input, previous.id);
    await this.audit.append(item.collaborationId, [
      {
        action: 'item.edited',
        actorUserId: viewer.userId,
        subjectType: 'Item',
        subjectId: item.id,
        organizationId: item.ownerOrganizationId,
        payload: { version: version.version, title: version.title },
      },
    ]);
    return { item, version };
  }

  /** The version and the documents it lists (the previous version's unless `input` says). */
  private async insertVersion(
    actor: Actor,
    item: ItemEntity,
    number: number,
    input: ItemContentInput,
    previousVersionId: string | null,
  ) {
    const versions = this.db.repo(ItemVersionEntity);
    const version = await versions.save(
      versions.create({
        collaborationId: item.collaborationId,
        itemId: item.id,
        ownerOrganizationId: item.ownerOrganizationId,
        version: number,
        title: input.title,
        body: input.body,
        fields: normalizeFields(input.fields),
        thirdPartyRule: input.thirdPartyRule,
        createdBy: requireViewer(actor).userId,
      }),
    );
    await this.files.attachToVersion(
      actor,
      { ...version, ownerParticipationId: item.ownerParticipationId },
      input.fileIds,
      previousVersionId,
    );
    return version;
  }

  get(actor: Actor, id: string): Promise<ItemEntity> {
    return findAllowed(this.db.manager, ItemEntity, Subject.Item, actor, Action.Read, id, {
      label: 'Item',
    });
  }
}
