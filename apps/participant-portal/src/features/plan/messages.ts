import { defineMessages } from '@alianza/i18n';

export const planMessages = defineMessages({ title: 'Plan de acción' }, { title: 'Action plan' });
