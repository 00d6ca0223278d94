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

@InputType()
export class AreaInput {
  @Field()
  @Trim()
  @IsNotEmpty()
  @MaxLength(LIMITS.name)
  name!: string;

  @Field({ defaultValue: '' })
  @Trim()
  @IsString()
  @MaxLength(LIMITS.longText)
  description: string = '';

  @Field(() => AreaSensitivity)
  @IsEnum(AreaSensitivity)
  sensitivity!: AreaSensitivity;
}

@InputType()
export class UpdateAreaInput {
  @Field({ nullable: true })
  @Omittable()
  @Trim()
  @IsNotEmpty()
  @MaxLength(LIMITS.name)
  name?: string;

  @Field({ nullable: true })
  @Omittable()
  @Trim()
  @IsString()
  @MaxLength(LIMITS.longText)
  description?: string;

  @Field(() => AreaSensitivity, { nullable: true })
  @Omittable()
  @IsEnum(AreaSensitivity)
  sensitivity?: AreaSensitivity;
}

@InputType()
export class OverlapInput {
  @Field(() => [ID])
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
@InputType({ isAbstract: true })
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

@InputType()
export class UpdateOverlapInput extends OverlapNotesInput {
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMinSize(2)
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true, message: 'organizationIds must be valid ids' })
  organizationIds?: string[];
}

@InputType()
export class ItemFieldInput {
  @Field({
    nullable: true,
    description: 'Keep the key of the previous version so redactions carry over.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  key?: string;

  @Field()
  @Trim()
  @IsNotEmpty()
  @MaxLength(LIMITS.name)
  label!: string;

  @Field(() => ItemFieldType)
  @IsEnum(ItemFieldType)
  type!: ItemFieldType;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.longText)
  text?: string | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  number?: number | null;
}

@InputType()
export class ItemContentInput {
  @Field()
  @Trim()
  @IsNotEmpty()
  @MaxLength(LIMITS.name)
  title!: string;

  @Field({ defaultValue: '', description: 'Markdown.' })
  @IsString()
  @MaxLength(LIMITS.document)
  body: string = '';

  @Field(() => [ItemFieldInput], { defaultValue: [] })
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => ItemFieldInput)
  fields: ItemFieldInput[] = [];

  @Field(() => ThirdPartyRule, { defaultValue: ThirdPartyRule.INTERNAL_ONLY })
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
  @Field(() => Int)
  @IsInt()
  @Min(0)
  start!: number;

  @Field(() => Int)
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

@InputType()
export class RedactionInput {
  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(100)
  @IsString({ each: true })
  fieldKeys: string[] = [];

  @Field(() => [SpanInput], { defaultValue: [] })
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

@InputType()
export class DisclosureRequestInput {
  @Field(() => Int, { nullable: true, description: 'Defaults to the current version.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;

  @Field(() => AudienceKind)
  @IsEnum(AudienceKind)
  audienceKind!: AudienceKind;

  @Field(() => [ID], { nullable: true, description: 'Required when audienceKind is NAMED.' })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true, message: 'recipientOrganizationIds must be valid ids' })
  recipientOrganizationIds?: string[];

  @Field(() => RedactionInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => RedactionInput)
  redaction?: RedactionInput;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @IsOptional()
  @IsDate()
  expiresAt?: Date | null;

  @Field({ defaultValue: '' })
  @Trim()
  @IsString()
  @MaxLength(LIMITS.longText)
  note: string = '';
}

@InputType()
export class RecipientRedactionInput {
  @IdInput('organizationId')
  organizationId!: string;

  @Field(() => RedactionInput)
  @ValidateNested()
  @Type(() => RedactionInput)
  redaction!: RedactionInput;
}

@InputType()
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

  @Field({ defaultValue: '' })
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

@InputType()
export class DecisionMessageInput {
  @Field()
  @Trim()
  @IsNotEmpty()
  @MaxLength(LIMITS.longText)
  message!: string;
}

@ArgsType()
export class ItemsArgs extends PageArgs {
  @IdInput('collaborationId')
  collaborationId!: string;

  @IdInput('areaId', { nullable: true })
  areaId?: string;

  @IdInput('ownerOrganizationId', { nullable: true })
  ownerOrganizationId?: string;
}

@ArgsType()
export class DisclosureRequestsArgs extends PageArgs {
  @IdInput('collaborationId')
  collaborationId!: string;

  @Field(() => DisclosureStatus, { nullable: true })
  @IsOptional()
  @IsEnum(DisclosureStatus)
  status?: DisclosureStatus;

  @IdInput('itemId', { nullable: true })
  itemId?: string;
}

@ArgsType()
export class SharedArgs extends PageArgs {
  @IdInput('collaborationId', { nullable: true })
  collaborationId?: string;

  @IdInput('areaId', { nullable: true })
  areaId?: string;

  @IdInput('ownerOrganizationId', { nullable: true })
  ownerOrganizationId?: string;
}

@ArgsType()
export class ViewAsSharedArgs extends PageArgs {
  @IdInput('collaborationId')
  collaborationId!: string;

  @Field(() => ID, { description: 'The participant whose view to show.' })
  @IsUUID('all', { message: 'organizationId must be a valid id' })
  organizationId!: string;

  @IdInput('areaId', { nullable: true })
  areaId?: string;

  @IdInput('ownerOrganizationId', { nullable: true })
  ownerOrganizationId?: string;
}

@InputType()
export class PublishInput {
  @Field()
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

  @Field(() => AudienceKind, { defaultValue: AudienceKind.ALL_ACTIVE })
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
