import { defineMessages, type MessageBundle } from '@alianza/i18n';

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

/** The frame's and sign-in page's texts; each screen's arrive with the screens (screen-messages.ts). */
export const consoleMessages: Record<string, MessageBundle> = {
  console: shellMessages,
};
