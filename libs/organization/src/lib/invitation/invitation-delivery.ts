import { Injectable } from '@nestjs/common';
import { Viewer } from '@alianza/shared';
import { OrganizationInvitationEntity } from './organization-invitation.entity';

/** What is known of a new invitation once it is committed. */
export interface InvitationSent {
  invitation: OrganizationInvitationEntity;
  organizationName: string;
  invitedBy: Viewer;
}

/**
 * How an invited address hears of its invitation beyond the portal, where the addressee finds it
 * once signed in (`myOrganizationInvitations`). Called after the invitation commits, whether or
 * not an account has the address; what it sends must not depend on that either, and nothing of
 * it reaches the inviter.
 *
 * The seam for email (a later issue): bind `INVITATION_DELIVERY` to a mailer that sends the
 * address a link to the portal. Until then nothing is sent.
 */
export interface InvitationDelivery {
  invited(sent: InvitationSent): Promise<void>;
}

export const INVITATION_DELIVERY = Symbol('INVITATION_DELIVERY');

/** No channel besides the portal yet. */
@Injectable()
export class PortalOnlyInvitationDelivery implements InvitationDelivery {
  async invited(): Promise<void> {
    // The addressee sees the invitation in the portal; there is no other channel yet.
  }
}
