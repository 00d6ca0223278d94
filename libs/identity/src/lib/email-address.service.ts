import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@alianza/api-core';
import { Claims, Db } from '@alianza/db';
import { Locale, mailLocale, MailService } from '@alianza/mail';
import {
  AccountEventKind,
  AppError,
  CONFIRM_EMAIL_CHANGE_PATH,
  ErrorReason,
  FORGOT_PASSWORD_PAGE,
  VERIFY_EMAIL_PATH,
  Viewer,
  WEB_APP_BASE,
} from '@alianza/shared';
import { randomBytes } from 'node:crypto';
import { AccountEventService, RequestOrigin } from './account-event.service';
import { accountByEmail, accountById, appOf, MailedAccount, mailedAccount } from './account-mail';
import type { EmailConfirmationPurpose } from './entities/email-confirmation.entity';
import { IdentityService, normalizeEmail } from './identity.service';
import { accountExistsMail } from './mails/account-exists.mail';
import {
  emailChangeConfirmMail,
  emailChangedMail,
  emailChangeRequestedMail,
  maskEmail,
} from './mails/email-change.mail';
import { emailVerificationMail } from './mails/email-verification.mail';

/** What the keyed hash of a confirmation token is for (`Db.keyedHash`), by purpose. */
const HASH_PURPOSE: Record<EmailConfirmationPurpose, string> = {
  verify: 'email-verification',
  change: 'email-change',
};

type Outcome = 'valid' | 'unknown' | 'used' | 'expired' | 'stale' | 'taken';

/** The link's token, as `email_confirmations` keeps it (its keyed hash). */
interface UsedLink {
  outcome: Outcome;
  email: string | null;
  previous_email: string | null;
}

/**
 * An account's address (issue 15, ADR 0027): proving it, and moving the account to another.
 * - Self sign-up creates an unverified account and emails it a single-use link to confirm the
 *   address (EMAIL_CONFIRMATION_HOURS); signing up with an address that has an account answers
 *   the same and tells that account's owner instead.
 * - A change of address is asked for signed in, with the password: the new address gets a link
 *   (it is not taken; if it is, its owner is told and nothing else happens), the old one a notice;
 *   following the link moves the account, verified, and tells the old address.
 * Only the keyed hash of a token is stored; a link is followed through the database's functions.
 */
@Injectable()
export class EmailAddressService {
  private readonly logger = new Logger(EmailAddressService.name);

  constructor(
    private readonly db: Db,
    private readonly identity: IdentityService,
    private readonly mail: MailService,
    private readonly accountEvents: AccountEventService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Creates the account when the address is free and emails it the link to confirm it; when the
   * address has an account, tells its owner. The caller answers both alike.
   */
  async signUp(input: {
    email: string;
    password: string;
    displayName: string;
    locale?: Locale | null;
  }): Promise<void> {
    await this.db.transaction(async () => {
      const user = await this.identity.signUp(input);
      if (user) {
        await this.sendVerification(mailedAccount(user));
        return;
      }
      const existing = await accountByEmail(this.db, input.email);
      // Gone between the two statements (never, in practice): nothing to tell.
      if (existing) await this.tellOwnerOfTakenAddress(existing, 'sign-up');
    });
  }

  /**
   * Emails the signed-in account a new link to confirm its address; false (nothing sent) when the
   * address is verified already.
   */
  async resendVerification(viewer: Viewer): Promise<boolean> {
    return this.db.transaction(async () => {
      const account = await this.identity.getUser(viewer.userId);
      if (account.emailVerifiedAt) return false;
      await this.sendVerification(mailedAccount(account));
      return true;
    });
  }

  /**
   * Follows a verification link: the account's address is verified (the link, and every other
   * open one of the account, is used up). Refused with its reason when it does not work.
   */
  async verify(token: string, origin: RequestOrigin = {}): Promise<void> {
    await this.follow('verify', token, async (userId) => {
      await this.accountEvents.record({
        userId,
        actorUserId: userId,
        kind: AccountEventKind.EMAIL_VERIFIED,
        origin,
      });
    });
  }

  /**
   * Asks to move the signed-in account to `newEmail` (the password asked again): a link goes to
   * the new address, a notice to the current one. When the new address has an account, its owner
   * is told instead of getting a link, and the answer is the same.
   */
  async requestChange(
    viewer: Viewer,
    input: { newEmail: string; currentPassword: string },
    origin: RequestOrigin = {},
  ): Promise<void> {
    const newEmail = normalizeEmail(input.newEmail);
    await this.identity.checkCurrentPassword(input.currentPassword);
    await this.db.transaction(async () => {
      const account = await accountById(this.db, viewer.userId);
      if (!account) throw AppError.notFound('User');
      if (newEmail === account.email)
        throw AppError.badInput('This is the address of your account already.', {
          field: 'newEmail',
        });
      const locale = mailLocale(account.locale);
      const holder = await accountByEmail(this.db, newEmail);
      if (holder) {
        await this.tellOwnerOfTakenAddress(holder, 'email-change');
      } else {
        const token = await this.newLink('change', account.id, newEmail);
        await this.mail.enqueue({
          to: newEmail,
          kind: 'email-change-confirm',
          locale,
          content: emailChangeConfirmMail(locale, {
            name: account.display_name,
            url: this.mail.link(`${WEB_APP_BASE[appOf(account)]}${CONFIRM_EMAIL_CHANGE_PATH}`, {
              token,
            }),
            hours: this.hours(),
          }),
        });
      }
      await this.mail.enqueue({
        to: account.email,
        kind: 'email-change-requested',
        locale,
        content: emailChangeRequestedMail(locale, {
          name: account.display_name,
          maskedEmail: maskEmail(newEmail),
          forgotPasswordUrl: this.forgotPasswordUrl(account),
        }),
      });
      await this.accountEvents.record({
        userId: account.id,
        actorUserId: account.id,
        kind: AccountEventKind.EMAIL_CHANGE_REQUESTED,
        origin,
      });
    });
  }

  /**
   * Follows an email change link: the account moves to the new address, verified, and the old
   * address is told. CONFLICT (EMAIL_TAKEN) when another account has the address by now.
   */
  async confirmChange(token: string, origin: RequestOrigin = {}): Promise<void> {
    await this.follow('change', token, async (userId, link) => {
      const account = await accountById(this.db, userId);
      if (!account || !link.previous_email) return;
      const locale = mailLocale(account.locale);
      await this.accountEvents.record({
        userId,
        actorUserId: userId,
        kind: AccountEventKind.EMAIL_CHANGED,
        origin,
      });
      await this.mail.enqueue({
        to: link.previous_email,
        kind: 'email-changed',
        locale,
        content: emailChangedMail(locale, {
          name: account.display_name,
          maskedEmail: maskEmail(account.email),
        }),
      });
      this.logger.log({ userId }, 'account moved to a new address');
    });
  }

  /**
   * Uses a link up under its account's own claim (the database changes an account for no one
   * else), then `done` in the same transaction; refused with the link's reason otherwise.
   */
  private async follow(
    purpose: EmailConfirmationPurpose,
    token: string,
    done: (userId: string, link: UsedLink) => Promise<void>,
  ): Promise<void> {
    const hash = this.db.keyedHash(HASH_PURPOSE[purpose], token);
    await this.db.transaction(async (manager) => {
      const [owner] = (await manager.query(
        'SELECT alianza_rls.email_confirmation_user($1, $2) AS user_id',
        [hash, purpose],
      )) as { user_id: string | null }[];
      const userId = owner?.user_id;
      if (!userId) throw refusal('unknown');
      await this.db.withClaim(Claims.user(userId), async () => {
        const [link] = (await manager.query(
          'SELECT outcome, email, previous_email FROM alianza_rls.use_email_confirmation($1, $2)',
          [hash, purpose],
        )) as UsedLink[];
        if (link?.outcome !== 'valid') throw refusal(link?.outcome ?? 'unknown');
        await done(userId, link);
      });
    });
  }

  /** A new link of `purpose` for the account, to `email`, under the account's own claim. */
  private async newLink(
    purpose: EmailConfirmationPurpose,
    userId: string,
    email: string,
  ): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await this.db.withClaim(Claims.user(userId), () =>
      // No RETURNING: the API role reads no row of this table.
      this.db.manager.query(
        `INSERT INTO email_confirmations (user_id, purpose, email, token_hash, expires_at)
         VALUES ($1, $2, $3, $4, $5)`,
        [
          userId,
          purpose,
          email,
          this.db.keyedHash(HASH_PURPOSE[purpose], token),
          new Date(Date.now() + this.config.emailConfirmationMs),
        ],
      ),
    );
    return token;
  }

  /** Emails the account a link to confirm its address, in the account's language. */
  private async sendVerification(account: MailedAccount): Promise<void> {
    const locale = mailLocale(account.locale);
    const token = await this.newLink('verify', account.id, account.email);
    await this.mail.enqueue({
      to: account.email,
      kind: 'email-verification',
      locale,
      content: emailVerificationMail(locale, {
        name: account.display_name,
        url: this.mail.link(`${WEB_APP_BASE[appOf(account)]}${VERIFY_EMAIL_PATH}`, { token }),
        hours: this.hours(),
      }),
    });
  }

  /** Someone gave an address that has an account (signing up, or moving another account to it). */
  private async tellOwnerOfTakenAddress(
    account: MailedAccount,
    attempt: 'sign-up' | 'email-change',
  ): Promise<void> {
    // In the owner's language, not the language of whoever gave the address.
    const locale = mailLocale(account.locale);
    await this.mail.enqueue({
      to: account.email,
      kind: 'account-exists',
      locale,
      content: accountExistsMail(locale, {
        name: account.display_name,
        attempt,
        signInUrl: this.mail.link(`${WEB_APP_BASE[appOf(account)]}/`),
        forgotPasswordUrl: this.forgotPasswordUrl(account),
      }),
    });
  }

  private forgotPasswordUrl(account: MailedAccount): string {
    return this.mail.link(`${WEB_APP_BASE[appOf(account)]}${FORGOT_PASSWORD_PAGE}`);
  }

  private hours(): number {
    return Math.round(this.config.emailConfirmationMs / 3600_000);
  }
}

/** Why a link does not work, as the person is told it. */
function refusal(outcome: Outcome): AppError {
  switch (outcome) {
    case 'used':
      return AppError.badInput('This link was used already.', { field: 'token' }).because(
        ErrorReason.EMAIL_LINK_USED,
      );
    case 'expired':
      return AppError.badInput('This link has expired: ask for a new one.', {
        field: 'token',
      }).because(ErrorReason.EMAIL_LINK_EXPIRED);
    case 'stale':
      return AppError.badInput(
        'This link is for an address the account no longer has: nothing to confirm.',
        { field: 'token' },
      ).because(ErrorReason.EMAIL_LINK_STALE);
    case 'taken':
      return AppError.conflict(
        'Another account uses this address by now: the address was not changed.',
        { field: 'token' },
      ).because(ErrorReason.EMAIL_TAKEN);
    default:
      return AppError.badInput('This link is not valid.', { field: 'token' }).because(
        ErrorReason.EMAIL_LINK_UNKNOWN,
      );
  }
}
