import { Injectable } from '@nestjs/common';
import { Actor } from '@alianza/authz';
import { Claims, Db } from '@alianza/db';
import { IdentityService, normalizeEmail } from '@alianza/identity';
import { Locale } from '@alianza/mail';
import {
  invitationLinkRefusal,
  OrganizationInvitationLink,
  proveAddress,
  OrganizationInvitationService,
} from '@alianza/organization';
import { AppError, ErrorReason, InvitationStatus } from '@alianza/shared';
import {
  CollaborationInvitationLink,
  CollaborationInvitationService,
  unknownLink,
} from './collaboration-invitation.service';

/** An invitation link, whichever invitation it is for. */
export type FoundInvitationLink =
  | { kind: 'collaboration'; link: CollaborationInvitationLink }
  | { kind: 'organization'; link: OrganizationInvitationLink };

/**
 * The links emailed with invitations, of either kind: an organization to a collaboration (the
 * facilitator's), a person to an organization (an owner's). Following one, a person without an
 * account signs up with the address it was sent to: the link proves the address.
 */
@Injectable()
export class InvitationLinkService {
  constructor(
    private readonly collaborationInvitations: CollaborationInvitationService,
    private readonly organizationInvitations: OrganizationInvitationService,
    private readonly identity: IdentityService,
    private readonly db: Db,
  ) {}

  /**
   * What a link's token is for; NOT_FOUND when it is no invitation's (or was replaced). Its
   * `locale` is the one its email was written in: the account's when the address has one (the
   * link's holder may know that much), else the inviter's choice (ADR 0028).
   */
  async find(token: string): Promise<FoundInvitationLink> {
    const found = await this.findAsInvited(token);
    if (found.link.accountExists) {
      const locale = await this.identity.localeOfAddress(found.link.email);
      if (locale) found.link.locale = locale;
    }
    return found;
  }

  private async findAsInvited(token: string): Promise<FoundInvitationLink> {
    const toCollaboration = await this.collaborationInvitations.link(token);
    if (toCollaboration) return { kind: 'collaboration', link: toCollaboration };
    const toOrganization = await this.organizationInvitations.link(token);
    if (toOrganization) return { kind: 'organization', link: toOrganization };
    throw unknownLink();
  }

  /**
   * What a link is for, as its holder opens it. Signed in with the address it was sent to, the
   * holder has shown they read that address: an account not verified yet becomes verified (the
   * next request has the rules that match invitations by address, ADR 0027).
   */
  async open(actor: Actor, token: string): Promise<FoundInvitationLink> {
    const found = await this.find(token);
    const viewer = actor.viewer;
    if (
      viewer &&
      !actor.apiTokenId &&
      viewer.emailVerified === false &&
      normalizeEmail(viewer.email) === found.link.email &&
      found.link.status === InvitationStatus.PENDING
    )
      await this.db.transaction(() => proveAddress(this.db, token));
    return found;
  }

  /**
   * Creates the account of the address the link was sent to, while the link may be used; the
   * caller then signs in with it. CONFLICT (ACCOUNT_EXISTS) when the address has an account: its
   * holder signs in instead (the link's holder may know that much, as the link's page says).
   */
  async signUp(input: {
    token: string;
    displayName: string;
    password: string;
    locale?: Locale | null;
  }): Promise<void> {
    const { link } = await this.find(input.token);
    const refusal = invitationLinkRefusal(link.status);
    if (refusal) throw refusal;
    const user = await this.identity.signUp({
      email: link.email,
      displayName: input.displayName,
      password: input.password,
      locale: input.locale ?? link.locale,
    });
    if (!user)
      throw AppError.conflict(
        'An account with this email address exists already: sign in with it.',
      ).because(ErrorReason.ACCOUNT_EXISTS);
    // The link proves the address: the new account's is verified (under its own claim).
    await this.db.withClaim(Claims.user(user.id), () => proveAddress(this.db, input.token));
  }
}
