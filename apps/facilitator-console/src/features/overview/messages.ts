import { defineMessages } from '@alianza/i18n';

export const overviewMessages = defineMessages({ title: 'Resumen' }, { title: 'Overview' });
