import { defineMessages } from '@alianza/i18n';

export const itemsMessages = defineMessages(
  { title: 'Nuestra información' },
  { title: 'Our information' },
);
