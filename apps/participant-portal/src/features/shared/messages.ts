import { defineMessages } from '@alianza/i18n';

export const sharedMessages = defineMessages(
  { title: 'Compartido con nosotros' },
  { title: 'Shared with us' },
);
