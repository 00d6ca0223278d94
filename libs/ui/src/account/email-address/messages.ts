import { defineMessages } from '@alianza/i18n';

/**
 * The `email-address` namespace: confirming the account's address (the link's page, the banner
 * until it is confirmed) and moving the account to another address, in both apps.
 */
export const emailAddressMessages = defineMessages(
  {
    banner: {
      title: 'Confirma tu dirección de correo',
      text: 'Te enviamos un enlace a {{email}}. Hasta que lo sigas, no puedes responder a invitaciones enviadas a esa dirección.',
      resend: 'Enviar otro enlace',
      sent: 'Te hemos enviado otro enlace a {{email}}. Mira también en la carpeta de spam.',
      already: 'Tu dirección ya está confirmada.',
    },
    verify: {
      title: 'Confirma tu dirección de correo',
      intro: 'Pulsa el botón para confirmar que esta dirección de correo es tuya.',
      submit: 'Confirmar mi dirección',
      doneTitle: 'Dirección confirmada',
      done: 'Gracias: tu dirección de correo está confirmada. Ya puedes responder a las invitaciones que te lleguen a ella.',
      expired: 'Este enlace caducó. Entra en tu cuenta y pide otro desde el aviso de arriba.',
      used: 'Este enlace ya se usó: tu dirección ya está confirmada.',
      stale:
        'Este enlace es de una dirección que tu cuenta ya no tiene: no hay nada que confirmar.',
    },
    change: {
      title: 'Confirma tu nueva dirección',
      intro:
        'Pulsa el botón para que tu cuenta use esta dirección de correo. A partir de entonces entrarás con ella.',
      submit: 'Usar esta dirección',
      doneTitle: 'Dirección cambiada',
      done: 'Tu cuenta usa ya la dirección nueva: entra con ella a partir de ahora. Avisamos a la dirección anterior.',
      expired: 'Este enlace caducó. Entra en tu cuenta y pide el cambio otra vez desde Seguridad.',
      used: 'Este enlace ya se usó: el cambio ya está hecho.',
      taken: 'Otra cuenta usa ya esa dirección: tu dirección no ha cambiado.',
    },
    link: {
      missing: 'Este enlace está incompleto. Ábrelo tal como llegó en el correo.',
      unknown: 'Este enlace no es válido. Ábrelo tal como llegó en el correo.',
      toApp: 'Ir a la aplicación',
      signIn: 'Entrar',
      signedOut: 'No hace falta que hayas entrado: el enlace basta.',
    },
    form: {
      title: 'Dirección de correo',
      current: 'Tu cuenta usa {{email}}.',
      unverified: 'Aún sin confirmar.',
      verified: 'Confirmada.',
      newEmail: 'Dirección nueva',
      password: 'Tu contraseña actual',
      passwordHint: 'Te la pedimos otra vez para proteger tu cuenta.',
      submit: 'Cambiar la dirección',
      invalidEmail: 'Escribe una dirección de correo válida.',
      same: 'Esa ya es la dirección de tu cuenta.',
      sentTitle: 'Revisa tu correo nuevo',
      sent: 'Si {{email}} puede usarse, te hemos enviado allí un enlace para confirmar el cambio (caduca en unas horas). Tu cuenta sigue usando su dirección actual hasta que lo sigas; a ella le avisamos del cambio.',
      again: 'Cambiar a otra dirección',
    },
  },
  {
    banner: {
      title: 'Confirm your email address',
      text: 'We sent a link to {{email}}. Until you follow it, you cannot answer invitations sent to that address.',
      resend: 'Send another link',
      sent: 'We sent another link to {{email}}. Look in your spam folder too.',
      already: 'Your address is confirmed already.',
    },
    verify: {
      title: 'Confirm your email address',
      intro: 'Press the button to confirm that this email address is yours.',
      submit: 'Confirm my address',
      doneTitle: 'Address confirmed',
      done: 'Thank you: your email address is confirmed. You can now answer the invitations that reach it.',
      expired: 'This link has expired. Sign in and ask for another one from the notice at the top.',
      used: 'This link was used already: your address is confirmed.',
      stale: 'This link is for an address your account no longer has: there is nothing to confirm.',
    },
    change: {
      title: 'Confirm your new address',
      intro:
        'Press the button for your account to use this email address. From then on you sign in with it.',
      submit: 'Use this address',
      doneTitle: 'Address changed',
      done: 'Your account uses the new address now: sign in with it from now on. We told the previous address.',
      expired: 'This link has expired. Sign in and ask for the change again from Security.',
      used: 'This link was used already: the change is done.',
      taken: 'Another account uses that address by now: your address did not change.',
    },
    link: {
      missing: 'This link is incomplete. Open it as it came in the email.',
      unknown: 'This link is not valid. Open it as it came in the email.',
      toApp: 'Go to the app',
      signIn: 'Sign in',
      signedOut: 'You need not be signed in: the link is enough.',
    },
    form: {
      title: 'Email address',
      current: 'Your account uses {{email}}.',
      unverified: 'Not confirmed yet.',
      verified: 'Confirmed.',
      newEmail: 'New address',
      password: 'Your current password',
      passwordHint: 'We ask for it again to protect your account.',
      submit: 'Change the address',
      invalidEmail: 'Enter a valid email address.',
      same: 'That is your account’s address already.',
      sentTitle: 'Check your new mailbox',
      sent: 'If {{email}} can be used, we sent it a link to confirm the change (it expires in a few hours). Your account keeps its current address until you follow it; we told that address of the change.',
      again: 'Change to another address',
    },
  },
);
