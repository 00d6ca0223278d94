import { defineMessages } from '@alianza/i18n';

export const publicationsMessages = defineMessages(
  {
    title: 'Publicaciones',
    description:
      'Textos tuyos para los participantes: resúmenes, agregados de áreas restringidas, avisos. Nunca nombres las fuentes.',
    new: 'Nueva publicación',
    empty: 'Aún no has publicado nada. Publica, por ejemplo, un agregado de un área restringida.',
    area: 'Área: {{area}}',
    showMore: 'Ver más',
    showLess: 'Ver menos',
    form: {
      heading: 'Publicar para los participantes',
      title: 'Título',
      area: 'Área que resume',
      areaHint: 'Opcional; por ejemplo, un área restringida de la que publicas un agregado.',
      noArea: 'Ninguna',
      audience: 'Destinatarios',
      recipients: 'Organizaciones',
      body: 'Texto',
      bodyHint:
        'Puedes dar formato: **negrita**, listas con «-». No nombres las fuentes: publica cifras de conjunto.',
      bodyTabs: 'Texto de la publicación',
      write: 'Escribir',
      preview: 'Vista previa',
      nothingToPreview: 'Nada que previsualizar todavía.',
      submit: 'Publicar',
      required: 'Obligatorio',
      recipientsRequired: 'Elige al menos una organización.',
      published: 'Publicado para los participantes',
    },
  },
  {
    title: 'Publications',
    description:
      'Your texts to the participants: summaries, aggregates of restricted areas, notices. Never name the sources.',
    new: 'New publication',
    empty:
      'You have not published anything yet. Publish, for example, an aggregate of a restricted area.',
    area: 'Area: {{area}}',
    showMore: 'Show more',
    showLess: 'Show less',
    form: {
      heading: 'Publish to the participants',
      title: 'Title',
      area: 'Area it summarises',
      areaHint: 'Optional; for example, a restricted area you publish an aggregate of.',
      noArea: 'None',
      audience: 'Recipients',
      recipients: 'Organizations',
      body: 'Text',
      bodyHint:
        'You can format it: **bold**, lists with “-”. Do not name the sources: publish figures for the group.',
      bodyTabs: 'Publication text',
      write: 'Write',
      preview: 'Preview',
      nothingToPreview: 'Nothing to preview yet.',
      submit: 'Publish',
      required: 'Required',
      recipientsRequired: 'Choose at least one organization.',
      published: 'Published to the participants',
    },
  },
);
