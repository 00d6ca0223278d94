import { defineMessages } from '@alianza/i18n';

export const questionsMessages = defineMessages(
  {
    title: 'Preguntas',
    description:
      'Preguntas privadas de los participantes. Solo tú y la organización que pregunta las veis; puedes publicar una versión anónima para todos.',
    filter: {
      label: 'Mostrar',
      OPEN: 'Sin responder',
      ANSWERED: 'Respondidas',
      PUBLISHED: 'Publicadas',
      ALL: 'Todas',
    },
    refresh: 'Actualizar',
    empty: {
      OPEN: 'No hay preguntas sin responder.',
      ANSWERED: 'No hay preguntas respondidas sin publicar.',
      PUBLISHED: 'Aún no has publicado ninguna respuesta.',
      ALL: 'Aún nadie ha preguntado nada.',
    },
    noSubject: 'Sin asunto',
    askedBy: '{{organization}} · {{person}}',
    open: 'Abrir la pregunta «{{subject}}»',
    back: 'Volver a las preguntas',
    detail: {
      askedAt: 'Preguntada el {{date}}',
      asker: 'Quién pregunta',
      askerHint: 'Solo tú lo sabes: las demás organizaciones no ven esta pregunta.',
      question: 'Pregunta',
      answer: 'Respuesta privada',
      answerHint: 'La lee solo la organización que pregunta.',
      answeredAt: 'Respondida el {{date}}',
      submitAnswer: 'Responder',
      updateAnswer: 'Guardar la respuesta',
      answered: 'Respuesta enviada a la organización',
      required: 'Obligatorio',
      frozen:
        'La respuesta está publicada: retira la publicación si necesitas cambiar la respuesta privada.',
      closed: 'La colaboración está cerrada: las preguntas ya no cambian.',
      publication: 'Versión publicada para todos',
      publishedAt: 'Publicada el {{date}}',
      publish: 'Publicar anonimizada',
      publishHint:
        'Publica una versión sin datos de quién preguntó para que todos los participantes la lean.',
      unpublish: 'Retirar la publicación',
      unpublishConfirm:
        'Los participantes dejarán de verla. La respuesta privada a la organización se mantiene.',
      unpublishYes: 'Sí, retirar',
      unpublished: 'Publicación retirada',
    },
    publish: {
      heading: 'Publicar una versión anónima',
      warning:
        'Quita todo lo que permita saber quién preguntó: nombres de personas y empresas, cifras propias, lugares, clientes o proveedores concretos.',
      original: 'Pregunta original (privada: solo la ves tú y la organización que preguntó)',
      question: 'Pregunta publicada',
      questionHint:
        'Escríbela de nuevo con tus palabras: no copies la original, que puede delatar a quien preguntó.',
      repeatsPrivate: 'Es igual que la pregunta privada: reescríbela con tus palabras.',
      answer: 'Respuesta publicada',
      submit: 'Publicar para todos',
      published: 'Publicada para todos los participantes',
      required: 'Obligatorio',
    },
  },
  {
    title: 'Questions',
    description:
      'Private questions from the participants. Only you and the asking organization see them; you may publish an anonymous version for everyone.',
    filter: {
      label: 'Show',
      OPEN: 'Unanswered',
      ANSWERED: 'Answered',
      PUBLISHED: 'Published',
      ALL: 'All',
    },
    refresh: 'Refresh',
    empty: {
      OPEN: 'No unanswered questions.',
      ANSWERED: 'No answered questions waiting to be published.',
      PUBLISHED: 'You have not published any answer yet.',
      ALL: 'Nobody has asked anything yet.',
    },
    noSubject: 'No subject',
    askedBy: '{{organization}} · {{person}}',
    open: 'Open the question “{{subject}}”',
    back: 'Back to the questions',
    detail: {
      askedAt: 'Asked on {{date}}',
      asker: 'Who asks',
      askerHint: 'Only you know: the other organizations do not see this question.',
      question: 'Question',
      answer: 'Private answer',
      answerHint: 'Only the asking organization reads it.',
      answeredAt: 'Answered on {{date}}',
      submitAnswer: 'Answer',
      updateAnswer: 'Save the answer',
      answered: 'Answer sent to the organization',
      required: 'Required',
      frozen: 'The answer is published: withdraw the publication to change the private answer.',
      closed: 'The collaboration is closed: questions no longer change.',
      publication: 'Version published for everyone',
      publishedAt: 'Published on {{date}}',
      publish: 'Publish anonymised',
      publishHint:
        'Publish a version without anything about who asked, for every participant to read.',
      unpublish: 'Withdraw the publication',
      unpublishConfirm:
        'The participants will no longer see it. The private answer to the organization stays.',
      unpublishYes: 'Yes, withdraw',
      unpublished: 'Publication withdrawn',
    },
    publish: {
      heading: 'Publish an anonymous version',
      warning:
        'Remove everything that could tell who asked: names of people and companies, own figures, places, specific customers or suppliers.',
      original: 'Original question (private: only you and the asking organization see it)',
      question: 'Published question',
      questionHint:
        'Write it again in your own words: do not copy the original, which may give away who asked.',
      repeatsPrivate: 'It is the same as the private question: rewrite it in your own words.',
      answer: 'Published answer',
      submit: 'Publish for everyone',
      published: 'Published to every participant',
      required: 'Required',
    },
  },
);
