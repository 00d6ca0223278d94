import { defineMessages } from '@alianza/i18n';

export const rulesMessages = defineMessages(
  {
    title: 'Reglas del juego',
    subtitle: 'La colaboración y las reglas del juego que la facilitación ha publicado.',
    about: {
      title: 'La colaboración',
      objective: 'Objetivo',
      description: 'Descripción',
      facilitatedBy: 'Facilitación',
      noObjective: 'La facilitación aún no ha escrito el objetivo.',
    },
    acceptance: {
      invitationTitle: '{{organization}} está invitada a esta colaboración',
      invitationBody:
        'Para uniros, un o una responsable de {{organization}} debe aceptar las reglas del juego en vigor (versión {{version}}).',
      invitationMessage: 'Mensaje de la invitación',
      dueTitle: 'Debéis aceptar las reglas (versión {{version}})',
      dueBody:
        'La facilitación ha publicado una nueva versión de las reglas del juego. Hasta que {{organization}} la acepte, no participa activamente: no ve lo que otros comparten ni puede compartir.',
      awaitingTitle: 'Las reglas del juego aún no están publicadas',
      awaitingBody:
        'Podréis aceptar la invitación en cuanto la facilitación publique las reglas del juego.',
      readConfirm:
        'He leído las reglas del juego (versión {{version}}) y las acepto en nombre de {{organization}}',
      accept: 'Aceptar las reglas (versión {{version}})',
      accepted: 'Reglas aceptadas: {{organization}} participa en la colaboración',
      ownersMust_one:
        'Solo la persona responsable de {{organization}} puede aceptarlas: {{names}}.',
      ownersMust_other:
        'Solo las personas responsables de {{organization}} pueden aceptarlas: {{names}}.',
      noOwners: 'Solo las personas responsables de {{organization}} pueden aceptarlas.',
      declineInvitation: 'Rechazar la invitación',
    },
    rules: {
      inForce: 'Reglas del juego en vigor (versión {{version}})',
      published: 'Publicadas por {{name}} el {{date}}',
      between: 'Entre las partes',
      thirdParties: 'Hacia terceros',
      changes: 'Qué cambió en esta versión',
      none: 'La facilitación aún no ha publicado las reglas del juego.',
      empty: 'Sin texto.',
    },
    history: {
      title: 'Aceptaciones de {{organization}}',
      version: 'Versión',
      acceptedAt: 'Aceptada el',
      acceptedBy: 'Aceptada por',
      empty: '{{organization}} aún no ha aceptado ninguna versión.',
      current: 'en vigor',
    },
    previous: {
      title: 'Versiones anteriores',
      version: 'Versión {{version}} · {{date}}',
    },
    publications: {
      title: 'Publicaciones de la facilitación',
      intro:
        'Resúmenes y avisos que la facilitación publica para los participantes, sin nombrar fuentes.',
      notActive:
        'Veréis las publicaciones de la facilitación cuando vuestra organización participe con las reglas en vigor aceptadas.',
      empty: 'La facilitación aún no ha publicado nada para vosotros.',
      area: 'Área: {{area}}',
      publishedAt: 'Publicada el {{date}}',
    },
  },
  {
    title: 'Ground rules',
    subtitle: 'The collaboration and the ground rules the facilitator has published.',
    about: {
      title: 'The collaboration',
      objective: 'Objective',
      description: 'Description',
      facilitatedBy: 'Facilitated by',
      noObjective: 'The facilitator has not written the objective yet.',
    },
    acceptance: {
      invitationTitle: '{{organization}} is invited to this collaboration',
      invitationBody:
        'To join, an owner of {{organization}} must accept the ground rules in force (version {{version}}).',
      invitationMessage: 'Invitation message',
      dueTitle: 'You must accept the rules (version {{version}})',
      dueBody:
        'The facilitator has published a new version of the ground rules. Until {{organization}} accepts it, it is not an active participant: it cannot see what others share, nor share.',
      awaitingTitle: 'The ground rules are not published yet',
      awaitingBody:
        'You will be able to accept the invitation as soon as the facilitator publishes the ground rules.',
      readConfirm:
        'I have read the ground rules (version {{version}}) and accept them on behalf of {{organization}}',
      accept: 'Accept the rules (version {{version}})',
      accepted: 'Rules accepted: {{organization}} takes part in the collaboration',
      ownersMust_one: 'Only the owner of {{organization}} can accept them: {{names}}.',
      ownersMust_other: 'Only the owners of {{organization}} can accept them: {{names}}.',
      noOwners: 'Only the owners of {{organization}} can accept them.',
      declineInvitation: 'Decline the invitation',
    },
    rules: {
      inForce: 'Ground rules in force (version {{version}})',
      published: 'Published by {{name}} on {{date}}',
      between: 'Between the parties',
      thirdParties: 'Towards third parties',
      changes: 'What changed in this version',
      none: 'The facilitator has not published the ground rules yet.',
      empty: 'No text.',
    },
    history: {
      title: 'Acceptances by {{organization}}',
      version: 'Version',
      acceptedAt: 'Accepted on',
      acceptedBy: 'Accepted by',
      empty: '{{organization}} has not accepted any version yet.',
      current: 'in force',
    },
    previous: {
      title: 'Previous versions',
      version: 'Version {{version}} · {{date}}',
    },
    publications: {
      title: 'Publications from the facilitator',
      intro: 'Summaries and notices the facilitator publishes for participants, naming no sources.',
      notActive:
        'You will see the facilitator’s publications once your organization takes part with the ground rules in force accepted.',
      empty: 'The facilitator has not published anything for you yet.',
      area: 'Area: {{area}}',
      publishedAt: 'Published on {{date}}',
    },
  },
);
