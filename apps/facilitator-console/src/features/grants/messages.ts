import { defineMessages } from '@alianza/i18n';

export const grantsMessages = defineMessages({ title: 'Accesos concedidos' }, { title: 'Grants' });
