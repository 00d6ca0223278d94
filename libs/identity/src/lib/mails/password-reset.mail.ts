import type { Locale, MailContent } from '@alianza/mail';

export interface PasswordResetMailParams {
  /** The account's display name. */
  name: string;
  /** The link with its one-time token. */
  url: string;
  /** How long the link works. */
  minutes: number;
}

/** The password reset message, in the recipient's language. */
export function passwordResetMail(locale: Locale, params: PasswordResetMailParams): MailContent {
  const { name, url, minutes } = params;
  if (locale === 'en')
    return {
      subject: 'Reset your Alianza password',
      heading: 'Reset your password',
      paragraphs: [
        `Hello ${name},`,
        'Someone (most likely you) asked to reset the password of your Alianza account. To choose a new one, follow this link:',
      ],
      action: { label: 'Choose a new password', url },
      afterAction: [
        `The link works once, for ${minutes} minutes. Choosing a new password signs your account out everywhere.`,
        'If you did not ask for this, ignore this message: your password stays as it is.',
      ],
      reason:
        'You receive this message because a password reset was requested for your account on Alianza.',
    };
  return {
    subject: 'Restablece tu contraseña de Alianza',
    heading: 'Restablece tu contraseña',
    paragraphs: [
      `Hola, ${name}:`,
      'Alguien (seguramente tú) pidió restablecer la contraseña de tu cuenta de Alianza. Para elegir una nueva, sigue este enlace:',
    ],
    action: { label: 'Elegir una contraseña nueva', url },
    afterAction: [
      `El enlace funciona una sola vez, durante ${minutes} minutos. Al elegir una contraseña nueva se cierran todas las sesiones de tu cuenta.`,
      'Si no lo pediste tú, ignora este mensaje: tu contraseña no cambia.',
    ],
    reason:
      'Recibes este mensaje porque se pidió restablecer la contraseña de tu cuenta en Alianza.',
  };
}
