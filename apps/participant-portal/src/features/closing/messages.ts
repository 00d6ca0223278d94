import { defineMessages } from '@alianza/i18n';

export const closingMessages = defineMessages({ title: 'Evaluación' }, { title: 'Evaluation' });
