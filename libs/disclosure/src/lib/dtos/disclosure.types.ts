import {
  Field,
  Float,
  GraphQLISODateTime,
  ID,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import { Connection, Edge, GraphQLDecimal, PageInfo } from '@alianza/api-core';
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

registerEnumType(AreaSensitivity, {
  valuesMap: {
    MODERATED: { description: "Every disclosure needs the facilitator's decision." },
    OPEN: {
      description:
        'Disclosures to active participants are approved automatically, unless an overlap applies.',
    },
    RESTRICTED: { description: "No item is ever disclosed; only the facilitator's publications." },
  },
  description: 'How freely information flows in an area of exchange.',
  name: 'AreaSensitivity',
});
registerEnumType(ThirdPartyRule, {
  valuesMap: {
    ADVISORS: { description: 'They may show it to their own advisors.' },
    INTERNAL_ONLY: { description: 'It stays inside the recipient organization.' },
    PUBLIC: { description: 'They may pass it on freely.' },
  },
  description: 'What recipients may do with an item toward third parties.',
  name: 'ThirdPartyRule',
});
registerEnumType(ItemFieldType, {
  valuesMap: { NUMBER: { description: 'A number.' }, TEXT: { description: 'Text.' } },
  description: 'What a field of an item holds.',
  name: 'ItemFieldType',
});
registerEnumType(DisclosureStatus, {
  valuesMap: {
    APPROVED: { description: 'Approved: its grants were created.' },
    CHANGES_REQUESTED: { description: 'Sent back to the owner for changes.' },
    PENDING: { description: 'Waits for the facilitator.' },
    REJECTED: { description: 'Rejected by the facilitator.' },
    WITHDRAWN: { description: 'Withdrawn by the owner.' },
  },
  description: 'Where a disclosure request stands.',
  name: 'DisclosureStatus',
});
registerEnumType(AudienceKind, {
  valuesMap: {
    ALL_ACTIVE: { description: 'Every organization active in the collaboration.' },
    NAMED: { description: 'The organizations named.' },
  },
  description: 'Who something is shared with.',
  name: 'AudienceKind',
});

export enum GrantState {
  ACTIVE = 'active',
  EXPIRED = 'expired',
  REVOKED = 'revoked',
}
registerEnumType(GrantState, {
  valuesMap: {
    ACTIVE: { description: 'The recipient can read it.' },
    EXPIRED: { description: 'Its end date has passed.' },
    REVOKED: { description: 'The owner revoked it.' },
  },
  description: 'Whether a grant can be read.',
  name: 'GrantState',
});

@ObjectType('Area', {
  description: 'A topic of exchange in a collaboration, with how freely information flows in it.',
})
export class AreaType {
  @Field(() => ID, { description: 'The id of the area.' }) id!: string;
  @Field(() => ID, { description: 'The id of the collaboration.' }) collaborationId!: string;
  @Field({ description: "The area's name." }) name!: string;
  @Field({ description: 'What the area covers.' }) description!: string;
  @Field(() => AreaSensitivity, { description: 'How freely information flows in it.' })
  sensitivity!: AreaSensitivity;
  @Field(() => Int, { description: 'Its place in the list, from 0.' }) position!: number;
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

@ObjectType('Overlap', {
  description:
    'Organizations that compete in an area: the facilitator reviews what they share there.',
})
export class OverlapType {
  @Field(() => ID, { description: 'The id of the overlap.' }) id!: string;
  @Field(() => ID, { description: 'The id of the collaboration.' }) collaborationId!: string;
  @Field(() => ID, { description: 'The id of the area.' }) areaId!: string;
  @Field(() => [ID], { description: 'The ids of the organizations.' }) organizationIds!: string[];
  @Field(() => String, {
    nullable: true,
    description: 'The facilitator’s own note: null for everyone else, the parties included.',
  })
  note!: string | null;
  @Field({ description: 'What the organizations involved read about the overlap.' })
  sharedNote!: string;
  @Field(() => GraphQLISODateTime, { description: 'When it was declared.' }) createdAt!: Date;

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

@ObjectType('ItemField', { description: 'A field of an item: a text or a number with its label.' })
export class ItemFieldObject {
  @Field({ description: "The field's key, stable across versions." }) key!: string;
  @Field({ description: "The field's label." }) label!: string;
  @Field(() => ItemFieldType, { description: 'Whether it holds text or a number.' })
  type!: ItemFieldType;
  @Field(() => String, { description: 'The text; null for a number field.', nullable: true })
  text!: string | null;
  @Field(() => Float, { description: 'The number; null for a text field.', nullable: true })
  number!: number | null;

  static from(f: ItemField): ItemFieldObject {
    return Object.assign(new ItemFieldObject(), f);
  }
}

@ObjectType('ItemVersion', { description: "One version of an item's content." })
export class ItemVersionType {
  @Field(() => ID, { description: 'The id of the version.' }) id!: string;
  @Field(() => ID, { description: 'The id of the item.' }) itemId!: string;
  @Field(() => Int, { description: 'Its number, from 1.' }) version!: number;
  @Field({ description: "The item's title in this version." }) title!: string;
  @Field({ description: 'Markdown.' }) body!: string;
  @Field(() => [ItemFieldObject], { description: "The item's fields in this version." })
  fields!: ItemFieldObject[];
  @Field(() => ThirdPartyRule, { description: 'Whether recipients may pass it on to others.' })
  thirdPartyRule!: ThirdPartyRule;
  @Field(() => GraphQLISODateTime, { description: 'When it was saved.' }) createdAt!: Date;
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
  @Field(() => ID, { description: 'The id of the item.' }) id!: string;
  @Field(() => ID, { description: 'The id of the collaboration.' }) collaborationId!: string;
  @Field(() => ID, { description: 'The id of the area it belongs to.' }) areaId!: string;
  @Field(() => ID, { description: 'The id of the organization that owns it.' })
  ownerOrganizationId!: string;
  @Field(() => Int, { description: 'The number of its latest version.' }) currentVersion!: number;
  @Field(() => GraphQLISODateTime, { description: 'When it was created.' }) createdAt!: Date;
  @Field(() => GraphQLISODateTime, { description: 'When it last changed.' }) updatedAt!: Date;
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
  @Field(() => Int, { description: 'Where the span starts: an offset in characters, from 0.' })
  start!: number;
  @Field(() => Int, { description: 'Where the span ends: an offset in characters, exclusive.' })
  end!: number;
}

@ObjectType('Redaction', {
  description: 'What is hidden from the recipients: whole fields and spans of text.',
})
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
  @Field(() => ID, { description: 'The id of the file.' }) fileId!: string;
  @Field({ description: "The file's name." }) fileName!: string;
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
  @Field(() => ID, { description: 'The id of the organization from whom the value is hidden.' })
  organizationId!: string;
  @Field({ description: 'The key of the field.' }) fieldKey!: string;
  @Field({ description: 'The label of the field.' }) fieldLabel!: string;
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
  @Field(() => ID, { description: 'The id of the organization from whom the value is hidden.' })
  organizationId!: string;
  @Field({ description: 'The key of the field.' }) fieldKey!: string;
  @Field({ description: 'The label of the field.' }) fieldLabel!: string;
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
  @Field(() => Int, { description: 'How many fields are hidden.' }) redactedFieldCount!: number;
  @Field(() => Int, { description: 'How many spans of text are hidden.' })
  redactedSpanCount!: number;
}

@ObjectType('ReciprocityWarning', {
  description: 'A recipient that has received more than it gave.',
})
export class ReciprocityWarningType {
  @Field(() => ID, { description: 'The id of the organization.' }) organizationId!: string;
  @Field(() => GraphQLDecimal, {
    description: "The confirmed value it gave, a decimal in the ledger's scale.",
  })
  given!: string;
  @Field(() => GraphQLDecimal, {
    description: "The confirmed value it received, a decimal in the ledger's scale.",
  })
  received!: string;
  @Field(() => GraphQLDecimal, { description: 'Received minus given.' }) gap!: string;
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
  @Field(() => [ID], { description: 'The ids of the overlaps the request touches.' })
  overlapIds!: string[];
  @Field({ description: 'The request proposes an expiry.' }) expires!: boolean;
  @Field(() => ThirdPartyRule, { description: 'Whether recipients may pass it on to others.' })
  thirdPartyRule!: ThirdPartyRule;
}

@ObjectType('RecipientPreview', {
  description: 'Exactly what one recipient would see if approved as proposed.',
})
export class RecipientPreviewType {
  @Field(() => ID, { description: 'The id of the recipient organization.' })
  organizationId!: string;
  @Field({ description: "The recipient's name." }) organizationName!: string;
  @Field(() => RedactedContentType, { description: 'What the recipient would read, redacted.' })
  content!: RedactedContentType;
  @Field(() => [FileShareType], { description: 'The files it would get, and how.' })
  files!: FileShareType[];
}

@ObjectType('DisclosureRequest', {
  description: "An owner's request to share a version of an item, which the facilitator decides.",
})
export class DisclosureRequestType {
  @Field(() => ID, { description: 'The id of the request.' }) id!: string;
  @Field(() => ID, { description: 'The id of the collaboration.' }) collaborationId!: string;
  @Field(() => ID, { description: 'The id of the item.' }) itemId!: string;
  @Field(() => ID, { description: 'The id of the version to share.' }) itemVersionId!: string;
  @Field(() => ID, { description: "The id of the item's area." }) areaId!: string;
  @Field(() => ID, { description: 'The id of the organization that owns the item.' })
  ownerOrganizationId!: string;
  @Field(() => AudienceKind, {
    description: 'Who it is shared with: named organizations or all active ones.',
  })
  audienceKind!: AudienceKind;
  @Field(() => [ID], { description: 'The ids of the named recipients; empty for all active ones.' })
  recipientOrganizationIds!: string[];
  @Field(() => RedactionType, { description: 'What the owner proposes to hide.' })
  proposedRedaction!: RedactionType;
  @Field(() => GraphQLISODateTime, {
    description: 'When the grants end; null for no end.',
    nullable: true,
  })
  expiresAt!: Date | null;
  @Field({ description: "The owner's note to the facilitator." }) note!: string;
  @Field(() => DisclosureStatus, { description: 'Where the request stands.' })
  status!: DisclosureStatus;
  @Field({ description: 'Approved automatically (open area, no overlap).' }) autoApproved!: boolean;
  @Field(() => GraphQLISODateTime, {
    description: 'When the facilitator decided; null until then.',
    nullable: true,
  })
  decidedAt!: Date | null;
  @Field(() => String, {
    description: "The facilitator's message with the decision; null if none.",
    nullable: true,
  })
  decisionMessage!: string | null;
  @Field(() => [ID], {
    description: 'The ids of the overlaps the facilitator acknowledged on approving.',
  })
  acknowledgedOverlapIds!: string[];
  @Field(() => [AcknowledgedHiddenValueType], {
    description: 'The hidden values the facilitator acknowledged on approving.',
  })
  acknowledgedHiddenValues!: AcknowledgedHiddenValueType[];
  @Field(() => GraphQLISODateTime, { description: 'When it was made.' }) createdAt!: Date;

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
  @Field(() => ID, { description: 'The id of the grant.' }) id!: string;
  @Field({ description: 'Short reference printed in the watermark.' }) reference!: string;
  @Field(() => ID, { description: 'The id of the request that created it.' }) requestId!: string;
  @Field(() => ID, { description: 'The id of the item.' }) itemId!: string;
  @Field(() => ID, { description: 'The id of the version shared.' }) itemVersionId!: string;
  @Field(() => ID, { description: 'The id of the organization that owns the item.' })
  ownerOrganizationId!: string;
  @Field(() => ID, { description: 'The id of the organization that may read it.' })
  recipientOrganizationId!: string;
  @Field(() => RedactionType, { description: 'What is hidden from the recipient.' })
  redaction!: RedactionType;
  @Field(() => GraphQLISODateTime, {
    description: 'When it ends; null for no end.',
    nullable: true,
  })
  validUntil!: Date | null;
  @Field(() => GraphQLISODateTime, {
    description: 'When it was revoked; null unless it was.',
    nullable: true,
  })
  revokedAt!: Date | null;
  @Field(() => String, {
    description: 'Why it was revoked; null if no reason was given.',
    nullable: true,
  })
  revokeReason!: string | null;
  @Field(() => GrantState, { description: 'Whether it can be read now, was revoked or expired.' })
  state!: GrantState;
  @Field(() => GraphQLISODateTime, { description: 'When it was created.' }) createdAt!: Date;

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
  @Field({ description: 'The name of the recipient organization.' }) recipientName!: string;
  @Field({ description: 'The name of the owner organization.' }) ownerName!: string;
  @Field({ description: 'The title of the collaboration.' }) collaborationTitle!: string;
  @Field(() => GraphQLISODateTime, { description: 'When it was shared.' }) grantedAt!: Date;
  @Field({ description: "The grant's reference, to trace a copy back to it." }) reference!: string;
}

@ObjectType('SharedItem', {
  description: 'Something another organization shared with yours, as approved.',
})
export class SharedItemType {
  @Field(() => ID, { description: 'The id of the grant.' }) grantId!: string;
  @Field({ description: "The grant's reference, to trace a copy back to it." }) reference!: string;
  @Field(() => ID, { description: 'The id of the collaboration.' }) collaborationId!: string;
  @Field(() => ID, { description: 'The id of the item.' }) itemId!: string;
  @Field({ description: "The item's title." }) title!: string;
  @Field(() => Int, { description: 'The number of the version shared.' }) version!: number;
  @Field(() => ID, { description: "The id of the item's area." }) areaId!: string;
  @Field({ description: "The area's name." }) areaName!: string;
  @Field(() => ID, { description: 'The id of the organization that owns the item.' })
  ownerOrganizationId!: string;
  @Field({ description: "The owner's name." }) ownerOrganizationName!: string;
  @Field(() => ThirdPartyRule, { description: 'Whether the recipient may pass it on to others.' })
  thirdPartyRule!: ThirdPartyRule;
  @Field(() => GraphQLISODateTime, { description: 'When it was shared.' }) grantedAt!: Date;
  @Field(() => GraphQLISODateTime, {
    description: 'When the grant ends; null for no end.',
    nullable: true,
  })
  validUntil!: Date | null;
  @Field(() => WatermarkType, { description: 'What to print on every copy.' })
  watermark!: WatermarkType;
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
  @Field(() => ID, { description: 'The id of the publication.' }) id!: string;
  @Field(() => ID, { description: 'The id of the collaboration.' }) collaborationId!: string;
  @Field(() => ID, {
    description: 'The id of the area it is about; null for the whole collaboration.',
    nullable: true,
  })
  areaId!: string | null;
  @Field({ description: 'Its title.' }) title!: string;
  @Field({ description: 'Markdown.' }) body!: string;
  @Field(() => AudienceKind, { description: 'Who may read it.' }) audienceKind!: AudienceKind;
  @Field(() => GraphQLISODateTime, { description: 'When it was published.' }) createdAt!: Date;

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

registerEnumType(ReviewReason, {
  valuesMap: {
    AREA_MODERATED: { description: "Its area now needs the facilitator's decision." },
    AREA_RESTRICTED: { description: 'Its area now allows no disclosures.' },
    OVERLAP: { description: 'An overlap now applies to it.' },
  },
  description: 'Why the facilitator should review a grant.',
  name: 'ReviewReason',
});

@ObjectType('GrantToReview', {
  description: 'A valid grant that the rules now in force would not allow.',
})
export class GrantToReviewType {
  @Field(() => GrantType, { description: 'The grant.' }) grant!: GrantType;
  @Field(() => [ReviewReason], { description: 'Why the facilitator should review it.' })
  reasons!: ReviewReason[];
}

export const AreaConnection = Connection(AreaType, 'Area');
export const OverlapConnection = Connection(OverlapType, 'Overlap');
export const GrantToReviewConnection = Connection(GrantToReviewType, 'GrantToReview');
