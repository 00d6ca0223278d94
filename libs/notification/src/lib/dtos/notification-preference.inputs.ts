import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { useInstead } from '@alianza/api-core';
import { NotificationDelivery, NotificationKind } from '@alianza/shared';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';

@InputType({ description: 'How one kind of notification reaches you by email.' })
export class SetNotificationPreferenceInput {
  @Field(() => NotificationKind, { description: 'The kind of notification.' })
  @IsEnum(NotificationKind)
  kind!: NotificationKind;

  @Field(() => NotificationDelivery, { description: 'How to deliver it.' })
  @IsEnum(NotificationDelivery)
  delivery!: NotificationDelivery;
}

@ArgsType()
export class SetNotificationPreferenceArgs {
  @Field(() => SetNotificationPreferenceInput, {
    nullable: true,
    description: 'The kind and its delivery (required while the deprecated arguments live).',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => SetNotificationPreferenceInput)
  input?: SetNotificationPreferenceInput | null;

  @Field(() => NotificationKind, {
    nullable: true,
    description: 'The kind of notification.',
    deprecationReason: useInstead('input.kind'),
  })
  @IsOptional()
  @IsEnum(NotificationKind)
  kind?: NotificationKind | null;

  @Field(() => NotificationDelivery, {
    nullable: true,
    description: 'How to deliver it.',
    deprecationReason: useInstead('input.delivery'),
  })
  @IsOptional()
  @IsEnum(NotificationDelivery)
  delivery?: NotificationDelivery | null;
}

@InputType({ description: 'The link in a notification email.' })
export class UnsubscribeInput {
  @Field({ description: 'The token of the link in a notification email.' })
  @IsString()
  @MaxLength(200)
  token!: string;
}

@ArgsType()
export class UnsubscribeArgs {
  @Field(() => UnsubscribeInput, {
    nullable: true,
    description: 'The link (required while the deprecated argument lives).',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => UnsubscribeInput)
  input?: UnsubscribeInput | null;

  @Field(() => String, {
    nullable: true,
    description: 'The token of the link in a notification email.',
    deprecationReason: useInstead('input.token'),
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  token?: string | null;
}
