import type { MailStatus } from '@alianza/graphql-client/types';
import { defineMessages } from '@alianza/i18n';

/** The kinds of email the API sends today; another shows as the API names it. */
export const MAIL_KINDS = [
  'password-reset',
  'collaboration-invitation',
  'organization-invitation',
  'notification',
  'notification-digest',
] as const;
export type MailKind = (typeof MAIL_KINDS)[number];

export const adminMailMessages = defineMessages(
  {
    title: 'Cola de correo',
    description:
      'Dónde está cada correo que envía la plataforma: destinatario, intentos, fechas y el último error (nunca su contenido). Un correo fallido se puede enviar otra vez.',
    refresh: 'Actualizar',
    filter: 'Estado',
    all: 'Todos',
    caption: 'Correos, del más reciente al más antiguo',
    empty: 'La cola está vacía.',
    emptyFiltered: 'Ningún correo en este estado.',
    columns: {
      recipient: 'Destinatario',
      kind: 'Tipo',
      locale: 'Idioma',
      status: 'Estado',
      attempts: 'Intentos',
      createdAt: 'Creado',
      sentAt: 'Enviado',
      nextAttemptAt: 'Próximo intento',
      lastError: 'Último error',
      actions: 'Acciones',
    },
    status: {
      QUEUED: 'En cola',
      SENDING: 'Enviándose',
      SENT: 'Enviado',
      FAILED: 'Fallido',
    } satisfies Record<MailStatus, string>,
    kinds: {
      'password-reset': 'Restablecer contraseña',
      'collaboration-invitation': 'Invitación a una colaboración',
      'organization-invitation': 'Invitación a una organización',
      notification: 'Aviso',
      'notification-digest': 'Resumen de avisos',
    } satisfies Record<MailKind, string>,
    retry: 'Enviar otra vez',
    retryFor: 'Enviar otra vez el correo a {{recipient}}',
    retried: 'El correo a {{recipient}} vuelve a la cola.',
  },
  {
    title: 'Mail queue',
    description:
      'Where each email the platform sends stands: recipient, attempts, dates and the last error (never its content). A failed email can be sent again.',
    refresh: 'Refresh',
    filter: 'Status',
    all: 'All',
    caption: 'Emails, newest first',
    empty: 'The queue is empty.',
    emptyFiltered: 'No email with this status.',
    columns: {
      recipient: 'Recipient',
      kind: 'Kind',
      locale: 'Language',
      status: 'Status',
      attempts: 'Attempts',
      createdAt: 'Created',
      sentAt: 'Sent',
      nextAttemptAt: 'Next attempt',
      lastError: 'Last error',
      actions: 'Actions',
    },
    status: {
      QUEUED: 'Queued',
      SENDING: 'Sending',
      SENT: 'Sent',
      FAILED: 'Failed',
    },
    kinds: {
      'password-reset': 'Password reset',
      'collaboration-invitation': 'Invitation to a collaboration',
      'organization-invitation': 'Invitation to an organization',
      notification: 'Notification',
      'notification-digest': 'Notification digest',
    },
    retry: 'Send again',
    retryFor: 'Send the email to {{recipient}} again',
    retried: 'The email to {{recipient}} is back in the queue.',
  },
);
