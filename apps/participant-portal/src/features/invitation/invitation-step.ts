import type { PortalInvitationLinkFragment } from './invitation.generated';

/** What the invitation page shows, from the link and who is signed in. */
export type InvitationStep =
  /** Closed: the link cannot be used any more. */
  | 'expired'
  | 'withdrawn'
  | 'used'
  | 'declined'
  /** Nobody signed in: the address has no account yet, or has one. */
  | 'sign-up'
  | 'sign-in'
  /** Signed in with another address than the one invited. */
  | 'wrong-account'
  /** Signed in with the address invited: answer. */
  | 'choose-organization'
  | 'join-organization';

type Link = Pick<PortalInvitationLinkFragment, 'kind' | 'status' | 'email' | 'accountExists'>;

/**
 * The step for `link` with `signedInEmail` (null: nobody signed in). A closed link says why
 * before anything else; an open one asks for the right account first.
 */
export function invitationStep(link: Link, signedInEmail: string | null): InvitationStep {
  switch (link.status) {
    case 'EXPIRED':
      return 'expired';
    case 'REVOKED':
      return 'withdrawn';
    case 'ACCEPTED':
      return 'used';
    case 'DECLINED':
      return 'declined';
    case 'PENDING':
      break;
  }
  if (signedInEmail === null) return link.accountExists ? 'sign-in' : 'sign-up';
  if (signedInEmail.trim().toLowerCase() !== link.email) return 'wrong-account';
  return link.kind === 'COLLABORATION' ? 'choose-organization' : 'join-organization';
}
