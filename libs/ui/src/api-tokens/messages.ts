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
      limit: 'Solo para unas consultas fijas',
      limitHint:
        'El token ejecutará solo las consultas GraphQL que pegues aquí (consultas persistidas), y nada más. Para cambiarlas, crea otro token y revoca este.',
      queries: {
        title: 'Consultas del token',
        label: 'Consulta {{n}}',
        hint: 'Un documento GraphQL con una sola consulta (query). Se guarda tal cual, sin espacios al principio ni al final: el programa debe enviar exactamente ese texto, o su huella SHA-256.',
        add: 'Añadir una consulta',
        remove: 'Quitar la consulta {{n}}',
        example: 'Añadir un ejemplo',
        empty: 'La consulta {{n}} está vacía: pégala o quítala.',
        tooLong: 'La consulta {{n}} es demasiado larga: como mucho {{limit}} caracteres.',
        notOneQuery:
          'La consulta {{n}} debe tener exactamente una consulta (query): un token solo lee, no cambia nada.',
        syntax: 'La consulta {{n}} no es GraphQL válido.',
        syntaxAt: 'La consulta {{n}} no es GraphQL válido (línea {{line}}, columna {{column}}).',
        refused:
          'El servidor ha rechazado la consulta {{n}}: debe ser GraphQL válido con una sola consulta (query).',
      },
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
      queries_one: 'Solo {{count}} consulta',
      queries_other: 'Solo {{count}} consultas',
      queriesOf_one: 'Ver la consulta del token «{{name}}»',
      queriesOf_other: 'Ver las {{count}} consultas del token «{{name}}»',
    },
    queries: {
      title: 'Consultas del token «{{name}}»',
      intro:
        'Este token solo ejecuta estas consultas. Un programa puede enviarlas con su texto exacto o solo con su huella SHA-256 (consultas persistidas automáticas de Apollo, versión 1).',
      hash: 'SHA-256:',
      byHash: 'Ejecutar la primera por su huella (rellena las variables):',
    },
    examples: {
      CollaborationReport: 'Informe de una colaboración',
      LedgerBalances: 'Saldos del libro de aportaciones',
      PlanIndicators: 'Indicadores del plan',
      Portfolio: 'Cartera de colaboraciones',
      OrganizationReport: 'Informe de una organización',
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
      limit: 'Only for a few set queries',
      limitHint:
        'The token will run only the GraphQL queries you paste here (persisted queries), and nothing else. To change them, create another token and revoke this one.',
      queries: {
        title: 'The token’s queries',
        label: 'Query {{n}}',
        hint: 'A GraphQL document with a single query. It is kept as it is, without spaces at its start or end: the program must send exactly that text, or its SHA-256 fingerprint.',
        add: 'Add a query',
        remove: 'Remove query {{n}}',
        example: 'Add an example',
        empty: 'Query {{n}} is empty: paste it or remove it.',
        tooLong: 'Query {{n}} is too long: at most {{limit}} characters.',
        notOneQuery:
          'Query {{n}} must hold exactly one query: a token only reads, it changes nothing.',
        syntax: 'Query {{n}} is not valid GraphQL.',
        syntaxAt: 'Query {{n}} is not valid GraphQL (line {{line}}, column {{column}}).',
        refused: 'The server refused query {{n}}: it must be valid GraphQL with a single query.',
      },
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
      queries_one: 'Only {{count}} query',
      queries_other: 'Only {{count}} queries',
      queriesOf_one: 'See the query of the token “{{name}}”',
      queriesOf_other: 'See the {{count}} queries of the token “{{name}}”',
    },
    queries: {
      title: 'Queries of the token “{{name}}”',
      intro:
        'This token runs only these queries. A program may send them as their exact text, or by their SHA-256 fingerprint alone (Apollo’s automatic persisted queries, version 1).',
      hash: 'SHA-256:',
      byHash: 'Run the first one by its fingerprint (fill in the variables):',
    },
    examples: {
      CollaborationReport: 'A collaboration’s report',
      LedgerBalances: 'The ledger balances',
      PlanIndicators: 'The plan’s indicators',
      Portfolio: 'The portfolio of collaborations',
      OrganizationReport: 'An organization’s report',
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
