import { Viewer } from '@alianza/shared';
import { OrganizationInvitationEntity } from './entities/organization-invitation.entity';

/** What is known of a new invitation, inside the transaction that makes it. */
export interface InvitationSent {
  invitation: OrganizationInvitationEntity;
  organizationName: string;
  invitedBy: Viewer;
  /** The link's token (the database keeps only its hash): goes to the address, nowhere else. */
  token: string;
}

/**
 * How an invited address hears of its invitation beyond the portal, where the addressee finds it
 * once signed in (`myOrganizationInvitations`). Called inside the invitation's transaction,
 * whether or not an account has the address; what it sends depends on that only in its language
 * (the account's, ADR 0028), which reaches no one but the addressee: nothing of it reaches the
 * inviter. A delivery that writes (the mail queue) writes in that
 * transaction, so nothing is sent for an invitation that rolls back.
 */
export interface InvitationDelivery {
  invited(sent: InvitationSent): Promise<void>;
}

/** Bound to MailInvitationDelivery (an email with the link). */
export const INVITATION_DELIVERY = Symbol('INVITATION_DELIVERY');
