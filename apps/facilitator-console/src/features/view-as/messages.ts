import { defineMessages } from '@alianza/i18n';

export const viewAsMessages = defineMessages(
  {
    title: 'Ver como participante',
    description:
      'Comprueba exactamente qué ve cada organización: solo lo aprobado para ella, con sus ocultaciones y su marca de agua.',
    organization: 'Organización',
    organizationPlaceholder: 'Elige una organización participante',
    noParticipants: 'Esta colaboración aún no tiene organizaciones participantes.',
    choose: 'Elige una organización para ver exactamente lo que ve.',
    banner: 'Estás viendo como {{org}} (solo lectura)',
    bannerHint:
      'Ves lo mismo que sus miembros, con las mismas ocultaciones. Cada lectura queda registrada en la auditoría.',
    empty: 'Nadie ha compartido todavía nada con {{org}}.',
    card: {
      meta: 'De {{owner}} · {{area}} · versión {{version}} · compartido el {{date}}',
      validUntil: 'Válido hasta {{date}}',
      noExpiry: 'Sin caducidad',
      redacted: 'Ocultado para esta organización: {{parts}}.',
      and: ' y ',
      fields_one: '{{count}} campo',
      fields_other: '{{count}} campos',
      spans_one: '{{count}} fragmento',
      spans_other: '{{count}} fragmentos',
      unavailable: 'El contenido ya no está disponible (acceso caducado o revocado).',
      watermark: 'Marca de agua',
      watermarkLine:
        'Para {{recipient}} · de {{owner}} · {{collaboration}} · {{date}} · ref. {{reference}}',
      files: 'Documentos que recibe',
      fileWhole: 'completo',
      filePages: 'páginas {{pages}}',
      viewOnly: 'solo ver',
      download: 'descarga',
    },
  },
  {
    title: 'View as a participant',
    description:
      'Check exactly what each organization sees: only what was approved for it, with its redactions and its watermark.',
    organization: 'Organization',
    organizationPlaceholder: 'Choose a participant organization',
    noParticipants: 'This collaboration has no participant organizations yet.',
    choose: 'Choose an organization to see exactly what it sees.',
    banner: 'You are viewing as {{org}} (read-only)',
    bannerHint:
      'You see what its members see, with the same redactions. Each read is recorded in the audit log.',
    empty: 'Nobody has shared anything with {{org}} yet.',
    card: {
      meta: 'From {{owner}} · {{area}} · version {{version}} · shared on {{date}}',
      validUntil: 'Valid until {{date}}',
      noExpiry: 'No expiry',
      redacted: 'Hidden from this organization: {{parts}}.',
      and: ' and ',
      fields_one: '{{count}} field',
      fields_other: '{{count}} fields',
      spans_one: '{{count}} passage',
      spans_other: '{{count}} passages',
      unavailable: 'The content is no longer available (grant expired or revoked).',
      watermark: 'Watermark',
      watermarkLine:
        'For {{recipient}} · from {{owner}} · {{collaboration}} · {{date}} · ref. {{reference}}',
      files: 'Documents it gets',
      fileWhole: 'whole',
      filePages: 'pages {{pages}}',
      viewOnly: 'view only',
      download: 'download',
    },
  },
);
