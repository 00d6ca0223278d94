import { defineMessages } from '@alianza/i18n';
import type { AccountEventKind } from '@alianza/shared';

/**
 * The `two-factor` namespace: the security screen (two-factor sign-in, recovery codes, the
 * account security log) and the set-up a role that requires it is sent to. Both apps register
 * it with their screens.
 */
export const twoFactorMessages = defineMessages(
  {
    title: 'Seguridad de la cuenta',
    menu: 'Seguridad',
    description:
      'Tu dirección de correo, la verificación en dos pasos, dónde está abierta tu cuenta y el registro de lo que ha cambiado en cómo se entra en ella.',
    status: {
      title: 'Verificación en dos pasos',
      on: 'Activada',
      off: 'Desactivada',
      onSince:
        'Activada el {{date}}. Al entrar, además de la contraseña se pide un código de tu app de autenticación.',
      offText:
        'Con ella, para entrar hace falta tu contraseña y un código de 6 cifras que genera una app en tu móvil (Google Authenticator, Microsoft Authenticator, 1Password, Aegis…).',
      required: 'Tu función (facilitación o administración) la exige en esta instancia.',
      codesLeft: 'Códigos de recuperación sin usar: {{count}}',
      codesLow: 'Te quedan pocos códigos de recuperación: genera otros nuevos.',
      start: 'Activar la verificación en dos pasos',
      regenerate: 'Generar códigos de recuperación nuevos',
      disable: 'Desactivar',
    },
    setup: {
      title: 'Activar la verificación en dos pasos',
      step1: '1. Escanea este código QR con tu app de autenticación.',
      qrAlt: 'Código QR para añadir tu cuenta de Alianza a la app de autenticación',
      manual: '¿No puedes escanearlo? Escribe esta clave en la app (tipo: basada en el tiempo).',
      secretLabel: 'Clave para escribir a mano',
      copy: 'Copiar la clave',
      copied: 'Copiada',
      step2: '2. Escribe el código de 6 cifras que muestra la app para confirmar.',
      code: 'Código de la app',
      codeHint: '6 cifras; cambia cada 30 segundos.',
      codeRequired: 'Escribe las 6 cifras del código.',
      confirm: 'Confirmar y activar',
      cancel: 'Cancelar',
      wrongCode:
        'Ese código no es correcto o ya se usó. Comprueba que la hora del móvil es la correcta y escribe el código que se ve ahora.',
      done: 'Verificación en dos pasos activada',
    },
    codes: {
      title: 'Guarda tus códigos de recuperación',
      warning:
        'Si pierdes el móvil, cada uno de estos códigos te deja entrar una vez. Guárdalos en un lugar seguro (un gestor de contraseñas, o en papel): no se volverán a mostrar.',
      listLabel: 'Códigos de recuperación',
      copy: 'Copiar todos',
      copied: 'Copiados',
      download: 'Descargar (.txt)',
      fileHeader: 'Códigos de recuperación de Alianza para {{email}}. Cada uno sirve una sola vez.',
      saved: 'Los he guardado en un lugar seguro',
      finish: 'Terminar',
    },
    regenerate: {
      title: 'Generar códigos de recuperación nuevos',
      text: 'Los códigos que tienes ahora dejarán de funcionar. Escribe un código de tu app para confirmar.',
      submit: 'Generar códigos nuevos',
      done: 'Códigos de recuperación nuevos generados',
    },
    disable: {
      title: '¿Desactivar la verificación en dos pasos?',
      text: 'Para entrar bastará tu contraseña. Confirma con tu contraseña o con un código de tu app (o un código de recuperación).',
      requiredWarning:
        'Tu función exige la verificación en dos pasos: al desactivarla no podrás hacer nada más hasta volver a activarla.',
      withPassword: 'Con mi contraseña',
      withCode: 'Con un código',
      password: 'Contraseña',
      wrongPassword: 'La contraseña no es correcta.',
      code: 'Código de la app o de recuperación',
      submit: 'Desactivar',
      done: 'Verificación en dos pasos desactivada',
    },
    required: {
      title: 'Activa la verificación en dos pasos para continuar',
      text: 'Tu cuenta puede ver información sensible de todas las partes, así que esta instancia exige un segundo paso al entrar. Configúralo ahora: solo lleva un minuto.',
      signOut: 'Salir',
    },
    log: {
      title: 'Registro de seguridad',
      caption: 'Cambios en cómo se entra en tu cuenta, del más reciente al más antiguo',
      empty: 'Todavía no hay nada en el registro.',
      when: 'Cuándo',
      what: 'Qué',
      where: 'Desde',
      unknownPlace: 'Desconocido',
      byAdmin: 'Por {{name}} (administración): «{{reason}}»',
      kinds: {
        SECOND_FACTOR_ENABLED: 'Verificación en dos pasos activada',
        SECOND_FACTOR_DISABLED: 'Verificación en dos pasos desactivada',
        SECOND_FACTOR_RESET: 'Verificación en dos pasos restablecida por la administración',
        RECOVERY_CODE_USED: 'Entrada con un código de recuperación',
        RECOVERY_CODES_REGENERATED: 'Códigos de recuperación nuevos',
        PASSWORD_CHANGED: 'Contraseña cambiada',
        SESSION_ENDED: 'Sesión cerrada en un dispositivo',
        OTHER_SESSIONS_ENDED: 'Sesión cerrada en todos los demás dispositivos',
        EMAIL_VERIFIED: 'Dirección de correo confirmada',
        EMAIL_CHANGE_REQUESTED: 'Cambio de dirección de correo pedido',
        EMAIL_CHANGED: 'Dirección de correo cambiada',
        CALENDAR_FEED_CREATED: 'Dirección de calendario creada',
        CALENDAR_FEED_REVOKED: 'Dirección de calendario desactivada',
      } satisfies Record<keyof typeof AccountEventKind, string>,
    },
  },
  {
    title: 'Account security',
    menu: 'Security',
    description:
      'Your email address, two-step verification, where your account is signed in, and the record of what changed in how it signs in.',
    status: {
      title: 'Two-step verification',
      on: 'On',
      off: 'Off',
      onSince:
        'On since {{date}}. Signing in asks for a code from your authenticator app besides your password.',
      offText:
        'With it, signing in takes your password and a 6-digit code that an app on your phone makes (Google Authenticator, Microsoft Authenticator, 1Password, Aegis…).',
      required: 'Your role (facilitation or administration) requires it on this instance.',
      codesLeft: 'Unused recovery codes: {{count}}',
      codesLow: 'You have few recovery codes left: make new ones.',
      start: 'Turn on two-step verification',
      regenerate: 'Make new recovery codes',
      disable: 'Turn off',
    },
    setup: {
      title: 'Turn on two-step verification',
      step1: '1. Scan this QR code with your authenticator app.',
      qrAlt: 'QR code that adds your Alianza account to your authenticator app',
      manual: 'Cannot scan it? Type this key into the app (type: time-based).',
      secretLabel: 'Key to type by hand',
      copy: 'Copy the key',
      copied: 'Copied',
      step2: '2. Type the 6-digit code the app shows, to confirm.',
      code: 'Code from the app',
      codeHint: '6 digits; it changes every 30 seconds.',
      codeRequired: 'Type the 6 digits of the code.',
      confirm: 'Confirm and turn on',
      cancel: 'Cancel',
      wrongCode:
        "That code is not right, or was used already. Check that your phone's clock is right and type the code it shows now.",
      done: 'Two-step verification is on',
    },
    codes: {
      title: 'Save your recovery codes',
      warning:
        'If you lose your phone, each of these codes lets you in once. Keep them somewhere safe (a password manager, or on paper): they will not be shown again.',
      listLabel: 'Recovery codes',
      copy: 'Copy all',
      copied: 'Copied',
      download: 'Download (.txt)',
      fileHeader: 'Alianza recovery codes for {{email}}. Each works once.',
      saved: 'I have saved them somewhere safe',
      finish: 'Finish',
    },
    regenerate: {
      title: 'Make new recovery codes',
      text: 'The codes you have now will stop working. Type a code from your app to confirm.',
      submit: 'Make new codes',
      done: 'New recovery codes made',
    },
    disable: {
      title: 'Turn off two-step verification?',
      text: 'Your password alone will sign you in. Confirm with your password or with a code from your app (or a recovery code).',
      requiredWarning:
        'Your role requires two-step verification: once it is off, you can do nothing else until you turn it on again.',
      withPassword: 'With my password',
      withCode: 'With a code',
      password: 'Password',
      wrongPassword: 'The password is not correct.',
      code: 'Code from the app, or a recovery code',
      submit: 'Turn off',
      done: 'Two-step verification is off',
    },
    required: {
      title: 'Turn on two-step verification to continue',
      text: "Your account can see every party's sensitive information, so this instance requires a second step when signing in. Set it up now: it takes a minute.",
      signOut: 'Sign out',
    },
    log: {
      title: 'Security log',
      caption: 'Changes to how your account signs in, newest first',
      empty: 'Nothing in the log yet.',
      when: 'When',
      what: 'What',
      where: 'From',
      unknownPlace: 'Unknown',
      byAdmin: 'By {{name}} (administration): “{{reason}}”',
      kinds: {
        SECOND_FACTOR_ENABLED: 'Two-step verification turned on',
        SECOND_FACTOR_DISABLED: 'Two-step verification turned off',
        SECOND_FACTOR_RESET: 'Two-step verification reset by the administration',
        RECOVERY_CODE_USED: 'Signed in with a recovery code',
        RECOVERY_CODES_REGENERATED: 'New recovery codes',
        PASSWORD_CHANGED: 'Password changed',
        SESSION_ENDED: 'A device signed out',
        OTHER_SESSIONS_ENDED: 'Signed out everywhere else',
        EMAIL_VERIFIED: 'Email address confirmed',
        EMAIL_CHANGE_REQUESTED: 'Change of email address asked for',
        EMAIL_CHANGED: 'Email address changed',
        CALENDAR_FEED_CREATED: 'Calendar address created',
        CALENDAR_FEED_REVOKED: 'Calendar address turned off',
      },
    },
  },
);

/**
 * The `two-factor-sign-in` namespace: the sign-in's second step. Both apps load it with the
 * sign-in page (their `messages.ts`), before anyone is signed in.
 */
export const twoFactorSignInMessages = defineMessages(
  {
    title: 'Verificación en dos pasos',
    intro: 'Escribe el código de 6 cifras que muestra tu app de autenticación.',
    code: 'Código de la app',
    codeRequired: 'Escribe las 6 cifras del código.',
    recoveryIntro: 'Escribe uno de tus códigos de recuperación. Cada uno sirve una sola vez.',
    recoveryCode: 'Código de recuperación',
    recoveryRequired: 'Escribe un código de recuperación.',
    useRecovery: '¿No tienes el móvil? Usa un código de recuperación',
    useApp: 'Usar un código de la app',
    submit: 'Verificar',
    back: 'Volver a empezar',
    wrongCode: 'Ese código no es correcto o ya se usó. Escribe el que muestra la app ahora.',
    wrongRecovery: 'Ese código de recuperación no es correcto o ya se usó.',
    expired:
      'Ha pasado demasiado tiempo o esta entrada ya se completó. Vuelve a escribir tu contraseña.',
    lostEverything:
      '¿Has perdido el móvil y los códigos? Pide a la administración de la plataforma que restablezca tu verificación en dos pasos.',
  },
  {
    title: 'Two-step verification',
    intro: 'Type the 6-digit code your authenticator app shows.',
    code: 'Code from the app',
    codeRequired: 'Type the 6 digits of the code.',
    recoveryIntro: 'Type one of your recovery codes. Each works once.',
    recoveryCode: 'Recovery code',
    recoveryRequired: 'Type a recovery code.',
    useRecovery: 'No phone at hand? Use a recovery code',
    useApp: 'Use a code from the app',
    submit: 'Verify',
    back: 'Start again',
    wrongCode: 'That code is not right, or was used already. Type the one the app shows now.',
    wrongRecovery: 'That recovery code is not right, or was used already.',
    expired:
      'Too much time has passed, or this sign-in was completed already. Enter your password again.',
    lostEverything:
      'Lost your phone and your codes? Ask the platform administration to reset your two-step verification.',
  },
);
