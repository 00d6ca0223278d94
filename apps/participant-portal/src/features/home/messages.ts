import { defineMessages } from '@alianza/i18n';

export const homeMessages = defineMessages(
  { title: 'Mis colaboraciones' },
  { title: 'My collaborations' },
);
