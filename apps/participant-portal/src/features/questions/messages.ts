import { defineMessages } from '@alianza/i18n';

export const questionsMessages = defineMessages(
  {
    title: 'Preguntas al facilitador',
    description:
      'Pregunta en privado a la facilitación, y lee las respuestas que publica para todos sin nombres.',
    notParticipant:
      'Vuestra organización aún no participa en esta colaboración: podréis preguntar cuando una persona responsable acepte la invitación y las reglas del juego.',
    toRules: 'Ir a las reglas del juego',
    closedNotice: 'La colaboración está cerrada: ya no se pueden hacer preguntas.',
    ask: {
      heading: 'Hacer una pregunta',
      privacy:
        'Es privada: solo la facilitación la ve. Las demás organizaciones no sabrán que habéis preguntado. Si la respuesta puede servir a todos, la facilitación puede publicar una versión sin vuestro nombre.',
      subject: 'Asunto',
      subjectHint: 'Opcional.',
      body: 'Tu pregunta',
      submit: 'Enviar la pregunta',
      sent: 'Pregunta enviada a la facilitación',
      required: 'Escribe tu pregunta.',
    },
    mine: {
      heading: 'Nuestras preguntas',
      empty: 'Vuestra organización aún no ha hecho ninguna pregunta.',
      noSubject: 'Sin asunto',
      askedBy: 'Preguntada por {{person}} el {{date}}',
      waiting: 'Esperando la respuesta de la facilitación.',
      answer: 'Respuesta de la facilitación',
      published:
        'La facilitación publicó una versión sin vuestro nombre para todos los participantes:',
    },
    published: {
      heading: 'Preguntas y respuestas publicadas',
      description: 'Publicadas por la facilitación para todos los participantes, sin nombres.',
      empty: 'La facilitación aún no ha publicado ninguna respuesta.',
      publishedAt: 'Publicada el {{date}}',
      question: 'Pregunta',
      answer: 'Respuesta',
    },
  },
  {
    title: 'Questions to the facilitator',
    description:
      'Ask the facilitator in private, and read the answers they publish for everyone without names.',
    notParticipant:
      'Your organization does not take part in this collaboration yet: you may ask once a responsible person accepts the invitation and the ground rules.',
    toRules: 'Go to the ground rules',
    closedNotice: 'The collaboration is closed: no more questions can be asked.',
    ask: {
      heading: 'Ask a question',
      privacy:
        'It is private: only the facilitator sees it. The other organizations will not know you asked. If the answer may help everyone, the facilitator may publish a version without your name.',
      subject: 'Subject',
      subjectHint: 'Optional.',
      body: 'Your question',
      submit: 'Send the question',
      sent: 'Question sent to the facilitator',
      required: 'Write your question.',
    },
    mine: {
      heading: 'Our questions',
      empty: 'Your organization has not asked any question yet.',
      noSubject: 'No subject',
      askedBy: 'Asked by {{person}} on {{date}}',
      waiting: 'Waiting for the facilitator’s answer.',
      answer: 'The facilitator’s answer',
      published: 'The facilitator published a version without your name for every participant:',
    },
    published: {
      heading: 'Published questions and answers',
      description: 'Published by the facilitator for every participant, without names.',
      empty: 'The facilitator has not published any answer yet.',
      publishedAt: 'Published on {{date}}',
      question: 'Question',
      answer: 'Answer',
    },
  },
);
