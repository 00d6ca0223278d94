import { defineMessages } from '@alianza/i18n';

/** The `notification-preferences` namespace: both apps register it for their settings screen. */
export const notificationPreferencesMessages = defineMessages(
  {
    title: 'Notificaciones por correo',
    menu: 'Notificaciones por correo',
    description:
      'Elige cómo te llega cada tipo de aviso: un correo en el momento, un resumen diario o solo en la aplicación. Los correos nunca incluyen el contenido: dicen qué pasó y enlazan a Alianza.',
    caption: 'Cómo te llega cada tipo de aviso',
    delivery: {
      IMMEDIATE: 'Inmediato',
      DAILY: 'Resumen diario',
      IN_APP: 'Solo en la aplicación',
    },
    defaultHint: 'Si no eliges: {{delivery}}',
    saved: '«{{kind}}»: {{delivery}}',
    digestNote:
      'El resumen diario llega una vez al día y reúne, de los tipos que lo tengan elegido, los avisos desde el resumen anterior.',
  },
  {
    title: 'Email notifications',
    menu: 'Email notifications',
    description:
      'Choose how each kind of notification reaches you: an email as it happens, a daily digest, or only in the app. Emails never include the content: they say what happened and link to Alianza.',
    caption: 'How each kind of notification reaches you',
    delivery: {
      IMMEDIATE: 'Immediately',
      DAILY: 'Daily digest',
      IN_APP: 'In the app only',
    },
    defaultHint: 'If you do not choose: {{delivery}}',
    saved: '“{{kind}}”: {{delivery}}',
    digestNote:
      'The daily digest arrives once a day and gathers, of the kinds set to it, the notifications since the previous digest.',
  },
);
