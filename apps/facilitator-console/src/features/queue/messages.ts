import { defineMessages } from '@alianza/i18n';

export const queueMessages = defineMessages(
  { title: 'Cola de solicitudes' },
  { title: 'Disclosure queue' },
);
