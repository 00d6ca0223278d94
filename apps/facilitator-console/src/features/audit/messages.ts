import { defineMessages } from '@alianza/i18n';

export const auditMessages = defineMessages(
  { title: 'Registro de auditoría' },
  { title: 'Audit log' },
);
