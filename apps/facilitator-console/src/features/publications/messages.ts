import { defineMessages } from '@alianza/i18n';

export const publicationsMessages = defineMessages(
  { title: 'Publicaciones' },
  { title: 'Publications' },
);
