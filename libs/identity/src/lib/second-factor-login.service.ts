import { Injectable } from '@nestjs/common';
import { Claims, Db } from '@alianza/db';
import { AccountEventKind, AppError } from '@alianza/shared';
import { createHash, randomBytes } from 'node:crypto';
import { AccountEventService, RequestOrigin } from './account-event.service';
import { LoginChallengeEntity } from './entities/login-challenge.entity';
import { SessionKind } from './entities/session.entity';
import { LoginLockout } from './login-lockout';
import { TwoFactorService } from './two-factor.service';

/** Challenge tokens start with this, so they are never taken for a session's. */
export const CHALLENGE_PREFIX = 'alzc_';
/** How long the second step of a sign-in waits for a code. */
export const CHALLENGE_TTL_MS = 5 * 60_000;

/** A sign-in waiting for its second factor: `completeLogin` takes the challenge and a code. */
export interface PendingSecondFactor {
  challenge: string;
  expiresAt: Date;
}

const EXPIRED = 'This sign-in has expired or was completed already: enter your password again.';

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** The hash to look a presented challenge up by, or undefined when it cannot be one of ours. */
function challengeHash(challenge: string): string | undefined {
  return challenge.startsWith(CHALLENGE_PREFIX) && challenge.length <= 100
    ? sha256(challenge)
    : undefined;
}

/**
 * The second step of signing in. Once the password is right, an account with a second factor
 * gets a challenge instead of a session: single-use, a few minutes long, only its hash kept.
 * `complete` takes it with a code of the app (good once) or a recovery code (good once) and says
 * whose session to open. Wrong codes count as failed sign-ins (LoginLockout, per email and per
 * address), so guessing codes locks the account as guessing passwords does; the email's failures
 * are forgotten only when the second step succeeds.
 */
@Injectable()
export class SecondFactorLoginService {
  constructor(
    private readonly db: Db,
    private readonly twoFactor: TwoFactorService,
    private readonly lockout: LoginLockout,
    private readonly events: AccountEventService,
  ) {}

  /** After the right password: a challenge when the account signs in with a second factor. */
  async challengeFor(userId: string, kind: SessionKind): Promise<PendingSecondFactor | undefined> {
    return this.db.transaction(() =>
      this.db.withClaim(Claims.user(userId), async () => {
        if (!(await this.twoFactor.enabled(userId))) return undefined;
        const challenge = CHALLENGE_PREFIX + randomBytes(32).toString('base64url');
        const expiresAt = new Date(Date.now() + CHALLENGE_TTL_MS);
        await this.db.repo(LoginChallengeEntity).insert({
          userId,
          tokenHash: sha256(challenge),
          sessionKind: kind,
          expiresAt,
          completedAt: null,
        });
        return { challenge, expiresAt };
      }),
    );
  }

  /**
   * Finishes a sign-in with a code of the app or a recovery code. Whose session to open, and of
   * which kind (as `login` was asked); UNAUTHENTICATED for a challenge expired, used or unknown;
   * BAD_USER_INPUT for a wrong code; RATE_LIMITED while the account or the address is locked.
   */
  async complete(
    input: { challenge: string; code?: string | null; recoveryCode?: string | null },
    clientIp: string,
    origin: RequestOrigin,
  ): Promise<{ userId: string; kind: SessionKind }> {
    const code = input.code ?? undefined;
    const recoveryCode = input.recoveryCode ?? undefined;
    const usingRecoveryCode = recoveryCode !== undefined;
    if (usingRecoveryCode === (code !== undefined))
      throw AppError.badInput('Give either a code of your app or a recovery code.', {
        field: 'code',
      });
    const hash = challengeHash(input.challenge);
    const [challenge] = hash
      ? await this.db.query<{
          challenge_id: string;
          user_id: string;
          email: string;
          session_kind: SessionKind;
        }>('SELECT * FROM alianza_rls.login_challenge(:hash)', { hash })
      : [];
    if (!challenge) throw AppError.unauthenticated(EXPIRED);
    await this.lockout.refuseWhileLocked(challenge.email, clientIp);
    const userId = challenge.user_id;
    const passed = await this.db.transaction(() =>
      this.db.withClaim(Claims.user(userId), async () => {
        const proven =
          recoveryCode !== undefined
            ? await this.twoFactor.spendRecoveryCode(userId, recoveryCode)
            : await this.twoFactor.spendCode(userId, code ?? '');
        if (!proven) return false;
        const completed = await this.db
          .repo(LoginChallengeEntity)
          .createQueryBuilder()
          .update()
          .set({ completedAt: () => 'now()' })
          .where('id = :id AND completed_at IS NULL AND expires_at > now()', {
            id: challenge.challenge_id,
          })
          .execute();
        if (completed.affected !== 1) throw AppError.unauthenticated(EXPIRED);
        if (usingRecoveryCode)
          await this.events.record({
            userId,
            actorUserId: userId,
            kind: AccountEventKind.RECOVERY_CODE_USED,
            origin,
          });
        return true;
      }),
    );
    if (!passed) {
      await this.lockout.failed(challenge.email, clientIp);
      throw AppError.badInput(
        usingRecoveryCode
          ? 'The recovery code is not correct, or was used already.'
          : 'The code is not correct, or was used already: type the one your app shows now.',
        { field: usingRecoveryCode ? 'recoveryCode' : 'code' },
      );
    }
    await this.lockout.succeeded(challenge.email, clientIp);
    return { userId, kind: challenge.session_kind };
  }
}
