import type { MailContent } from '@alianza/mail';
import { linkExpiryDate } from '@alianza/organization';
import { Locale } from '@alianza/mail';

export interface CollaborationInvitationMail {
  /** The address invited (named in the footer: why the person got it). */
  email: string;
  organizationName: string;
  invitedByName: string;
  /** The link to the portal's invitation page, with the token. */
  link: string;
  expiresAt: Date;
}

/**
 * A facilitator invites an organization to a collaboration through its owner's address: who
 * invites which organization, and the link. Neither the collaboration's title nor the
 * facilitator's message: the link's page shows them to whoever holds the link, and the message
 * only once signed in (an email may be forwarded, stored, read over a shoulder).
 */
export function collaborationInvitationMail(
  locale: Locale,
  p: CollaborationInvitationMail,
): MailContent {
  const until = linkExpiryDate(locale, p.expiresAt);
  if (locale === Locale.EN) {
    return {
      subject: `${p.invitedByName} invites ${p.organizationName} to a collaboration on Alianza`,
      heading: 'An invitation to collaborate',
      paragraphs: [
        `${p.invitedByName} facilitates a collaboration between organizations on Alianza and invites ${p.organizationName} to take part, with you answering for it.`,
        'Follow the link to see the invitation and its ground rules. If you have no account yet, you will create one with this email address (the link proves it is yours); then you register your organization, or choose one you already run.',
      ],
      action: { label: 'See the invitation', url: p.link },
      afterAction: [
        `The link works once, until ${until}.`,
        'If you did not expect this invitation, ignore this message: nothing happens unless you accept.',
      ],
      reason: `You get this message because ${p.invitedByName} invited ${p.email} to a collaboration on Alianza.`,
    };
  }
  return {
    subject: `${p.invitedByName} invita a ${p.organizationName} a una colaboración en Alianza`,
    heading: 'Una invitación a colaborar',
    paragraphs: [
      `${p.invitedByName} facilita una colaboración entre organizaciones en Alianza e invita a ${p.organizationName} a participar, contigo como responsable.`,
      'Sigue el enlace para ver la invitación y sus reglas del juego. Si aún no tienes cuenta, la crearás con esta dirección de correo (el enlace prueba que es tuya); después das de alta tu organización o eliges una que ya gestionas.',
    ],
    action: { label: 'Ver la invitación', url: p.link },
    afterAction: [
      `El enlace sirve una sola vez, hasta el ${until}.`,
      'Si no esperabas esta invitación, ignora este mensaje: no pasará nada si no la aceptas.',
    ],
    reason: `Recibes este mensaje porque ${p.invitedByName} invitó a ${p.email} a una colaboración en Alianza.`,
  };
}
