import { defineMessages } from '@alianza/i18n';

export const adminUsersMessages = defineMessages(
  {
    title: 'Usuarios',
    description:
      'Todas las cuentas de la plataforma: da o quita el papel de facilitación, restablece la verificación en dos pasos de quien perdió su dispositivo y consulta su registro de seguridad.',
    search: 'Buscar',
    searchPlaceholder: 'Correo o nombre',
    empty: 'Todavía no hay usuarios.',
    emptySearch: 'Ningún usuario coincide con «{{search}}».',
    caption: 'Usuarios, de la cuenta más reciente a la más antigua',
    columns: {
      user: 'Usuario',
      roles: 'Papeles',
      secondFactor: 'Verificación en dos pasos',
      since: 'Alta',
      actions: 'Acciones',
    },
    secondFactor: {
      on: 'Activada',
      off: 'No',
    },
    roles: {
      platformAdmin: 'Administración',
      facilitator: 'Facilitación',
      none: 'Participante',
    },
    actionsFor: 'Acciones para {{name}}',
    makeFacilitator: {
      action: 'Dar el papel de facilitación',
      heading: '¿Dar el papel de facilitación a {{name}}?',
      body: 'Podrá crear colaboraciones y facilitarlas. Puedes quitárselo cuando quieras.',
      confirm: 'Dar el papel',
      done: '{{name}} ya puede facilitar.',
    },
    revokeFacilitator: {
      action: 'Quitar el papel de facilitación',
      heading: '¿Quitar el papel de facilitación a {{name}}?',
      body: 'No podrá crear colaboraciones ni entrar en esta consola. Puedes volver a dárselo cuando quieras.',
      confirm: 'Quitar el papel',
      done: '{{name}} ya no tiene el papel de facilitación.',
    },
    resetSecondFactor: {
      action: 'Restablecer la verificación en dos pasos',
      heading: 'Restablecer la verificación en dos pasos de {{name}}',
      warning:
        'Desde ese momento, cualquiera que conozca la contraseña de esta cuenta podrá entrar en ella sin código. Hazlo solo si has comprobado que quien lo pide es {{name}} (por ejemplo, porque perdió su teléfono). Se cierran todas sus sesiones.',
      reason: 'Motivo',
      reasonDescription:
        'Obligatorio. {{name}} lo leerá en el registro de seguridad de su cuenta, con tu nombre.',
      reasonRequired: 'Escribe el motivo',
      confirm: 'Restablecer',
      done: 'La verificación en dos pasos de {{name}} está desactivada y sus sesiones cerradas.',
      none: '{{name}} no tiene la verificación en dos pasos activada: no hay nada que restablecer.',
    },
    log: {
      action: 'Ver el registro de seguridad',
      heading: 'Registro de seguridad de {{name}}',
      caption: 'Cambios en cómo se entra en la cuenta, del más reciente al más antiguo',
      reason: 'Motivo: «{{reason}}»',
    },
  },
  {
    title: 'Users',
    description:
      "Every account of the platform: give or take away the facilitator role, reset the two-step verification of someone who lost their device, and read an account's security log.",
    search: 'Search',
    searchPlaceholder: 'Email or name',
    empty: 'No users yet.',
    emptySearch: 'No user matches “{{search}}”.',
    caption: 'Users, newest account first',
    columns: {
      user: 'User',
      roles: 'Roles',
      secondFactor: 'Two-step verification',
      since: 'Joined',
      actions: 'Actions',
    },
    secondFactor: {
      on: 'On',
      off: 'Off',
    },
    roles: {
      platformAdmin: 'Administrator',
      facilitator: 'Facilitator',
      none: 'Participant',
    },
    actionsFor: 'Actions for {{name}}',
    makeFacilitator: {
      action: 'Make facilitator',
      heading: 'Make {{name}} a facilitator?',
      body: 'They will be able to create collaborations and facilitate them. You can take the role away at any time.',
      confirm: 'Make facilitator',
      done: '{{name}} can facilitate now.',
    },
    revokeFacilitator: {
      action: 'Remove the facilitator role',
      heading: 'Remove the facilitator role from {{name}}?',
      body: 'They will not be able to create collaborations or enter this console. You can give the role back at any time.',
      confirm: 'Remove the role',
      done: '{{name}} is no longer a facilitator.',
    },
    resetSecondFactor: {
      action: 'Reset two-step verification',
      heading: 'Reset the two-step verification of {{name}}',
      warning:
        'From then on, anyone who knows the password of this account can sign in without a code. Do it only once you have checked that whoever asks is {{name}} (for instance, because they lost their phone). All their sessions end.',
      reason: 'Reason',
      reasonDescription:
        'Required. {{name}} will read it in their account security log, with your name.',
      reasonRequired: 'Write the reason',
      confirm: 'Reset',
      done: 'The two-step verification of {{name}} is off and their sessions have ended.',
      none: '{{name}} does not have two-step verification turned on: there is nothing to reset.',
    },
    log: {
      action: 'See the security log',
      heading: 'Security log of {{name}}',
      caption: 'Changes to how the account signs in, newest first',
      reason: 'Reason: “{{reason}}”',
    },
  },
);
