import { defineMessages } from '@alianza/i18n';

export const exchangeMessages = defineMessages(
  { title: 'Qué buscamos y ofrecemos' },
  { title: 'What we seek and offer' },
);
