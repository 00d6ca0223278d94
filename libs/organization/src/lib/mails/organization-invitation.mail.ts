import type { MailContent } from '@alianza/mail';
import { MembershipRole } from '@alianza/shared';
import { Locale } from '@alianza/mail';
import { linkExpiryDate } from './link-expiry';

export interface OrganizationInvitationMail {
  /** The address invited (named in the footer: why the person got it). */
  email: string;
  organizationName: string;
  invitedByName: string;
  role: MembershipRole;
  /** The link to the portal's invitation page, with the token. */
  link: string;
  expiresAt: Date;
}

/**
 * An owner invites a colleague to their organization: who invites, to what and as what, and the
 * link to answer (signing up through it if need be). Nothing of the organization's own content.
 */
export function organizationInvitationMail(
  locale: Locale,
  p: OrganizationInvitationMail,
): MailContent {
  const until = linkExpiryDate(locale, p.expiresAt);
  if (locale === Locale.EN) {
    const role = p.role === MembershipRole.OWNER ? 'an owner' : 'a member';
    return {
      subject: `${p.invitedByName} invites you to join ${p.organizationName} on Alianza`,
      heading: `Join ${p.organizationName}`,
      paragraphs: [
        `${p.invitedByName} invites you to join ${p.organizationName} on Alianza as ${role}.`,
        'Follow the link to answer. If you have no account yet, you will create one with this email address: the link proves it is yours.',
      ],
      action: { label: 'See the invitation', url: p.link },
      afterAction: [
        `The link works once, until ${until}.`,
        'If you did not expect this invitation, ignore this message: nothing happens unless you accept.',
      ],
      reason: `You get this message because ${p.invitedByName} invited ${p.email} to join ${p.organizationName} on Alianza.`,
    };
  }
  const role = p.role === MembershipRole.OWNER ? 'responsable' : 'miembro';
  return {
    subject: `${p.invitedByName} te invita a unirte a ${p.organizationName} en Alianza`,
    heading: `Únete a ${p.organizationName}`,
    paragraphs: [
      `${p.invitedByName} te invita a unirte a ${p.organizationName} en Alianza como ${role}.`,
      'Sigue el enlace para responder. Si aún no tienes cuenta, la crearás con esta dirección de correo: el enlace prueba que es tuya.',
    ],
    action: { label: 'Ver la invitación', url: p.link },
    afterAction: [
      `El enlace sirve una sola vez, hasta el ${until}.`,
      'Si no esperabas esta invitación, ignora este mensaje: no pasará nada si no la aceptas.',
    ],
    reason: `Recibes este mensaje porque ${p.invitedByName} invitó a ${p.email} a unirse a ${p.organizationName} en Alianza.`,
  };
}
