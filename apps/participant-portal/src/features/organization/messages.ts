import { defineMessages } from '@alianza/i18n';

export const organizationMessages = defineMessages(
  { title: 'Nuestra organización' },
  { title: 'Our organization' },
);
