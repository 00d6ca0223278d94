import { defineMessages } from '@alianza/i18n';

/** The `api-tokens` namespace: both apps register it for their API tokens screen. */
export const apiTokensMessages = defineMessages(
  {
    title: 'Tokens de la API',
    menu: 'Tokens de la API',
    description:
      'Un token es una llave para que otro programa (una hoja de cálculo, un panel de control, el sistema informático de tu empresa) descargue tus informes sin usar tu contraseña. Solo sirve para leer informes, con tu mismo acceso, y puedes anularlo cuando quieras.',
    create: {
      title: 'Crear un token',
      name: 'Nombre',
      nameHint: 'Para qué es, por ejemplo «Informe mensual para la junta».',
      nameRequired: 'Escribe un nombre.',
      expiry: 'Caduca el',
      expiryHint: 'Por defecto dentro de 90 días; como mucho dentro de un año.',
      expiryRequired: 'Elige una fecha de caducidad.',
      submit: 'Crear token',
      done: 'Token creado',
    },
    secret: {
      title: 'Copia el token ahora: no se volverá a mostrar',
      warning:
        'Solo guardamos una huella del token, no el token. Si lo pierdes, revócalo y crea otro. Trátalo como una contraseña: quien lo tenga puede leer tus informes.',
      label: 'Token secreto «{{name}}»',
      copy: 'Copiar el token',
      copied: 'Copiado',
      dismiss: 'Ya lo he guardado',
    },
    list: {
      title: 'Tus tokens',
      caption: 'Tus tokens de la API, del más reciente al más antiguo',
      empty: 'Aún no has creado ningún token.',
      name: 'Nombre',
      prefix: 'Empieza por',
      state: 'Estado',
      created: 'Creado',
      expires: 'Caduca',
      lastUsed: 'Último uso',
      never: 'Nunca',
      actions: 'Acciones',
      revokedOn: 'Revocado el {{date}}',
    },
    state: {
      ACTIVE: 'Activo',
      EXPIRED: 'Caducado',
      REVOKED: 'Revocado',
    },
    revoke: {
      action: 'Revocar',
      named: 'Revocar el token «{{name}}»',
      title: '¿Revocar el token «{{name}}»?',
      warning:
        'Los programas que lo usen dejarán de poder leer informes al instante. No se puede deshacer: para volver a leer, crea un token nuevo.',
      confirm: 'Revocar token',
      done: 'Token revocado: ya no funciona',
    },
    howTo: {
      title: 'Cómo usarlo',
      plain:
        'Crea un token, cópialo y dáselo a la persona o al programa que va a leer los informes (por ejemplo, a quien gestione vuestros sistemas). Si no sabes si lo necesitas, probablemente no: los informes se pueden descargar siempre desde la propia pantalla de informes.',
      technical: 'Instrucciones técnicas (para quien programe)',
      intro:
        'Envía el token en la cabecera «Authorization: Bearer …». Guárdalo en una variable de entorno en lugar de escribirlo en la orden.',
      csv: 'Descargar un informe en CSV:',
      graphql: 'Consultar la API GraphQL:',
      scope:
        'Un token solo lee informes (colaboración, cartera, organización) y su CSV; no puede cambiar nada.',
    },
  },
  {
    title: 'API tokens',
    menu: 'API tokens',
    description:
      'A token is a key that lets another program (a spreadsheet, a dashboard, your company’s systems) download your reports without using your password. It only reads reports, with your own access, and you can cancel it whenever you like.',
    create: {
      title: 'Create a token',
      name: 'Name',
      nameHint: 'What it is for, e.g. “Monthly board report”.',
      nameRequired: 'Enter a name.',
      expiry: 'Expires on',
      expiryHint: 'In 90 days unless you choose; at most in one year.',
      expiryRequired: 'Choose an expiry date.',
      submit: 'Create token',
      done: 'Token created',
    },
    secret: {
      title: 'Copy the token now: it will not be shown again',
      warning:
        'We keep only a fingerprint of the token, not the token. If you lose it, revoke it and create another. Treat it like a password: whoever holds it can read your reports.',
      label: 'Secret token “{{name}}”',
      copy: 'Copy the token',
      copied: 'Copied',
      dismiss: 'I have saved it',
    },
    list: {
      title: 'Your tokens',
      caption: 'Your API tokens, newest first',
      empty: 'You have not created any token yet.',
      name: 'Name',
      prefix: 'Starts with',
      state: 'State',
      created: 'Created',
      expires: 'Expires',
      lastUsed: 'Last used',
      never: 'Never',
      actions: 'Actions',
      revokedOn: 'Revoked on {{date}}',
    },
    state: {
      ACTIVE: 'Active',
      EXPIRED: 'Expired',
      REVOKED: 'Revoked',
    },
    revoke: {
      action: 'Revoke',
      named: 'Revoke the token “{{name}}”',
      title: 'Revoke the token “{{name}}”?',
      warning:
        'Programs using it will stop reading reports at once. This cannot be undone: to read again, create a new token.',
      confirm: 'Revoke token',
      done: 'Token revoked: it no longer works',
    },
    howTo: {
      title: 'How to use it',
      plain:
        'Create a token, copy it and give it to the person or program that will read the reports (for instance, whoever runs your systems). If you are not sure you need one, you probably do not: reports can always be downloaded from the reports screen itself.',
      technical: 'Technical instructions (for whoever programs)',
      intro:
        'Send the token in the “Authorization: Bearer …” header. Keep it in an environment variable rather than typing it in the command.',
      csv: 'Download a report as CSV:',
      graphql: 'Query the GraphQL API:',
      scope:
        'A token only reads reports (collaboration, portfolio, organization) and their CSV; it cannot change anything.',
    },
  },
);
