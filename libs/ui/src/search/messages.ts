import { defineMessages } from '@alianza/i18n';

/** The `search` namespace: both apps register it for the search box and its results. */
export const searchMessages = defineMessages(
  {
    title: 'Buscar',
    box: {
      label: 'Buscar en Alianza',
      placeholder: 'Buscar…',
      submit: 'Buscar',
    },
    description:
      'Busca en todo lo que puedes ver: la información de tu organización, lo que otras compartieron con vosotros (tal como se aprobó), publicaciones, preguntas y el plan. No importan las tildes.',
    facilitatorDescription:
      'Busca en todo lo que facilitas: la información de los participantes, publicaciones, preguntas, el plan y el registro de auditoría. No importan las tildes.',
    prompt: 'Escribe en la caja de búsqueda, arriba, las palabras que buscas.',
    resultsFor: 'Resultados de «{{query}}»',
    empty: 'Nada de lo que puedes ver contiene «{{query}}». Prueba con otras palabras.',
    inCollaboration: 'En {{title}}',
    kind: {
      ITEM: 'Información',
      SHARED_ITEM: 'Compartida con vosotros',
      PUBLICATION: 'Publicación',
      QUESTION: 'Pregunta',
      PUBLISHED_ANSWER: 'Respuesta publicada',
      OBJECTIVE: 'Objetivo',
      MILESTONE: 'Hito',
      TASK: 'Tarea',
      AUDIT_RECORD: 'Registro de auditoría',
    },
  },
  {
    title: 'Search',
    box: {
      label: 'Search Alianza',
      placeholder: 'Search…',
      submit: 'Search',
    },
    description:
      'Search everything you may see: your organization’s information, what others shared with you (as approved), publications, questions and the plan. Accents do not matter.',
    facilitatorDescription:
      'Search everything you facilitate: the participants’ information, publications, questions, the plan and the audit log. Accents do not matter.',
    prompt: 'Type the words you are looking for in the search box above.',
    resultsFor: 'Results for “{{query}}”',
    empty: 'Nothing you may see contains “{{query}}”. Try other words.',
    inCollaboration: 'In {{title}}',
    kind: {
      ITEM: 'Information',
      SHARED_ITEM: 'Shared with you',
      PUBLICATION: 'Publication',
      QUESTION: 'Question',
      PUBLISHED_ANSWER: 'Published answer',
      OBJECTIVE: 'Objective',
      MILESTONE: 'Milestone',
      TASK: 'Task',
      AUDIT_RECORD: 'Audit record',
    },
  },
);
