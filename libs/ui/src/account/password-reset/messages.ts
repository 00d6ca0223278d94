import { defineMessages } from '@alianza/i18n';

/** The `password-reset` namespace: forgot password and reset pages, in both apps. */
export const passwordResetMessages = defineMessages(
  {
    forgot: {
      title: '¿Olvidaste tu contraseña?',
      intro:
        'Escribe el correo de tu cuenta y te enviaremos un enlace para elegir una contraseña nueva.',
      submit: 'Enviar el enlace',
      sentTitle: 'Revisa tu correo',
      sent: 'Si hay una cuenta con la dirección {{email}}, te hemos enviado un enlace para restablecer la contraseña. Funciona una sola vez y caduca en unos minutos; si no lo ves, mira en la carpeta de spam.',
      again: 'Enviar otro enlace',
      invalidEmail: 'Escribe una dirección de correo válida.',
    },
    reset: {
      title: 'Elige una contraseña nueva',
      intro: 'Al guardarla se cerrarán todas las sesiones de tu cuenta, también esta.',
      password: 'Contraseña nueva',
      passwordHint: 'Al menos {{min}} caracteres.',
      confirm: 'Repite la contraseña',
      tooShort: 'La contraseña debe tener al menos {{min}} caracteres.',
      mismatch: 'Las dos contraseñas no coinciden.',
      submit: 'Guardar la contraseña',
      doneTitle: 'Contraseña cambiada',
      done: 'Ya puedes entrar con tu contraseña nueva. Las demás sesiones de tu cuenta se han cerrado.',
      missing: 'Este enlace está incompleto. Ábrelo tal como llegó en el correo, o pide otro.',
      expired: 'Este enlace caducó. Pide otro: llegará en unos momentos.',
      used: 'Este enlace ya se usó. Si no fuiste tú, pide otro y cambia la contraseña.',
      unknown: 'Este enlace no es válido. Ábrelo tal como llegó en el correo, o pide otro.',
      requestNew: 'Pedir un enlace nuevo',
    },
    backToSignIn: 'Volver a entrar',
    signIn: 'Entrar',
  },
  {
    forgot: {
      title: 'Forgot your password?',
      intro:
        'Enter the email of your account and we will send you a link to choose a new password.',
      submit: 'Send the link',
      sentTitle: 'Check your email',
      sent: 'If there is an account with the address {{email}}, we have sent it a link to reset the password. It works once and expires in a few minutes; if you do not see it, look in your spam folder.',
      again: 'Send another link',
      invalidEmail: 'Enter a valid email address.',
    },
    reset: {
      title: 'Choose a new password',
      intro: 'Saving it signs your account out everywhere, here too.',
      password: 'New password',
      passwordHint: 'At least {{min}} characters.',
      confirm: 'Repeat the password',
      tooShort: 'The password must be at least {{min}} characters long.',
      mismatch: 'The two passwords do not match.',
      submit: 'Save the password',
      doneTitle: 'Password changed',
      done: 'You can sign in with your new password now. The other sessions of your account were ended.',
      missing: 'This link is incomplete. Open it as it came in the email, or ask for another one.',
      expired: 'This link has expired. Ask for another one: it arrives in a moment.',
      used: 'This link was used already. If it was not you, ask for another one and change the password.',
      unknown: 'This link is not valid. Open it as it came in the email, or ask for another one.',
      requestNew: 'Ask for a new link',
    },
    backToSignIn: 'Back to sign in',
    signIn: 'Sign in',
  },
);
