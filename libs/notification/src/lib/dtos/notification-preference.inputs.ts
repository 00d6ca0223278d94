import { ArgsType, Field } from '@nestjs/graphql';
import { NotificationDelivery, NotificationKind } from '@alianza/shared';
import { IsEnum, IsString, MaxLength } from 'class-validator';

@ArgsType()
export class SetNotificationPreferenceArgs {
  @Field(() => NotificationKind, { description: 'The kind of notification.' })
  @IsEnum(NotificationKind)
  kind!: NotificationKind;

  @Field(() => NotificationDelivery, { description: 'How to deliver it.' })
  @IsEnum(NotificationDelivery)
  delivery!: NotificationDelivery;
}

@ArgsType()
export class UnsubscribeArgs {
  @Field({ description: 'The token of the link in a notification email.' })
  @IsString()
  @MaxLength(200)
  token!: string;
}
