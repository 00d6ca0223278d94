import { ArgsType, Field, Float, GraphQLISODateTime, ID, InputType, Int } from '@nestjs/graphql';
import { IdInput, LIMITS, Omittable, PageArgs, Trim } from '@alianza/api-core';
import {
  AreaSensitivity,
  AudienceKind,
  DisclosureStatus,
  ItemFieldType,
  ThirdPartyRule,
} from '@alianza/shared';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsDate,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

@InputType({ description: 'A new area of exchange.' })
export class AreaInput {
  @Field({ description: "The area's name." })
  @Trim()
  @IsNotEmpty()
  @MaxLength(LIMITS.name)
  name!: string;

  @Field({ description: 'What the area covers.', defaultValue: '' })
  @Trim()
  @IsString()
  @MaxLength(LIMITS.longText)
  description: string = '';

  @Field(() => AreaSensitivity, { description: 'How freely information flows in it.' })
  @IsEnum(AreaSensitivity)
  sensitivity!: AreaSensitivity;
}

@InputType({ description: 'Changes to an area; omitted fields stay as they are.' })
export class UpdateAreaInput {
  @Field({ description: 'The new name.', nullable: true })
  @Omittable()
  @Trim()
  @IsNotEmpty()
  @MaxLength(LIMITS.name)
  name?: string;

  @Field({ description: 'The new description.', nullable: true })
  @Omittable()
  @Trim()
  @IsString()
  @MaxLength(LIMITS.longText)
  description?: string;

  @Field(() => AreaSensitivity, {
    description: 'How freely information flows in it.',
    nullable: true,
  })
  @Omittable()
  @IsEnum(AreaSensitivity)
  sensitivity?: AreaSensitivity;
}

@InputType({ description: 'Whether an area is archived.' })
export class SetAreaArchivedInput {
  @Field({ description: 'True to archive the area, false to restore it.' })
  @IsBoolean()
  archived!: boolean;
}

@InputType({ description: 'Organizations that compete in an area.' })
export class OverlapInput {
  @Field(() => [ID], { description: 'The ids of the organizations, at least two.' })
  @ArrayMinSize(2)
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true, message: 'organizationIds must be valid ids' })
  organizationIds!: string[];

  @Field({ defaultValue: '', description: 'Your own note: nobody else reads it.' })
  @Trim()
  @IsString()
  @MaxLength(LIMITS.longText)
  note: string = '';

  @Field({ defaultValue: '', description: 'What the organizations involved will read.' })
  @Trim()
  @IsString()
  @MaxLength(LIMITS.longText)
  sharedNote: string = '';
}

/** The facilitator's two texts on an overlap, each optional (shared by the inputs that take them). */
@InputType({ description: "The facilitator's notes on an overlap.", isAbstract: true })
export class OverlapNotesInput {
  @Field({ nullable: true, description: 'Your own note: nobody else reads it.' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(LIMITS.longText)
  note?: string;

  @Field({ nullable: true, description: 'What the organizations involved will read.' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(LIMITS.longText)
  sharedNote?: string;
}

@InputType({ description: 'Changes to an overlap; omitted fields stay as they are.' })
export class UpdateOverlapInput extends OverlapNotesInput {
  @Field(() => [ID], { description: 'The ids of the organizations, at least two.', nullable: true })
  @IsOptional()
  @ArrayMinSize(2)
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true, message: 'organizationIds must be valid ids' })
  organizationIds?: string[];
}

@InputType({ description: 'A field of an item: a text or a number with its label.' })
export class ItemFieldInput {
  @Field({
    nullable: true,
    description: 'Keep the key of the previous version so redactions carry over.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  key?: string;

  @Field({ description: "The field's label." })
  @Trim()
  @IsNotEmpty()
  @MaxLength(LIMITS.name)
  label!: string;

  @Field(() => ItemFieldType, { description: 'Whether it holds text or a number.' })
  @IsEnum(ItemFieldType)
  type!: ItemFieldType;

  @Field(() => String, { description: 'The text, for a text field.', nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.longText)
  text?: string | null;

  @Field(() => Float, { description: 'The number, for a number field.', nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  number?: number | null;
}

@InputType({ description: 'The content of an item: saved as a new version.' })
export class ItemContentInput {
  @Field({ description: "The item's title." })
  @Trim()
  @IsNotEmpty()
  @MaxLength(LIMITS.name)
  title!: string;

  @Field({ defaultValue: '', description: 'Markdown.' })
  @IsString()
  @MaxLength(LIMITS.document)
  body: string = '';

  @Field(() => [ItemFieldInput], { description: "The item's fields.", defaultValue: [] })
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => ItemFieldInput)
  fields: ItemFieldInput[] = [];

  @Field(() => ThirdPartyRule, {
    description: 'Whether recipients may pass it on to others.',
    defaultValue: ThirdPartyRule.INTERNAL_ONLY,
  })
  @IsEnum(ThirdPartyRule)
  thirdPartyRule: ThirdPartyRule = ThirdPartyRule.INTERNAL_ONLY;

  @Field(() => [ID], {
    nullable: true,
    description:
      "The new version's documents, in order: files uploaded (POST /files) for the item's participant and not attached yet, or files of the item's current version. Left out: the current version's files (none for a new item); []: none.",
  })
  @Omittable()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'fileIds must be valid ids' })
  fileIds?: string[];
}

@InputType({
  description:
    'Characters [start, end) of the text as read: the rendered Markdown without its markup, blocks separated by a blank line (see docs/adr/0013).',
})
export class SpanInput {
  @Field(() => Int, { description: 'Where the span starts: an offset in characters, from 0.' })
  @IsInt()
  @Min(0)
  start!: number;

  @Field(() => Int, { description: 'Where the span ends: an offset in characters, exclusive.' })
  @IsInt()
  @Min(0)
  end!: number;
}

@InputType({
  description:
    'A file of the version that a recipient gets (docs/adr/0032); files not listed are withheld.',
})
export class FileShareInput {
  @IdInput('fileId')
  fileId!: string;

  @Field(() => [Int], {
    nullable: true,
    description: 'Pages of a PDF (from 1); null or absent: the whole file.',
  })
  @IsOptional()
  @ArrayMaxSize(5000)
  @IsInt({ each: true })
  pages?: number[] | null;

  @Field({ defaultValue: false, description: 'Whether it may be downloaded, not only viewed.' })
  @IsBoolean()
  download: boolean = false;
}

@InputType({ description: 'What to hide from the recipients: whole fields and spans of text.' })
export class RedactionInput {
  @Field(() => [String], { description: 'The keys of the fields to hide.', defaultValue: [] })
  @ArrayMaxSize(100)
  @IsString({ each: true })
  fieldKeys: string[] = [];

  @Field(() => [SpanInput], { description: 'The spans of text to hide.', defaultValue: [] })
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => SpanInput)
  spans: SpanInput[] = [];

  @Field(() => [FileShareInput], {
    nullable: true,
    description:
      'The files shared; any other is withheld. Absent in a request: none; in a per-recipient decision: as proposed.',
  })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => FileShareInput)
  files?: FileShareInput[] | null;
}

@InputType({ description: 'What to share, with whom, and what to hide.' })
export class DisclosureRequestInput {
  @Field(() => Int, { nullable: true, description: 'Defaults to the current version.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;

  @Field(() => AudienceKind, {
    description: 'Who to share with: named organizations or all active ones.',
  })
  @IsEnum(AudienceKind)
  audienceKind!: AudienceKind;

  @Field(() => [ID], { nullable: true, description: 'Required when audienceKind is NAMED.' })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true, message: 'recipientOrganizationIds must be valid ids' })
  recipientOrganizationIds?: string[];

  @Field(() => RedactionInput, {
    description: 'What to hide; nothing when omitted.',
    nullable: true,
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => RedactionInput)
  redaction?: RedactionInput;

  @Field(() => GraphQLISODateTime, {
    description: 'When the grants end; no end when omitted.',
    nullable: true,
  })
  @IsOptional()
  @IsDate()
  expiresAt?: Date | null;

  @Field({ description: 'A note to the facilitator.', defaultValue: '' })
  @Trim()
  @IsString()
  @MaxLength(LIMITS.longText)
  note: string = '';
}

@InputType({ description: 'What to hide from one recipient.' })
export class RecipientRedactionInput {
  @IdInput('organizationId')
  organizationId!: string;

  @Field(() => RedactionInput, { description: 'What to hide from it.' })
  @ValidateNested()
  @Type(() => RedactionInput)
  redaction!: RedactionInput;
}

@InputType({ description: "The facilitator's approval of a disclosure request." })
export class ApproveDisclosureInput {
  @Field(() => [RecipientRedactionInput], {
    defaultValue: [],
    description: 'Extra redactions for some recipients, added to the proposed ones.',
  })
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => RecipientRedactionInput)
  perRecipient: RecipientRedactionInput[] = [];

  @Field(() => [ID], {
    defaultValue: [],
    description: 'Every overlap the disclosure crosses must be acknowledged.',
  })
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true, message: 'acknowledgeOverlapIds must be valid ids' })
  acknowledgeOverlapIds: string[] = [];

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Replaces the proposed expiry.' })
  @IsOptional()
  @IsDate()
  expiresAt?: Date | null;

  @Field({ description: 'A message to the owner.', defaultValue: '' })
  @Trim()
  @IsString()
  @MaxLength(LIMITS.longText)
  message: string = '';

  @Field({
    defaultValue: false,
    description:
      'Required when a hidden field’s value can still be read in the text, the title, a visible field or a shared file (see DisclosureRequest.hiddenValueWarnings): approve knowingly.',
  })
  @IsBoolean()
  acknowledgeHiddenValueLeaks: boolean = false;

  @Field({
    nullable: true,
    description: 'Required when a recipient is over the reciprocity threshold.',
  })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(LIMITS.longText)
  reciprocityReason?: string;
}

@InputType({ description: "The facilitator's message with a decision." })
export class DecisionMessageInput {
  @Field({ description: 'The message to the owner.' })
  @Trim()
  @IsNotEmpty()
  @MaxLength(LIMITS.longText)
  message!: string;
}

@ArgsType()
export class AreasArgs extends PageArgs {
  @Field(() => Boolean, {
    nullable: true,
    defaultValue: true,
    description:
      'Whether archived areas are listed too (the default, as they keep their items and grants); false for the areas that take new items.',
  })
  @IsOptional()
  @IsBoolean()
  includeArchived?: boolean;
}

@ArgsType()
export class ItemsArgs extends PageArgs {
  @IdInput('collaborationId')
  collaborationId!: string;

  @IdInput('areaId', { nullable: true, description: 'Only items of this area.' })
  areaId?: string;

  @IdInput('ownerOrganizationId', {
    nullable: true,
    description: 'Only items this organization owns.',
  })
  ownerOrganizationId?: string;
}

@ArgsType()
export class DisclosureRequestsArgs extends PageArgs {
  @IdInput('collaborationId')
  collaborationId!: string;

  @Field(() => DisclosureStatus, { description: 'Only requests with this status.', nullable: true })
  @IsOptional()
  @IsEnum(DisclosureStatus)
  status?: DisclosureStatus;

  @IdInput('itemId', { nullable: true, description: 'Only requests to share this item.' })
  itemId?: string;
}

@ArgsType()
export class SharedArgs extends PageArgs {
  @IdInput('collaborationId', { nullable: true, description: 'Only items of this collaboration.' })
  collaborationId?: string;

  @IdInput('areaId', { nullable: true, description: 'Only items of this area.' })
  areaId?: string;

  @IdInput('ownerOrganizationId', {
    nullable: true,
    description: 'Only items this organization owns.',
  })
  ownerOrganizationId?: string;
}

@ArgsType()
export class ViewAsSharedArgs extends PageArgs {
  @IdInput('collaborationId')
  collaborationId!: string;

  @Field(() => ID, { description: 'The participant whose view to show.' })
  @IsUUID('all', { message: 'organizationId must be a valid id' })
  organizationId!: string;

  @IdInput('areaId', { nullable: true, description: 'Only items of this area.' })
  areaId?: string;

  @IdInput('ownerOrganizationId', {
    nullable: true,
    description: 'Only items this organization owns.',
  })
  ownerOrganizationId?: string;
}

@InputType({ description: 'A text from the facilitator to participants.' })
export class PublishInput {
  @Field({ description: 'Its title.' })
  @Trim()
  @IsNotEmpty()
  @MaxLength(LIMITS.name)
  title!: string;

  @Field({ description: 'Markdown. Name no sources.' })
  @Trim()
  @IsNotEmpty()
  @MaxLength(LIMITS.document)
  body!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The area it summarises, e.g. a restricted one.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'areaId must be a valid id' })
  areaId?: string;

  @Field(() => AudienceKind, {
    description: 'Who may read it.',
    defaultValue: AudienceKind.ALL_ACTIVE,
  })
  @IsEnum(AudienceKind)
  audienceKind: AudienceKind = AudienceKind.ALL_ACTIVE;

  @Field(() => [ID], { nullable: true, description: 'Required when audienceKind is NAMED.' })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true, message: 'recipientOrganizationIds must be valid ids' })
  recipientOrganizationIds?: string[];
}

@ArgsType()
export class PublicationsArgs extends PageArgs {
  @IdInput('collaborationId')
  collaborationId!: string;
}
