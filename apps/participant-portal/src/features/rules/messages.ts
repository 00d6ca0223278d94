import { defineMessages } from '@alianza/i18n';

export const rulesMessages = defineMessages(
  { title: 'Reglas del juego' },
  { title: 'Ground rules' },
);
