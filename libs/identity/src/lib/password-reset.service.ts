import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@alianza/api-core';
import { Claims, Db } from '@alianza/db';
import { mailLocale, MailService } from '@alianza/mail';
import { AppError, ErrorReason } from '@alianza/shared';
import { randomBytes } from 'node:crypto';
import { accountByEmail, appOf } from './account-mail';
import { passwordResetMail } from './mails/password-reset.mail';
import { PasswordService } from './password.service';
import { SessionService } from './session.service';

/** What the keyed hash of a reset token is for (`Db.keyedHash`). */
const PURPOSE = 'password-reset';

/**
 * Password reset by email (issue 15): a single-use link, valid PASSWORD_RESET_MINUTES, of which
 * only the keyed hash of the token is stored (no one reads it back: a link is followed through
 * `alianza_rls.use_password_reset`). Asking answers the same whether or not the address
 * has an account; following the link sets the password, uses up every open link of the account
 * and ends all its sessions.
 */
@Injectable()
export class PasswordResetService {
  constructor(
    private readonly db: Db,
    private readonly mail: MailService,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Emails a reset link to the account with this address, if there is one, in the account's
   * language; nothing otherwise. The caller answers the same either way.
   */
  async request(email: string): Promise<void> {
    const account = await accountByEmail(this.db, email);
    if (!account) return;
    const token = randomBytes(32).toString('base64url');
    const minutes = Math.round(this.config.passwordResetMs / 60_000);
    const app = appOf(account);
    const locale = mailLocale(account.locale);
    await this.db.transaction(async (manager) => {
      // No RETURNING: the API role reads no row of this table.
      await manager.query(
        `INSERT INTO password_reset_tokens (user_id, token_hash, expires_at) VALUES ($1, $2, $3)`,
        [
          account.id,
          this.db.keyedHash(PURPOSE, token),
          new Date(Date.now() + this.config.passwordResetMs),
        ],
      );
      await this.mail.enqueue({
        to: account.email,
        kind: 'password-reset',
        locale,
        content: passwordResetMail(locale, {
          name: account.display_name,
          url: this.mail.link(`/${app}/reset-password`, { token }),
          minutes,
        }),
      });
    });
  }

  /**
   * Sets the password of the link's account: the link (and every other open one of the account)
   * is used up and all the account's sessions end, in one transaction. A link expired, used or
   * never given is refused with its reason (BAD_USER_INPUT on `token`).
   */
  async reset(token: string, newPassword: string): Promise<void> {
    const tokenHash = this.db.keyedHash(PURPOSE, token);
    // Hashed before the transaction: it takes a moment, and holds nothing.
    const passwordHash = await this.passwords.hash(newPassword);
    await this.db.transaction(async (manager) => {
      // Uses the link up, with every other open link of the account (no one reads the table).
      const [link] = (await manager.query(
        `SELECT user_id, outcome FROM alianza_rls.use_password_reset($1)`,
        [tokenHash],
      )) as { user_id: string | null; outcome: LinkOutcome }[];
      const userId = link?.user_id;
      if (!userId) throw refusal(link?.outcome ?? 'unknown');
      // Under the account's own claim: the database changes a password for no one else.
      await this.db.withClaim(Claims.user(userId), async () => {
        await manager.query(`UPDATE users SET password_hash = $2 WHERE id = $1`, [
          userId,
          passwordHash,
        ]);
        await this.sessions.endAll(userId);
      });
    });
  }
}

type LinkOutcome = 'valid' | 'unknown' | 'used' | 'expired';

/** Why a link does not work, as the person is told it. */
function refusal(outcome: LinkOutcome): AppError {
  switch (outcome) {
    case 'used':
      return AppError.badInput('This password reset link was used already.', {
        field: 'token',
      }).because(ErrorReason.RESET_LINK_USED);
    case 'expired':
      return AppError.badInput('This password reset link has expired.', {
        field: 'token',
      }).because(ErrorReason.RESET_LINK_EXPIRED);
    default:
      return AppError.badInput('This password reset link is not valid.', {
        field: 'token',
      }).because(ErrorReason.RESET_LINK_UNKNOWN);
  }
}
