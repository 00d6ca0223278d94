import { Injectable } from '@nestjs/common';
import { IdentityService } from '@alianza/identity';
import { MailService } from '@alianza/mail';
import { InvitationDelivery, InvitationSent } from './invitation-delivery';
import { INVITATION_LINK_PATH } from './invitation-link';
import { organizationInvitationMail } from './mails/organization-invitation.mail';

/**
 * Emails the invited address a link to the portal's invitation page, queued in the invitation's
 * transaction (libs/mail): in the language of the account with the address, else in the one the
 * inviter chose (ADR 0028). Otherwise the same email whether or not an account has the address:
 * the page says sign in or sign up.
 */
@Injectable()
export class MailInvitationDelivery implements InvitationDelivery {
  constructor(
    private readonly mail: MailService,
    private readonly identity: IdentityService,
  ) {}

  async invited({ invitation, organizationName, invitedBy, token }: InvitationSent): Promise<void> {
    const locale = (await this.identity.localeOfAddress(invitation.email)) ?? invitation.locale;
    await this.mail.enqueue({
      to: invitation.email,
      kind: 'organization-invitation',
      locale,
      content: organizationInvitationMail(locale, {
        email: invitation.email,
        organizationName,
        invitedByName: invitedBy.displayName,
        role: invitation.role,
        link: this.mail.link(INVITATION_LINK_PATH, { token }),
        expiresAt: invitation.expiresAt,
      }),
    });
  }
}
