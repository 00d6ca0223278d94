import { defineMessages, type MessageBundle } from '@alianza/i18n';
import { twoFactorSignInMessages } from '@alianza/ui';

const shellMessages = defineMessages(
  {
    appTitle: 'Consola de facilitación',
    notFacilitator:
      'Esta consola es para facilitadores. Tu cuenta participa como empresa: entra en el portal de participantes.',
    goToPortal: 'Ir al portal de participantes',
    adminOnly: {
      title: 'Solo para la administración de la plataforma',
      body: 'Esta pantalla es solo para quienes administran la plataforma. Tu cuenta no tiene ese papel.',
    },
    nav: {
      collaborations: 'Mis colaboraciones',
      collaboration: 'Colaboración',
      exchange: 'Intercambio',
      plan: 'Plan y balance',
      admin: 'Administración',
    },
  },
  {
    appTitle: 'Facilitator console',
    notFacilitator:
      'This console is for facilitators. Your account takes part as a company: use the participant portal.',
    goToPortal: 'Go to the participant portal',
    adminOnly: {
      title: 'Only for platform administrators',
      body: 'This screen is only for those who administer the platform. Your account does not have that role.',
    },
    nav: {
      collaborations: 'My collaborations',
      collaboration: 'Collaboration',
      exchange: 'Exchange',
      plan: 'Plan and balance',
      admin: 'Administration',
    },
  },
);

/** The frame's and sign-in page's texts; each screen's arrive with the screens (screen-messages.ts). */
export const consoleMessages = {
  console: shellMessages,
  'two-factor-sign-in': twoFactorSignInMessages,
} satisfies Record<string, MessageBundle>;
