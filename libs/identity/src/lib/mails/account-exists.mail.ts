import type { Locale, MailContent } from '@alianza/mail';

export interface AccountExistsMailParams {
  /** The existing account's display name. */
  name: string;
  /** What was tried with the address: a new account, or moving another account to it. */
  attempt: 'sign-up' | 'email-change';
  /** The sign-in page of the app the account works in. */
  signInUrl: string;
  /** The page to ask for a password reset link. */
  forgotPasswordUrl: string;
}

/**
 * Told to the owner of an address someone tried to sign up with (the sign-up itself answered as
 * for a new address, so nobody learns who has an account), in the recipient's language.
 */
export function accountExistsMail(locale: Locale, params: AccountExistsMailParams): MailContent {
  const { name, attempt, signInUrl, forgotPasswordUrl } = params;
  if (locale === 'en')
    return {
      subject: 'Someone tried to use your address on Alianza',
      heading: 'You already have an account',
      paragraphs: [
        `Hello ${name},`,
        attempt === 'sign-up'
          ? 'Someone (most likely you) tried to create a new Alianza account with this address. It already has an account, so no new one was created and nothing changed in yours.'
          : 'Someone tried to move another Alianza account to this address. It already has an account, so nothing was moved and nothing changed in yours.',
        `If it was you, sign in with your account: ${signInUrl}`,
      ],
      action: { label: 'Choose a new password', url: forgotPasswordUrl },
      afterAction: [
        'If you forgot your password, the button above sends you a link to choose a new one.',
        'If it was not you, you need not do anything: your password stays as it is.',
      ],
      reason: 'You receive this message because someone gave your address on Alianza.',
    };
  return {
    subject: 'Alguien intentó usar tu dirección en Alianza',
    heading: 'Ya tienes una cuenta',
    paragraphs: [
      `Hola, ${name}:`,
      attempt === 'sign-up'
        ? 'Alguien (seguramente tú) intentó crear una cuenta nueva de Alianza con esta dirección. Ya tiene una cuenta, así que no se creó otra y nada cambió en la tuya.'
        : 'Alguien intentó pasar otra cuenta de Alianza a esta dirección. Ya tiene una cuenta, así que no se pasó nada y nada cambió en la tuya.',
      `Si fuiste tú, entra con tu cuenta: ${signInUrl}`,
    ],
    action: { label: 'Elegir una contraseña nueva', url: forgotPasswordUrl },
    afterAction: [
      'Si olvidaste tu contraseña, el botón de arriba te envía un enlace para elegir una nueva.',
      'Si no fuiste tú, no tienes que hacer nada: tu contraseña no cambia.',
    ],
    reason: 'Recibes este mensaje porque alguien indicó tu dirección en Alianza.',
  };
}
