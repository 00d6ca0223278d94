import { defineMessages } from '@alianza/i18n';

export const homeMessages = defineMessages(
  {
    title: 'Mis colaboraciones',
    description:
      'Las colaboraciones en las que participa tu organización y lo que te toca hacer en cada una.',
    noOrganization:
      'No perteneces a ninguna organización. Pide a la persona responsable de tu empresa que te añada, o preséntala tú en «Nuestra organización».',
    goToOrganization: 'Ir a «Nuestra organización»',
    empty:
      'Tu organización aún no participa en ninguna colaboración. Una persona facilitadora la invitará; cuando lo haga, la invitación aparecerá aquí.',
    facilitatedElsewhere:
      'Las colaboraciones que facilitas se gestionan en la consola de facilitación.',
    invitationsTitle: 'Invitaciones',
    collaborationsTitle: 'Colaboraciones',
    facilitatedBy: 'Facilitación: {{names}}',
    noObjective: 'Sin objetivo escrito todavía.',
    participation: {
      invited: 'Invitada el {{date}}',
      since: 'Participa desde el {{date}}',
      message: 'Mensaje de la invitación',
      acceptInvitation: 'Aceptar la invitación',
      acceptHint:
        'Aceptar la invitación es aceptar las reglas del juego: las verás antes de confirmar.',
      awaitingRules:
        'La facilitación aún no ha publicado las reglas del juego: podréis aceptar cuando lo haga.',
      ownersAnswer:
        'Solo las personas responsables de {{organization}} pueden responder a la invitación.',
      mustAccept:
        'Hay una nueva versión de las reglas del juego (versión {{version}}): {{organization}} debe aceptarla para seguir participando.',
      mustAcceptMember:
        'Hay una nueva versión de las reglas del juego (versión {{version}}): una persona responsable de {{organization}} debe aceptarla.',
      reviewRules: 'Revisar y aceptar las reglas',
      viewRules: 'Ver las reglas',
      open: 'Abrir la colaboración',
    },
    decline: {
      button: 'Rechazar la invitación',
      title: '¿Rechazar la invitación?',
      body: '{{organization}} no participará en «{{collaboration}}». La facilitación verá vuestra respuesta y podrá volver a invitaros.',
      reason: 'Motivo (opcional)',
      reasonHint: 'La facilitación lo leerá.',
      confirm: 'Confirmar el rechazo',
      done: 'Invitación rechazada',
    },
  },
  {
    title: 'My collaborations',
    description:
      'The collaborations your organization takes part in, and what is up to you in each.',
    noOrganization:
      'You do not belong to any organization. Ask your company’s owner to add you, or present it yourself in “Our organization”.',
    goToOrganization: 'Go to “Our organization”',
    empty:
      'Your organization does not take part in any collaboration yet. A facilitator will invite it; when they do, the invitation will appear here.',
    facilitatedElsewhere: 'The collaborations you facilitate are run in the facilitator console.',
    invitationsTitle: 'Invitations',
    collaborationsTitle: 'Collaborations',
    facilitatedBy: 'Facilitated by {{names}}',
    noObjective: 'No objective written yet.',
    participation: {
      invited: 'Invited on {{date}}',
      since: 'Taking part since {{date}}',
      message: 'Invitation message',
      acceptInvitation: 'Accept the invitation',
      acceptHint:
        'Accepting the invitation means accepting the ground rules: you will read them before confirming.',
      awaitingRules:
        'The facilitator has not published the ground rules yet: you can accept once they do.',
      ownersAnswer: 'Only the owners of {{organization}} can answer the invitation.',
      mustAccept:
        'There is a new version of the ground rules (version {{version}}): {{organization}} must accept it to keep taking part.',
      mustAcceptMember:
        'There is a new version of the ground rules (version {{version}}): an owner of {{organization}} must accept it.',
      reviewRules: 'Review and accept the rules',
      viewRules: 'View the rules',
      open: 'Open the collaboration',
    },
    decline: {
      button: 'Decline the invitation',
      title: 'Decline the invitation?',
      body: '{{organization}} will not take part in “{{collaboration}}”. The facilitator will see your answer and may invite you again.',
      reason: 'Reason (optional)',
      reasonHint: 'The facilitator will read it.',
      confirm: 'Confirm declining',
      done: 'Invitation declined',
    },
  },
);
