import type { Locale, MailContent } from '@alianza/mail';

export interface EmailVerificationMailParams {
  /** The account's display name. */
  name: string;
  /** The link with its one-time token. */
  url: string;
  /** How long the link works. */
  hours: number;
}

/** "Confirm your address", sent at sign-up and when asked again, in the recipient's language. */
export function emailVerificationMail(
  locale: Locale,
  params: EmailVerificationMailParams,
): MailContent {
  const { name, url, hours } = params;
  if (locale === 'en')
    return {
      subject: 'Confirm your email address for Alianza',
      heading: 'Confirm your email address',
      paragraphs: [
        `Hello ${name},`,
        'Your Alianza account was created with this address. To confirm that it is yours, follow this link:',
      ],
      action: { label: 'Confirm my address', url },
      afterAction: [
        `The link works once, for ${hours} hours. Until the address is confirmed, invitations sent to it cannot be answered from the account.`,
        'If you did not create this account, ignore this message: nothing is confirmed without you.',
      ],
      reason: 'You receive this message because an Alianza account was created with this address.',
    };
  return {
    subject: 'Confirma tu dirección de correo en Alianza',
    heading: 'Confirma tu dirección de correo',
    paragraphs: [
      `Hola, ${name}:`,
      'Se creó tu cuenta de Alianza con esta dirección. Para confirmar que es tuya, sigue este enlace:',
    ],
    action: { label: 'Confirmar mi dirección', url },
    afterAction: [
      `El enlace funciona una sola vez, durante ${hours} horas. Mientras la dirección no esté confirmada, las invitaciones enviadas a ella no se pueden responder desde la cuenta.`,
      'Si no creaste tú esta cuenta, ignora este mensaje: nada se confirma sin ti.',
    ],
    reason: 'Recibes este mensaje porque se creó una cuenta de Alianza con esta dirección.',
  };
}
