import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { NotificationDelivery, NotificationKind } from '@alianza/shared';

registerEnumType(NotificationDelivery, {
  name: 'NotificationDelivery',
  description: 'How a user hears of a kind of notification besides the app.',
  valuesMap: {
    IMMEDIATE: { description: 'An email as it happens.' },
    DAILY: { description: 'In one email a day, the daily digest.' },
    IN_APP: { description: 'No email: only in the app.' },
  },
});

@ObjectType('NotificationPreference', {
  description: 'How the user hears of one kind of notification by email.',
})
export class NotificationPreferenceType {
  @Field(() => NotificationKind, { description: 'The kind of notification.' })
  kind!: NotificationKind;
  @Field(() => NotificationDelivery, { description: 'The user’s choice, or the default.' })
  delivery!: NotificationDelivery;
  @Field(() => NotificationDelivery, { description: 'What applies when the user has not chosen.' })
  defaultDelivery!: NotificationDelivery;
}
