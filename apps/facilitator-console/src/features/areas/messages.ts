import { defineMessages } from '@alianza/i18n';

export const areasMessages = defineMessages(
  { title: 'Áreas y solapamientos' },
  { title: 'Areas and overlaps' },
);
