import { defineMessages } from '@alianza/i18n';

/**
 * The `sessions` namespace: the security screen's list of active sessions and signing devices
 * out. Both apps register it with their screens.
 */
export const sessionsMessages = defineMessages(
  {
    title: 'Sesiones activas',
    description:
      'Dónde está abierta tu cuenta. Si no reconoces un dispositivo, cierra su sesión y cambia tu contraseña.',
    caption: 'Tus sesiones abiertas, de la más reciente a la más antigua',
    device: 'Dispositivo',
    address: 'Dirección IP',
    lastActivity: 'Última actividad',
    signedIn: 'Inicio de sesión',
    thisDevice: 'Este dispositivo',
    apiClient: 'Cliente de la API',
    unknownDevice: 'Dispositivo desconocido',
    unknownAddress: 'Desconocida',
    empty: 'No hay ninguna sesión abierta.',
    end: 'Cerrar sesión',
    endLabel: 'Cerrar la sesión de {{device}}',
    ended: 'Sesión cerrada en {{device}}',
    endOthers: {
      button: 'Cerrar sesión en todos los demás dispositivos',
      title: '¿Cerrar sesión en todos los demás dispositivos?',
      text: 'Se cerrarán ahora todas tus sesiones salvo la de este dispositivo, también las de los clientes de la API. Para volver a entrar en ellos hará falta tu contraseña.',
      confirm: 'Cerrar las demás sesiones',
      cancel: 'Cancelar',
      done_one: 'Se ha cerrado {{count}} sesión en otro dispositivo.',
      done_other: 'Se han cerrado {{count}} sesiones en otros dispositivos.',
    },
  },
  {
    title: 'Active sessions',
    description:
      'Where your account is signed in. If you do not recognise a device, sign it out and change your password.',
    caption: 'Your open sessions, newest first',
    device: 'Device',
    address: 'IP address',
    lastActivity: 'Last activity',
    signedIn: 'Signed in',
    thisDevice: 'This device',
    apiClient: 'API client',
    unknownDevice: 'Unknown device',
    unknownAddress: 'Unknown',
    empty: 'No session is open.',
    end: 'Sign out',
    endLabel: 'Sign out {{device}}',
    ended: 'Signed out {{device}}',
    endOthers: {
      button: 'Sign out everywhere else',
      title: 'Sign out everywhere else?',
      text: 'Every session of yours but this device’s ends now, API clients’ too. Signing in on them again takes your password.',
      confirm: 'Sign the others out',
      cancel: 'Cancel',
      done_one: '{{count}} other session signed out.',
      done_other: '{{count}} other sessions signed out.',
    },
  },
);
