import { defineMessages, type MessageBundle } from '@alianza/i18n';
import { apiTokensMessages, redactionMessages } from '@alianza/ui';
import { activityMessages } from '../features/activity/messages';
import { areasMessages } from '../features/areas/messages';
import { auditMessages } from '../features/audit/messages';
import { benchmarksMessages } from '../features/benchmarks/messages';
import { closingMessages } from '../features/closing/messages';
import { collaborationsMessages } from '../features/collaborations/messages';
import { grantsMessages } from '../features/grants/messages';
import { ledgerMessages } from '../features/ledger/messages';
import { overviewMessages } from '../features/overview/messages';
import { participantsMessages } from '../features/participants/messages';
import { planMessages } from '../features/plan/messages';
import { publicationsMessages } from '../features/publications/messages';
import { questionsMessages } from '../features/questions/messages';
import { queueMessages } from '../features/queue/messages';
import { reportsMessages } from '../features/reports/messages';
import { rulesMessages } from '../features/rules/messages';
import { viewAsMessages } from '../features/view-as/messages';

const shellMessages = defineMessages(
  {
    appTitle: 'Consola de facilitación',
    notFacilitator:
      'Esta consola es para facilitadores. Tu cuenta participa como empresa: entra en el portal de participantes.',
    goToPortal: 'Ir al portal de participantes',
    nav: {
      collaborations: 'Mis colaboraciones',
      collaboration: 'Colaboración',
      exchange: 'Intercambio',
      plan: 'Plan y balance',
    },
  },
  {
    appTitle: 'Facilitator console',
    notFacilitator:
      'This console is for facilitators. Your account takes part as a company: use the participant portal.',
    goToPortal: 'Go to the participant portal',
    nav: {
      collaborations: 'My collaborations',
      collaboration: 'Collaboration',
      exchange: 'Exchange',
      plan: 'Plan and balance',
    },
  },
);

/** Every namespace of the console: one per feature, `console` for the frame. */
export const consoleMessages: Record<string, MessageBundle> = {
  console: shellMessages,
  collaborations: collaborationsMessages,
  overview: overviewMessages,
  participants: participantsMessages,
  rules: rulesMessages,
  areas: areasMessages,
  activity: activityMessages,
  queue: queueMessages,
  grants: grantsMessages,
  'view-as': viewAsMessages,
  publications: publicationsMessages,
  benchmarks: benchmarksMessages,
  questions: questionsMessages,
  audit: auditMessages,
  plan: planMessages,
  ledger: ledgerMessages,
  closing: closingMessages,
  reports: reportsMessages,
  'api-tokens': apiTokensMessages,
  redaction: redactionMessages,
};
