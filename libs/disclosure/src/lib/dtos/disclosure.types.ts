import {
  Field,
  Float,
  GraphQLISODateTime,
  ID,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import { Connection, Edge, PageInfo } from '@alianza/api-core';
import type { ItemFileEntity } from '@alianza/documents';
import {
  AreaSensitivity,
  AudienceKind,
  DisclosureStatus,
  ItemFieldType,
  ThirdPartyRule,
} from '@alianza/shared';
import { AreaEntity } from '../entities/area.entity';
import { DisclosureRequestEntity, Redaction } from '../entities/disclosure-request.entity';
import { GrantEntity } from '../entities/grant.entity';
import { ItemField, ItemVersionEntity } from '../entities/item-version.entity';
import { ItemEntity } from '../entities/item.entity';
import type { VisibleOverlap } from '../overlap.service';
import { PublicationEntity } from '../entities/publication.entity';
import { ReviewReason } from '../grant-review.service';
import { sharedFiles } from '../file-shares';
import { FileShareType } from './file-share.types';

registerEnumType(AreaSensitivity, { name: 'AreaSensitivity' });
registerEnumType(ThirdPartyRule, { name: 'ThirdPartyRule' });
registerEnumType(ItemFieldType, { name: 'ItemFieldType' });
registerEnumType(DisclosureStatus, { name: 'DisclosureStatus' });
registerEnumType(AudienceKind, { name: 'AudienceKind' });

export enum GrantState {
  ACTIVE = 'active',
  EXPIRED = 'expired',
  REVOKED = 'revoked',
}
registerEnumType(GrantState, { name: 'GrantState' });

@ObjectType('Area')
export class AreaType {
  @Field(() => ID) id!: string;
  @Field(() => ID) collaborationId!: string;
  @Field() name!: string;
  @Field() description!: string;
  @Field(() => AreaSensitivity) sensitivity!: AreaSensitivity;
  @Field(() => Int) position!: number;
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When it was archived: it keeps its items and grants, and takes no new items.',
  })
  archivedAt!: Date | null;

  static from(e: AreaEntity): AreaType {
    return Object.assign(new AreaType(), {
      id: e.id,
      collaborationId: e.collaborationId,
      name: e.name,
      description: e.description,
      sensitivity: e.sensitivity,
      position: e.position,
      archivedAt: e.archivedAt,
    });
  }
}

@ObjectType('Overlap')
export class OverlapType {
  @Field(() => ID) id!: string;
  @Field(() => ID) collaborationId!: string;
  @Field(() => ID) areaId!: string;
  @Field(() => [ID]) organizationIds!: string[];
  @Field(() => String, {
    nullable: true,
    description: 'The facilitator’s own note: null for everyone else, the parties included.',
  })
  note!: string | null;
  @Field({ description: 'What the organizations involved read about the overlap.' })
  sharedNote!: string;
  @Field(() => GraphQLISODateTime) createdAt!: Date;

  static from({ overlap, note, noteVisible }: VisibleOverlap): OverlapType {
    return Object.assign(new OverlapType(), {
      id: overlap.id,
      collaborationId: overlap.collaborationId,
      areaId: overlap.areaId,
      organizationIds: overlap.organizationIds,
      note: noteVisible ? note : null,
      sharedNote: overlap.sharedNote,
      createdAt: overlap.createdAt,
    });
  }
}

@ObjectType('ItemField')
export class ItemFieldObject {
  @Field() key!: string;
  @Field() label!: string;
  @Field(() => ItemFieldType) type!: ItemFieldType;
  @Field(() => String, { nullable: true }) text!: string | null;
  @Field(() => Float, { nullable: true }) number!: number | null;

  static from(f: ItemField): ItemFieldObject {
    return Object.assign(new ItemFieldObject(), f);
  }
}

@ObjectType('ItemVersion')
export class ItemVersionType {
  @Field(() => ID) id!: string;
  @Field(() => ID) itemId!: string;
  @Field(() => Int) version!: number;
  @Field() title!: string;
  @Field({ description: 'Markdown.' }) body!: string;
  @Field(() => [ItemFieldObject]) fields!: ItemFieldObject[];
  @Field(() => ThirdPartyRule) thirdPartyRule!: ThirdPartyRule;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  /** Not in the schema: its files, when the read that gave it brought them along. */
  preloadedFiles?: ItemFileEntity[];

  static from(e: ItemVersionEntity): ItemVersionType {
    return Object.assign(new ItemVersionType(), {
      id: e.id,
      itemId: e.itemId,
      version: e.version,
      title: e.title,
      body: e.body,
      fields: e.fields.map(ItemFieldObject.from),
      thirdPartyRule: e.thirdPartyRule,
      createdAt: e.createdAt,
    });
  }
}

/** What a list read brought along with an item for its fields (absent: their loaders read it). */
export interface ItemPreload {
  /** Every version, newest first. */
  versions?: ItemVersionEntity[];
  /** Grants on any version, oldest first. */
  grants?: GrantEntity[];
  /** The files of the version the item is at. */
  latestFiles?: ItemFileEntity[];
}

@ObjectType('Item', {
  description: "An organization's own information: visible to its members and the facilitator.",
})
export class ItemType {
  @Field(() => ID) id!: string;
  @Field(() => ID) collaborationId!: string;
  @Field(() => ID) areaId!: string;
  @Field(() => ID) ownerOrganizationId!: string;
  @Field(() => Int) currentVersion!: number;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;
  /** Not in the schema: see `ItemPreload`. */
  preloaded?: ItemPreload;

  static from(e: ItemEntity, preloaded?: ItemPreload): ItemType {
    return Object.assign(new ItemType(), {
      preloaded,
      id: e.id,
      collaborationId: e.collaborationId,
      areaId: e.areaId,
      ownerOrganizationId: e.ownerOrganizationId,
      currentVersion: e.currentVersion,
      createdAt: e.createdAt,
      updatedAt: e.updatedAt,
    });
  }
}

export const ItemConnection = Connection(ItemType, 'Item');

@ObjectType('Span', { description: 'Characters [start, end) of the text as read (docs/adr/0013).' })
export class SpanType {
  @Field(() => Int) start!: number;
  @Field(() => Int) end!: number;
}

@ObjectType('Redaction')
export class RedactionType {
  @Field(() => [String], { description: 'Keys of the fields left out.' }) fieldKeys!: string[];
  @Field(() => [SpanType], { description: 'Spans of the text as read, replaced by a marker.' })
  spans!: SpanType[];
  @Field(() => [FileShareType], {
    description: 'The files shared, and how; any other file of the version is withheld.',
  })
  files!: FileShareType[];

  static from(r: Redaction): RedactionType {
    return Object.assign(new RedactionType(), {
      fieldKeys: r.fieldKeys,
      spans: r.spans,
      files: sharedFiles(r).map(FileShareType.from),
    });
  }
}

@ObjectType('HiddenValueFileLocation', {
  description:
    'A part of a file a recipient gets that shows a hidden value: a page of a PDF, a sheet of a workbook, or a whole CSV.',
})
export class HiddenValueFileLocationType {
  @Field(() => ID) fileId!: string;
  @Field() fileName!: string;
  @Field(() => Int, { nullable: true, description: 'Page of a PDF (1 is the first).' })
  page!: number | null;
  @Field(() => String, { nullable: true, description: 'Sheet of a workbook.' })
  sheet!: string | null;
}

@ObjectType('HiddenValueWarning', {
  description:
    'A field hidden from a recipient whose value that recipient could still read: in the text (spans of the text as read), in the title, in a visible field or in a file it gets.',
})
export class HiddenValueWarningType {
  @Field(() => ID) organizationId!: string;
  @Field() fieldKey!: string;
  @Field() fieldLabel!: string;
  @Field(() => [SpanType], { description: 'Where the text still shows the value.' })
  inBody!: SpanType[];
  @Field({ description: 'The title shows the value (it is never hidden).' }) inTitle!: boolean;
  @Field(() => [String], { description: 'Keys of visible fields that show the value.' })
  inFieldKeys!: string[];
  @Field(() => [HiddenValueFileLocationType], {
    description:
      'Parts of the files it gets (only the pages shared with it) that show the value, where their text can be extracted.',
  })
  inFiles!: HiddenValueFileLocationType[];
}

@ObjectType('AcknowledgedHiddenValue', {
  description: 'A hidden value still readable elsewhere that the facilitator approved knowingly.',
})
export class AcknowledgedHiddenValueType {
  @Field(() => ID) organizationId!: string;
  @Field() fieldKey!: string;
  @Field() fieldLabel!: string;
  @Field(() => Int, { description: 'Places that still showed it.' }) places!: number;
}

@ObjectType('RedactedContent', {
  description: 'Content as a recipient sees it: redacted on the server.',
})
export class RedactedContentType {
  @Field({
    description:
      'Markdown with each redacted span replaced by the marker, no markup left around it.',
  })
  body!: string;
  @Field(() => [ItemFieldObject], { description: 'Redacted fields are absent.' })
  fields!: ItemFieldObject[];
  @Field(() => Int) redactedFieldCount!: number;
  @Field(() => Int) redactedSpanCount!: number;
}

@ObjectType('ReciprocityWarning', {
  description: 'A recipient that has received more than it gave.',
})
export class ReciprocityWarningType {
  @Field(() => ID) organizationId!: string;
  @Field() given!: string;
  @Field() received!: string;
  @Field({ description: 'Received minus given.' }) gap!: string;
}

@ObjectType('DisclosureFlags', {
  description: 'What the facilitator should weigh before deciding.',
})
export class DisclosureFlagsType {
  @Field(() => [ReciprocityWarningType], {
    nullable: true,
    description:
      'Recipients over the reciprocity threshold, with what they gave and received: for the facilitator only (null for anyone else, which is not "no warning"; see `reciprocityPolicy`).',
  })
  reciprocity!: ReciprocityWarningType[] | null;
  @Field({
    description:
      "While pending: a recipient is over the reciprocity threshold, so the facilitator decides. Readable by the owner, without anyone's balance.",
  })
  reciprocityPolicy!: boolean;
  @Field({ description: 'The owner and a recipient overlap in this area.' }) overlap!: boolean;
  @Field(() => [ID]) overlapIds!: string[];
  @Field({ description: 'The request proposes an expiry.' }) expires!: boolean;
  @Field(() => ThirdPartyRule) thirdPartyRule!: ThirdPartyRule;
}

@ObjectType('RecipientPreview', {
  description: 'Exactly what one recipient would see if approved as proposed.',
})
export class RecipientPreviewType {
  @Field(() => ID) organizationId!: string;
  @Field() organizationName!: string;
  @Field(() => RedactedContentType) content!: RedactedContentType;
  @Field(() => [FileShareType], { description: 'The files it would get, and how.' })
  files!: FileShareType[];
}

@ObjectType('DisclosureRequest')
export class DisclosureRequestType {
  @Field(() => ID) id!: string;
  @Field(() => ID) collaborationId!: string;
  @Field(() => ID) itemId!: string;
  @Field(() => ID) itemVersionId!: string;
  @Field(() => ID) areaId!: string;
  @Field(() => ID) ownerOrganizationId!: string;
  @Field(() => AudienceKind) audienceKind!: AudienceKind;
  @Field(() => [ID]) recipientOrganizationIds!: string[];
  @Field(() => RedactionType) proposedRedaction!: RedactionType;
  @Field(() => GraphQLISODateTime, { nullable: true }) expiresAt!: Date | null;
  @Field() note!: string;
  @Field(() => DisclosureStatus) status!: DisclosureStatus;
  @Field({ description: 'Approved automatically (open area, no overlap).' }) autoApproved!: boolean;
  @Field(() => GraphQLISODateTime, { nullable: true }) decidedAt!: Date | null;
  @Field(() => String, { nullable: true }) decisionMessage!: string | null;
  @Field(() => [ID]) acknowledgedOverlapIds!: string[];
  @Field(() => [AcknowledgedHiddenValueType])
  acknowledgedHiddenValues!: AcknowledgedHiddenValueType[];
  @Field(() => GraphQLISODateTime) createdAt!: Date;

  static from(e: DisclosureRequestEntity): DisclosureRequestType {
    return Object.assign(new DisclosureRequestType(), {
      id: e.id,
      collaborationId: e.collaborationId,
      itemId: e.itemId,
      itemVersionId: e.itemVersionId,
      areaId: e.areaId,
      ownerOrganizationId: e.ownerOrganizationId,
      audienceKind: e.audienceKind,
      recipientOrganizationIds: e.recipientOrganizationIds,
      proposedRedaction: RedactionType.from(e.proposedRedaction),
      expiresAt: e.expiresAt,
      note: e.note,
      status: e.status,
      autoApproved: e.status === DisclosureStatus.APPROVED && e.decidedBy === null,
      decidedAt: e.decidedAt,
      decisionMessage: e.decisionMessage,
      acknowledgedOverlapIds: e.acknowledgedOverlapIds,
      acknowledgedHiddenValues: e.acknowledgedHiddenValues,
      createdAt: e.createdAt,
    });
  }
}

export const DisclosureRequestConnection = Connection(DisclosureRequestType, 'DisclosureRequest');

@ObjectType('Grant', {
  description: 'One recipient’s right to read one item version, as approved.',
})
export class GrantType {
  @Field(() => ID) id!: string;
  @Field({ description: 'Short reference printed in the watermark.' }) reference!: string;
  @Field(() => ID) requestId!: string;
  @Field(() => ID) itemId!: string;
  @Field(() => ID) itemVersionId!: string;
  @Field(() => ID) ownerOrganizationId!: string;
  @Field(() => ID) recipientOrganizationId!: string;
  @Field(() => RedactionType) redaction!: RedactionType;
  @Field(() => GraphQLISODateTime, { nullable: true }) validUntil!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) revokedAt!: Date | null;
  @Field(() => String, { nullable: true }) revokeReason!: string | null;
  @Field(() => GrantState) state!: GrantState;
  @Field(() => GraphQLISODateTime) createdAt!: Date;

  static from(e: GrantEntity, now = new Date()): GrantType {
    const state = e.revokedAt
      ? GrantState.REVOKED
      : e.validUntil && e.validUntil.getTime() <= now.getTime()
        ? GrantState.EXPIRED
        : GrantState.ACTIVE;
    return Object.assign(new GrantType(), {
      id: e.id,
      reference: e.reference,
      requestId: e.requestId,
      itemId: e.itemId,
      itemVersionId: e.itemVersionId,
      ownerOrganizationId: e.ownerOrganizationId,
      recipientOrganizationId: e.recipientOrganizationId,
      redaction: RedactionType.from(e.redaction),
      validUntil: e.validUntil,
      revokedAt: e.revokedAt,
      revokeReason: e.revokeReason,
      state,
      createdAt: e.createdAt,
    });
  }
}

@ObjectType('Watermark', { description: 'Shown with the content wherever it is displayed.' })
export class WatermarkType {
  @Field({ description: 'The whole line, ready to print.' }) line!: string;
  @Field() recipientName!: string;
  @Field() ownerName!: string;
  @Field() collaborationTitle!: string;
  @Field(() => GraphQLISODateTime) grantedAt!: Date;
  @Field() reference!: string;
}

@ObjectType('SharedItem', {
  description: 'Something another organization shared with yours, as approved.',
})
export class SharedItemType {
  @Field(() => ID) grantId!: string;
  @Field() reference!: string;
  @Field(() => ID) collaborationId!: string;
  @Field(() => ID) itemId!: string;
  @Field() title!: string;
  @Field(() => Int) version!: number;
  @Field(() => ID) areaId!: string;
  @Field() areaName!: string;
  @Field(() => ID) ownerOrganizationId!: string;
  @Field() ownerOrganizationName!: string;
  @Field(() => ThirdPartyRule) thirdPartyRule!: ThirdPartyRule;
  @Field(() => GraphQLISODateTime) grantedAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) validUntil!: Date | null;
  @Field(() => WatermarkType) watermark!: WatermarkType;
  /** For the content field resolver (records the read). */
  viewAsOrganizationId?: string;
}

@ObjectType('SharedItemEdge', { description: 'A SharedItem of a page, with its cursor.' })
export class SharedItemEdge implements Edge<SharedItemType> {
  @Field(() => SharedItemType, { description: 'The SharedItem.' })
  node!: SharedItemType;

  @Field({ description: 'Pass as `after` to get the nodes that follow this one.' })
  cursor!: string;
}

@ObjectType('SharedItemConnection', {
  description: "A page of SharedItem nodes, in the list's order, with what pages on.",
})
export class SharedItemConnection {
  @Field(() => [SharedItemType], {
    description: 'The nodes of this page (the same as `edges.node`).',
  })
  nodes!: SharedItemType[];

  @Field(() => [SharedItemEdge], { description: 'The nodes of this page, each with its cursor.' })
  edges!: SharedItemEdge[];

  @Field(() => PageInfo, { description: 'Where this page ends and whether another follows.' })
  pageInfo!: PageInfo;

  /** Resolved only when asked for (it costs a count over every match). */
  countTotal!: () => Promise<number>;
}

@ObjectType('Publication', {
  description: 'A text from the facilitator to participants; it names no sources.',
})
export class PublicationType {
  @Field(() => ID) id!: string;
  @Field(() => ID) collaborationId!: string;
  @Field(() => ID, { nullable: true }) areaId!: string | null;
  @Field() title!: string;
  @Field({ description: 'Markdown.' }) body!: string;
  @Field(() => AudienceKind) audienceKind!: AudienceKind;
  @Field(() => GraphQLISODateTime) createdAt!: Date;

  static from(e: PublicationEntity): PublicationType {
    return Object.assign(new PublicationType(), {
      id: e.id,
      collaborationId: e.collaborationId,
      areaId: e.areaId,
      title: e.title,
      body: e.body,
      audienceKind: e.audienceKind,
      createdAt: e.createdAt,
    });
  }
}

export const PublicationConnection = Connection(PublicationType, 'Publication');

registerEnumType(ReviewReason, { name: 'ReviewReason' });

@ObjectType('GrantToReview', {
  description: 'A valid grant that the rules now in force would not allow.',
})
export class GrantToReviewType {
  @Field(() => GrantType) grant!: GrantType;
  @Field(() => [ReviewReason]) reasons!: ReviewReason[];
}
