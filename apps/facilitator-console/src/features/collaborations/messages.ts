import { defineMessages } from '@alianza/i18n';

export const collaborationsMessages = defineMessages(
  { title: 'Mis colaboraciones' },
  { title: 'My collaborations' },
);
