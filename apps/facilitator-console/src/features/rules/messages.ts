import { defineMessages } from '@alianza/i18n';

export const rulesMessages = defineMessages(
  {
    title: 'Reglas del juego',
    description:
      'Las reglas entre las partes y hacia terceros. Cada empresa acepta la versión en vigor para participar.',
    tabs: {
      current: 'En vigor',
      versions: 'Todas las versiones',
      acceptances: 'Quién aceptó qué',
    },
    none: 'Aún no hay reglas del juego. Publica la primera versión: las empresas la aceptan al unirse y la colaboración no puede activarse sin ella.',
    version: {
      label: 'Versión {{version}}',
      inForce: 'En vigor',
      meta: 'Publicada el {{date}} por {{name}}',
      body: 'Reglas entre las partes',
      thirdParty: 'Reglas hacia terceros',
      changeSummary: 'Qué cambió',
      noChangeSummary: 'Sin resumen de cambios.',
      accepted: 'Aceptada por {{count}} de {{total}} participantes',
    },
    matrix: {
      label: 'Aceptaciones por participante y versión',
      organization: 'Organización',
      status: 'Estado',
      version: 'v{{version}}',
      accepted: 'Aceptada el {{date}} por {{name}}',
      notAccepted: 'No aceptada',
      empty: 'Aún no hay participantes.',
    },
    publish: {
      open: 'Publicar nueva versión',
      heading: 'Publicar la versión {{version}} de las reglas del juego',
      body: 'Reglas entre las partes',
      bodyDescription:
        'Qué se comparte, cómo se usa, qué se espera de cada parte. Puedes dar formato: **negrita**, listas con «-».',
      thirdParty: 'Reglas hacia terceros',
      thirdPartyDescription:
        'Qué puede contarse fuera de la colaboración (clientes, proveedores, asesores, prensa). Puedes dar formato: **negrita**, listas con «-».',
      changeSummary: 'Resumen de cambios',
      changeSummaryDescription: 'Lo leerán las empresas antes de aceptar la nueva versión.',
      required: 'Este texto es obligatorio.',
      mode: 'Modo del editor',
      write: 'Escribir',
      preview: 'Vista previa',
      previewEmpty: 'Nada que mostrar todavía.',
      review: 'Revisar y publicar',
      warningHeading: 'Todas las empresas deberán aceptar de nuevo',
      warning:
        'Al publicar, las {{count}} empresas participantes dejan de estar activas hasta que acepten la versión {{version}}: mientras tanto no reciben información nueva ni pueden compartir.',
      noticeHeading: 'Al publicar',
      warningNone:
        'Ninguna empresa ha aceptado todavía unas reglas: las invitadas aceptarán esta versión al unirse.',
      confirm: 'Sí, publicar la versión {{version}}',
      back: 'Seguir editando',
      done: 'Versión {{version}} publicada',
      closed: 'La colaboración está cerrada: sus reglas ya no cambian.',
    },
  },
  {
    title: 'Ground rules',
    description:
      'The rules between the parties and toward third parties. Each company accepts the version in force to take part.',
    tabs: {
      current: 'In force',
      versions: 'All versions',
      acceptances: 'Who accepted what',
    },
    none: 'No ground rules yet. Publish the first version: companies accept it when they join, and the collaboration cannot be activated without it.',
    version: {
      label: 'Version {{version}}',
      inForce: 'In force',
      meta: 'Published on {{date}} by {{name}}',
      body: 'Rules between the parties',
      thirdParty: 'Rules toward third parties',
      changeSummary: 'What changed',
      noChangeSummary: 'No summary of changes.',
      accepted: 'Accepted by {{count}} of {{total}} participants',
    },
    matrix: {
      label: 'Acceptances per participant and version',
      organization: 'Organization',
      status: 'Status',
      version: 'v{{version}}',
      accepted: 'Accepted on {{date}} by {{name}}',
      notAccepted: 'Not accepted',
      empty: 'No participants yet.',
    },
    publish: {
      open: 'Publish new version',
      heading: 'Publish version {{version}} of the ground rules',
      body: 'Rules between the parties',
      bodyDescription:
        'What is shared, how it is used, what is expected of each party. You can format it: **bold**, lists with “-”.',
      thirdParty: 'Rules toward third parties',
      thirdPartyDescription:
        'What may be told outside the collaboration (customers, suppliers, advisors, press). You can format it: **bold**, lists with “-”.',
      changeSummary: 'Summary of changes',
      changeSummaryDescription: 'Companies read it before accepting the new version.',
      required: 'This text is required.',
      mode: 'Editor mode',
      write: 'Write',
      preview: 'Preview',
      previewEmpty: 'Nothing to show yet.',
      review: 'Review and publish',
      warningHeading: 'Every company must accept again',
      warning:
        'Once published, the {{count}} participating companies stop being active until they accept version {{version}}: meanwhile they receive no new information and cannot share.',
      noticeHeading: 'When you publish',
      warningNone:
        'No company has accepted any rules yet: invited ones will accept this version when they join.',
      confirm: 'Yes, publish version {{version}}',
      back: 'Keep editing',
      done: 'Version {{version}} published',
      closed: 'The collaboration is closed: its rules no longer change.',
    },
  },
);
