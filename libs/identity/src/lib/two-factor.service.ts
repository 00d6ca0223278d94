import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@alianza/api-core';
import { secondFactorRequired } from '@alianza/authz';
import { Claims, Db } from '@alianza/db';
import { AccountEventKind, AppError, Viewer } from '@alianza/shared';
import { toString as qrCodeSvg } from 'qrcode';
import { IsNull } from 'typeorm';
import { AccountEventService, RequestOrigin } from './account-event.service';
import { UserRecoveryCodeEntity } from './entities/user-recovery-code.entity';
import { UserSecondFactorEntity } from './entities/user-second-factor.entity';
import { PasswordService } from './password.service';
import { SessionService } from './session.service';
import {
  matchingTimeStep,
  newRecoveryCodes,
  newTotpSecret,
  normalizeRecoveryCode,
  otpauthUri,
  recoveryCodeHash,
} from './two-factor-codes';
import { TwoFactorSecrets } from './two-factor-secrets';

/** The name an authenticator app shows beside the account. */
export const TWO_FACTOR_ISSUER = 'Alianza';

export interface TwoFactorStatus {
  enabled: boolean;
  enabledAt: Date | null;
  recoveryCodesLeft: number;
  /** The instance requires a second factor of this user (a facilitator or administrator). */
  required: boolean;
  /** Required and not set up: until it is, the user's sessions may only set it up. */
  setupRequired: boolean;
}

export interface TwoFactorSetup {
  /** The shared secret in Base32, for typing into an app that cannot scan. */
  secret: string;
  otpauthUri: string;
  /** The QR code of `otpauthUri`, as an SVG data URL. */
  qrCodeDataUrl: string;
}

const WRONG_CODE = 'The code is not correct, or was used already: type the one your app shows now.';

/**
 * Two-factor sign-in (TOTP) of the signed-in user: set it up (a secret shown as a QR code, then
 * confirmed by a first code, which hands out recovery codes shown once), turn it off, renew the
 * recovery codes; a platform administrator resets someone's lost one. Every statement runs under
 * the claim of the user whose factor it is: the row policies let no other touch it.
 */
@Injectable()
export class TwoFactorService {
  private readonly logger = new Logger(TwoFactorService.name);

  constructor(
    private readonly db: Db,
    private readonly secrets: TwoFactorSecrets,
    private readonly events: AccountEventService,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private factor(userId: string): Promise<UserSecondFactorEntity | null> {
    return this.db.repo(UserSecondFactorEntity).findOne({ where: { userId } });
  }

  /**
   * Which of `userIds` sign in with a confirmed second factor. The database answers a platform
   * administrator about anyone, a user about themselves, and nobody else (an empty set).
   */
  async usersWithSecondFactor(userIds: readonly string[]): Promise<Set<string>> {
    const rows = await this.db.manager.query<{ id: string }[]>(
      `SELECT u AS id FROM alianza_rls.users_with_second_factor($1::uuid[]) u`,
      [userIds],
    );
    return new Set(rows.map((row) => row.id));
  }

  async status(viewer: Viewer): Promise<TwoFactorStatus> {
    const factor = await this.factor(viewer.userId);
    const enabled = !!factor?.confirmedAt;
    const recoveryCodesLeft = enabled
      ? await this.db
          .repo(UserRecoveryCodeEntity)
          .count({ where: { userId: viewer.userId, usedAt: IsNull() } })
      : 0;
    const required = secondFactorRequired(viewer, this.config.twoFactor.requiredForStaff);
    return {
      enabled,
      enabledAt: factor?.confirmedAt ?? null,
      recoveryCodesLeft,
      required,
      setupRequired: required && !enabled,
    };
  }

  /**
   * A new secret for the user's authenticator, replacing any set-up not yet confirmed. Nothing
   * changes for signing in until `confirm` is given a code of it.
   */
  async start(viewer: Viewer): Promise<TwoFactorSetup> {
    const existing = await this.factor(viewer.userId);
    if (existing?.confirmedAt)
      throw AppError.conflict(
        'Two-factor sign-in is already on: turn it off first to move to another authenticator.',
      );
    const secret = newTotpSecret();
    const sealed = { secretCiphertext: this.secrets.seal(secret), lastUsedStep: null };
    const repo = this.db.repo(UserSecondFactorEntity);
    if (existing) await repo.update({ userId: viewer.userId }, sealed);
    else await repo.insert({ userId: viewer.userId, confirmedAt: null, ...sealed });
    const uri = otpauthUri(secret, viewer.email, TWO_FACTOR_ISSUER);
    const svg = await qrCodeSvg(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
    return {
      secret,
      otpauthUri: uri,
      qrCodeDataUrl: `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`,
    };
  }

  /** Turns two-factor sign-in on with a first code of the new secret: the recovery codes, once. */
  async confirm(viewer: Viewer, code: string, origin: RequestOrigin): Promise<string[]> {
    const factor = await this.factor(viewer.userId);
    if (factor?.confirmedAt) throw AppError.conflict('Two-factor sign-in is already on.');
    if (!factor)
      throw AppError.conflict('Start the set-up first: there is no secret to confirm yet.');
    const step = this.matchingStep(factor, code);
    if (step === null) throw AppError.badInput(WRONG_CODE, { field: 'code' });
    const confirmed = await this.db
      .repo(UserSecondFactorEntity)
      .createQueryBuilder()
      .update()
      .set({ confirmedAt: () => 'now()', lastUsedStep: step })
      .where('user_id = :userId AND confirmed_at IS NULL', { userId: viewer.userId })
      .execute();
    if (confirmed.affected !== 1) throw AppError.conflict('Two-factor sign-in is already on.');
    const codes = await this.replaceRecoveryCodes(viewer.userId);
    await this.events.record({
      userId: viewer.userId,
      actorUserId: viewer.userId,
      kind: AccountEventKind.SECOND_FACTOR_ENABLED,
      origin,
    });
    this.logger.log({ userId: viewer.userId }, 'Two-factor sign-in turned on');
    return codes;
  }

  /**
   * Turns two-factor sign-in off (or drops a set-up under way), proven by the password or by a
   * code (of the app, or a recovery code).
   */
  async disable(
    viewer: Viewer,
    proof: { password?: string | null; code?: string | null },
    origin: RequestOrigin,
  ): Promise<void> {
    const factor = await this.factor(viewer.userId);
    if (!factor) throw AppError.conflict('Two-factor sign-in is not on.');
    if (proof.password != null) {
      const [own] = await this.db.query<{ hash: string }>(
        'SELECT alianza_rls.own_password_hash() AS hash',
        {},
      );
      if (!own?.hash || !(await this.passwords.verify(own.hash, proof.password)))
        throw AppError.badInput('The password is not correct.', { field: 'password' });
    } else if (proof.code != null) {
      const proven =
        factor.confirmedAt !== null &&
        ((await this.spendCode(viewer.userId, proof.code)) ||
          (await this.spendRecoveryCode(viewer.userId, proof.code)));
      if (!proven) throw AppError.badInput(WRONG_CODE, { field: 'code' });
    } else {
      throw AppError.badInput('Give your password or a code.', { field: 'password' });
    }
    await this.removeFactor(viewer.userId);
    if (factor.confirmedAt) {
      await this.events.record({
        userId: viewer.userId,
        actorUserId: viewer.userId,
        kind: AccountEventKind.SECOND_FACTOR_DISABLED,
        origin,
      });
      this.logger.log({ userId: viewer.userId }, 'Two-factor sign-in turned off');
    }
  }

  /** New recovery codes (the old ones stop working), proven by a code of the app. */
  async regenerateRecoveryCodes(
    viewer: Viewer,
    code: string,
    origin: RequestOrigin,
  ): Promise<string[]> {
    const factor = await this.factor(viewer.userId);
    if (!factor?.confirmedAt) throw AppError.conflict('Two-factor sign-in is not on.');
    if (!(await this.spendCode(viewer.userId, code)))
      throw AppError.badInput(WRONG_CODE, { field: 'code' });
    const codes = await this.replaceRecoveryCodes(viewer.userId);
    await this.events.record({
      userId: viewer.userId,
      actorUserId: viewer.userId,
      kind: AccountEventKind.RECOVERY_CODES_REGENERATED,
      origin,
    });
    return codes;
  }

  /**
   * A platform administrator turns off the second factor of a user who lost it, and ends that
   * user's sessions; the user's log records who did it and why. The factor and the sessions are
   * the user's rows: they are changed under the user's claim, once the administrator's right is
   * checked (by the caller, `resetSecondFactor`'s policy).
   */
  async reset(admin: Viewer, userId: string, reason: string, origin: RequestOrigin): Promise<void> {
    await this.db.transaction(async () => {
      await this.db.withClaim(Claims.user(userId), async () => {
        if (!(await this.factor(userId)))
          throw AppError.conflict('This user has no second factor to reset.');
        await this.removeFactor(userId);
        await this.sessions.endAll(userId);
      });
      await this.events.record({
        userId,
        actorUserId: admin.userId,
        kind: AccountEventKind.SECOND_FACTOR_RESET,
        origin,
        reason,
      });
    });
    this.logger.log({ userId, adminId: admin.userId }, 'Second factor reset by an administrator');
  }

  // --- Signing in (under the user's claim) -------------------------------------------------

  /** Whether the user signs in with a second factor. */
  async enabled(userId: string): Promise<boolean> {
    return !!(await this.factor(userId))?.confirmedAt;
  }

  /**
   * Spends a code of the user's app: true when it is right now and of a later time step than
   * the last one accepted (the step is then the last one: the same code never works twice).
   */
  async spendCode(userId: string, code: string): Promise<boolean> {
    const factor = await this.factor(userId);
    if (!factor?.confirmedAt) return false;
    const step = this.matchingStep(factor, code);
    if (step === null) return false;
    // Conditional: of two requests with the same code, the second finds the step taken.
    const spent = await this.db
      .repo(UserSecondFactorEntity)
      .createQueryBuilder()
      .update()
      .set({ lastUsedStep: step })
      .where('user_id = :userId AND (last_used_step IS NULL OR last_used_step < :step)', {
        userId,
        step,
      })
      .execute();
    return spent.affected === 1;
  }

  /** Spends one of the user's recovery codes: true once per code. */
  async spendRecoveryCode(userId: string, code: string): Promise<boolean> {
    const normalized = normalizeRecoveryCode(code);
    if (!normalized) return false;
    const spent = await this.db
      .repo(UserRecoveryCodeEntity)
      .createQueryBuilder()
      .update()
      .set({ usedAt: () => 'now()' })
      .where('user_id = :userId AND code_hash = :hash AND used_at IS NULL', {
        userId,
        hash: recoveryCodeHash(userId, normalized),
      })
      .execute();
    return spent.affected === 1;
  }

  // --- Inside ------------------------------------------------------------------------------

  private matchingStep(factor: UserSecondFactorEntity, code: string): number | null {
    let secret: string;
    try {
      secret = this.secrets.open(factor.secretCiphertext);
    } catch (error) {
      // TWO_FACTOR_KEY changed: this factor's codes cannot be checked (recovery codes still work).
      this.logger.error(
        { userId: factor.userId, err: error },
        'A two-factor secret cannot be opened with TWO_FACTOR_KEY',
      );
      return null;
    }
    return matchingTimeStep(secret, code, factor.lastUsedStep);
  }

  private async replaceRecoveryCodes(userId: string): Promise<string[]> {
    const repo = this.db.repo(UserRecoveryCodeEntity);
    await repo.delete({ userId });
    const codes = newRecoveryCodes();
    await repo.insert(
      codes.map((code) => ({
        userId,
        codeHash: recoveryCodeHash(userId, code.replace(/-/g, '')),
        usedAt: null,
      })),
    );
    return codes;
  }

  private async removeFactor(userId: string): Promise<void> {
    await this.db.repo(UserRecoveryCodeEntity).delete({ userId });
    await this.db.repo(UserSecondFactorEntity).delete({ userId });
  }
}
