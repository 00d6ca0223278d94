import { defineMessages } from '@alianza/i18n';

export const closingMessages = defineMessages(
  { title: 'Cierre y evaluación' },
  { title: 'Closing and evaluation' },
);
