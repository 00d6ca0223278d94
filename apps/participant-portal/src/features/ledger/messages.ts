import { defineMessages } from '@alianza/i18n';

export const ledgerMessages = defineMessages(
  { title: 'Debe y haber' },
  { title: 'Give and receive' },
);
