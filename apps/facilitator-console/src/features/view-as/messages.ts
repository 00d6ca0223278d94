import { defineMessages } from '@alianza/i18n';

export const viewAsMessages = defineMessages(
  { title: 'Ver como participante' },
  { title: 'View as a participant' },
);
