import { defineMessages, type MessageBundle } from '@alianza/i18n';
import { twoFactorSignInMessages } from '@alianza/ui';

const shellMessages = defineMessages(
  {
    appTitle: 'Portal de participantes',
    nav: {
      start: 'Inicio',
      collaboration: 'Colaboración',
      exchange: 'Intercambio',
      plan: 'Plan y balance',
    },
  },
  {
    appTitle: 'Participant portal',
    nav: {
      start: 'Start',
      collaboration: 'Collaboration',
      exchange: 'Exchange',
      plan: 'Plan and balance',
    },
  },
);

/** The frame's and sign-in page's texts; each screen's arrive with the screens (screen-messages.ts). */
export const portalMessages = {
  portal: shellMessages,
  'two-factor-sign-in': twoFactorSignInMessages,
} satisfies Record<string, MessageBundle>;
