import { defineMessages } from '@alianza/i18n';

export const reportsMessages = defineMessages(
  {
    title: 'Informe de mi organización',
    description:
      'Lo que tu organización dio, recibió y vio en cada colaboración. Son las mismas cifras que dan la API de informes y los archivos Excel y CSV.',
    select: 'Organización',
    generatedAt: 'Generado el {{date}}',
    downloadWhat: 'el informe de «{{name}}»',
    noOrganization:
      'Aún no perteneces a ninguna organización: créala en «Nuestra organización» para ver su informe.',
    empty: 'Tu organización aún no participa en ninguna colaboración.',
    caption: 'Cifras de {{name}} por colaboración',
    points: '{{value}} pts',
    confirmedOnly:
      'Dado y recibido cuentan solo aportaciones confirmadas, en la escala de cada colaboración (puntos o dinero).',
    table: {
      collaboration: 'Colaboración',
      given: 'Dado',
      received: 'Recibido',
      net: 'Saldo',
      entries_one: '{{count}} aportación',
      entries_other: '{{count}} aportaciones',
      toConfirm_one: '{{count}} por confirmar',
      toConfirm_other: '{{count}} por confirmar',
      seen: 'Lo que vimos',
      seenValue_one: '{{count}} elemento',
      seenValue_other: '{{count}} elementos',
      grantsValue: 'Accesos vigentes: {{active}} de {{total}}',
      shared: 'Compartimos',
      sharedValue_one: '{{count}} acceso concedido',
      sharedValue_other: '{{count}} accesos concedidos',
      requests: 'Nuestras solicitudes',
      requestsValue: 'Hechas: {{made}}',
      requestsDetail:
        'Aprobadas: {{approved}} · rechazadas: {{rejected}} · pendientes: {{pending}}',
      pledges: 'Compromisos',
      pledgesValue: 'Abiertos: {{open}} · cumplidos: {{fulfilled}}',
    },
  },
  {
    title: 'My organization’s report',
    description:
      'What your organization gave, received and saw in each collaboration. The same figures as the reporting API and the Excel and CSV files give.',
    select: 'Organization',
    generatedAt: 'Generated on {{date}}',
    downloadWhat: 'the report of “{{name}}”',
    noOrganization:
      'You do not belong to an organization yet: create it in “Our organization” to see its report.',
    empty: 'Your organization does not take part in any collaboration yet.',
    caption: 'Figures of {{name}} per collaboration',
    points: '{{value}} pts',
    confirmedOnly:
      'Given and received count confirmed contributions only, in each collaboration’s scale (points or money).',
    table: {
      collaboration: 'Collaboration',
      given: 'Given',
      received: 'Received',
      net: 'Balance',
      entries_one: '{{count}} contribution',
      entries_other: '{{count}} contributions',
      toConfirm_one: '{{count}} to confirm',
      toConfirm_other: '{{count}} to confirm',
      seen: 'What we saw',
      seenValue_one: '{{count}} item',
      seenValue_other: '{{count}} items',
      grantsValue: 'Grants in force: {{active}} of {{total}}',
      shared: 'We shared',
      sharedValue_one: '{{count}} grant given',
      sharedValue_other: '{{count}} grants given',
      requests: 'Our requests',
      requestsValue: 'Made: {{made}}',
      requestsDetail: 'Approved: {{approved}} · rejected: {{rejected}} · pending: {{pending}}',
      pledges: 'Pledges',
      pledgesValue: 'Open: {{open}} · fulfilled: {{fulfilled}}',
    },
  },
);
