import { defineMessages } from '@alianza/i18n';

/** The `unsubscribe` namespace: the page a notification email's "stop these emails" link opens. */
export const unsubscribeMessages = defineMessages(
  {
    title: 'Dejar de recibir este aviso por correo',
    explain:
      'Este tipo de aviso dejará de llegarte por correo. Lo seguirás viendo en Alianza, y puedes volver a activarlo cuando quieras en «Notificaciones por correo».',
    confirm: 'Dejar de recibirlo por correo',
    done: 'Listo: «{{kind}}» ya no te llegará por correo. Lo seguirás viendo en Alianza.',
    settings: 'Elegir cómo te llegan los demás avisos',
    missing: 'A este enlace le falta una parte: ábrelo de nuevo desde el correo, completo.',
    invalid:
      'Este enlace no es válido. Ábrelo de nuevo desde el correo, completo, o entra en Alianza y elige tus notificaciones por correo.',
  },
  {
    title: 'Stop this notification by email',
    explain:
      'This kind of notification will stop reaching you by email. You will still see it in Alianza, and you can turn it back on at any time in “Email notifications”.',
    confirm: 'Stop these emails',
    done: 'Done: “{{kind}}” will no longer reach you by email. You will still see it in Alianza.',
    settings: 'Choose how the other notifications reach you',
    missing: 'This link is missing a part: open it again from the email, whole.',
    invalid:
      'This link is not valid. Open it again from the email, whole, or sign in to Alianza and choose your email notifications.',
  },
);
