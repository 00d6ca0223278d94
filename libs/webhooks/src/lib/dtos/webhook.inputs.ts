import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { PageArgs } from '@alianza/api-core';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';
import { WebhookEventKind } from '../webhook.enums';

@InputType({
  description:
    'A new webhook endpoint: of a collaboration you facilitate, or of an organization you own.',
})
export class CreateWebhookEndpointInput {
  @Field(() => ID, {
    nullable: true,
    description:
      'The collaboration (you facilitate it) whose events go to the endpoint. Exactly one of this and organizationId.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'collaborationId must be a valid id' })
  collaborationId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'The organization (you own it) whose events go to the endpoint: only what concerns it. Exactly one of this and collaborationId.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'organizationId must be a valid id' })
  organizationId?: string | null;

  @Field({
    description: 'Where deliveries are POSTed: an https:// address on the public internet.',
  })
  @IsString()
  @MaxLength(2000, { message: 'url must be at most 2000 characters' })
  url!: string;

  @Field(() => [WebhookEventKind], { description: 'The kinds of event to deliver (at least one).' })
  @ArrayMinSize(1, { message: 'eventKinds must name at least one event kind' })
  @ArrayMaxSize(20)
  @IsEnum(WebhookEventKind, { each: true, message: 'eventKinds: unknown event kind' })
  eventKinds!: WebhookEventKind[];

  @Field(() => String, { nullable: true, description: 'A note for you (what receives it).' })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'description must be at most 200 characters' })
  description?: string | null;
}

@InputType({ description: 'Which delivery to send again.' })
export class ReplayWebhookDeliveryInput {
  @Field(() => ID, { description: 'The delivery to replay (same event id and body).' })
  @IsUUID('all', { message: 'deliveryId must be a valid id' })
  deliveryId!: string;
}

@ArgsType()
export class WebhookDeliveriesArgs extends PageArgs {
  @Field(() => ID, { description: 'The endpoint whose deliveries to list.' })
  @IsUUID('all', { message: 'endpointId must be a valid id' })
  endpointId!: string;
}

@ArgsType()
export class WebhookEndpointsArgs extends PageArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'Only the endpoints of this collaboration (one you facilitate).',
  })
  @IsOptional()
  @IsUUID('all', { message: 'collaborationId must be a valid id' })
  collaborationId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Only the endpoints of this organization (one you own).',
  })
  @IsOptional()
  @IsUUID('all', { message: 'organizationId must be a valid id' })
  organizationId?: string | null;
}
