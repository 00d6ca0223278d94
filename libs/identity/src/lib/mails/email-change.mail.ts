import type { Locale, MailContent } from '@alianza/mail';

/**
 * An address with most of its local part hidden (`nueva@empresa.example` → `n***@empresa.example`):
 * enough for its owner to recognise it, not enough to hand it to whoever reads the old mailbox.
 */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 1) return '***';
  return `${email.slice(0, 1)}***${email.slice(at)}`;
}

export interface EmailChangeConfirmMailParams {
  name: string;
  /** The link with its one-time token. */
  url: string;
  hours: number;
}

/** To the NEW address: confirm it to move the account there. */
export function emailChangeConfirmMail(
  locale: Locale,
  params: EmailChangeConfirmMailParams,
): MailContent {
  const { name, url, hours } = params;
  if (locale === 'en')
    return {
      subject: 'Confirm your new email address for Alianza',
      heading: 'Confirm your new address',
      paragraphs: [
        `Hello ${name},`,
        'You asked to use this address for your Alianza account. To confirm it, follow this link:',
      ],
      action: { label: 'Use this address', url },
      afterAction: [
        `The link works once, for ${hours} hours. Until you follow it, the account keeps its current address.`,
        'If you did not ask for this, ignore this message: nothing changes.',
      ],
      reason: 'You receive this message because this address was given for an Alianza account.',
    };
  return {
    subject: 'Confirma tu nueva dirección de correo en Alianza',
    heading: 'Confirma tu nueva dirección',
    paragraphs: [
      `Hola, ${name}:`,
      'Pediste usar esta dirección para tu cuenta de Alianza. Para confirmarla, sigue este enlace:',
    ],
    action: { label: 'Usar esta dirección', url },
    afterAction: [
      `El enlace funciona una sola vez, durante ${hours} horas. Hasta que lo sigas, la cuenta conserva su dirección actual.`,
      'Si no lo pediste tú, ignora este mensaje: nada cambia.',
    ],
    reason: 'Recibes este mensaje porque se indicó esta dirección para una cuenta de Alianza.',
  };
}

export interface EmailChangeNoticeParams {
  name: string;
  /** The new address, masked (`maskEmail`). */
  maskedEmail: string;
  /** The page to ask for a password reset link. */
  forgotPasswordUrl: string;
}

/** To the OLD address, when a change is asked for: it is about to move, unless it was not you. */
export function emailChangeRequestedMail(
  locale: Locale,
  params: EmailChangeNoticeParams,
): MailContent {
  const { name, maskedEmail, forgotPasswordUrl } = params;
  if (locale === 'en')
    return {
      subject: 'Your Alianza address is being changed',
      heading: 'Your address is being changed',
      paragraphs: [
        `Hello ${name},`,
        `Someone signed in to your Alianza account asked to change its address to ${maskedEmail}. The change happens only once the new address is confirmed.`,
      ],
      action: { label: 'Choose a new password', url: forgotPasswordUrl },
      afterAction: [
        'If it was not you, choose a new password now (it signs the account out everywhere) and tell the person who runs Alianza for you.',
        'If it was you, you need not do anything.',
      ],
      reason: 'You receive this message because a change of your Alianza address was asked for.',
    };
  return {
    subject: 'Se está cambiando tu dirección en Alianza',
    heading: 'Se está cambiando tu dirección',
    paragraphs: [
      `Hola, ${name}:`,
      `Alguien con la sesión iniciada en tu cuenta de Alianza pidió cambiar su dirección a ${maskedEmail}. El cambio solo ocurre cuando se confirme la dirección nueva.`,
    ],
    action: { label: 'Elegir una contraseña nueva', url: forgotPasswordUrl },
    afterAction: [
      'Si no fuiste tú, elige ya una contraseña nueva (cierra todas las sesiones de la cuenta) y avisa a quien administra Alianza para ti.',
      'Si fuiste tú, no tienes que hacer nada.',
    ],
    reason: 'Recibes este mensaje porque se pidió cambiar tu dirección de Alianza.',
  };
}

/** To the OLD address, once the change is confirmed: the account signs in with the new one. */
export function emailChangedMail(
  locale: Locale,
  params: Omit<EmailChangeNoticeParams, 'forgotPasswordUrl'>,
): MailContent {
  const { name, maskedEmail } = params;
  if (locale === 'en')
    return {
      subject: 'Your Alianza address was changed',
      heading: 'Your address was changed',
      paragraphs: [
        `Hello ${name},`,
        `Your Alianza account now uses the address ${maskedEmail}: sign in with it from now on. This address no longer receives the account's messages.`,
      ],
      afterAction: [
        'If it was not you, tell the person who runs Alianza for you right away: they can help you recover the account.',
      ],
      reason: 'You receive this message because this was the address of an Alianza account.',
    };
  return {
    subject: 'Se cambió tu dirección en Alianza',
    heading: 'Se cambió tu dirección',
    paragraphs: [
      `Hola, ${name}:`,
      `Tu cuenta de Alianza usa ahora la dirección ${maskedEmail}: entra con ella a partir de ahora. Esta dirección ya no recibe los mensajes de la cuenta.`,
    ],
    afterAction: [
      'Si no fuiste tú, avisa cuanto antes a quien administra Alianza para ti: te puede ayudar a recuperar la cuenta.',
    ],
    reason: 'Recibes este mensaje porque esta era la dirección de una cuenta de Alianza.',
  };
}
