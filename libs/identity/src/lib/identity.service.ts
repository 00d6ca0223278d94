import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@alianza/api-core';
import { Actor, applyAbility } from '@alianza/authz';
import { Claims, containsPattern, Db, paginate, PageRequest, PageResult } from '@alianza/db';
import { Action, AppError, Subject, Viewer } from '@alianza/shared';
import { createHash, randomBytes } from 'node:crypto';
import { IsNull } from 'typeorm';
import { SessionEntity, SessionKind } from './entities/session.entity';
import { UserEntity } from './entities/user.entity';
import { LoginLockout } from './login-lockout';
import { PasswordService } from './password.service';
import { SessionEvents } from './session-events';

export const TOKEN_PREFIX = 'alz_';

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** The hash to look a presented token up by, or undefined when it cannot be one of ours. */
export function sessionTokenHash(token: string | undefined): string | undefined {
  return token?.startsWith(TOKEN_PREFIX) && token.length <= 100 ? hashToken(token) : undefined;
}

export interface IssuedSession {
  user: UserEntity;
  token: string;
  expiresAt: Date;
}

const INVALID_LOGIN = 'Invalid email or password.';

@Injectable()
export class IdentityService {
  constructor(
    private readonly db: Db,
    private readonly passwords: PasswordService,
    private readonly lockout: LoginLockout,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sessionEvents: SessionEvents,
  ) {}

  /**
   * Creates the account when no account has the email; otherwise changes nothing. The caller
   * must answer both cases alike (no account enumeration): the password is hashed either way,
   * so both take the same time, and a concurrent sign-up for the same email is no error.
   * Returns the new account, or undefined when the email already had one.
   */
  async signUp(input: {
    email: string;
    password: string;
    displayName: string;
  }): Promise<UserEntity | undefined> {
    const email = normalizeEmail(input.email);
    const passwordHash = await this.passwords.hash(input.password);
    const result = await this.db
      .repo(UserEntity)
      .createQueryBuilder()
      .insert()
      .values({ email, displayName: input.displayName, passwordHash })
      .orIgnore()
      .returning(['id'])
      .execute();
    const created = result.raw as { id: string }[];
    // TODO(email onboarding): when the email already had an account, tell its owner by email
    // (someone tried to sign up with it; sign in or reset the password), so they learn of it.
    return created[0] ? this.getUser(created[0].id) : undefined;
  }

  /**
   * Same answer, in about the same time, for an unknown email and a wrong password; refused with
   * RATE_LIMITED while the email or the client's address is locked (see LoginLockout).
   */
  async login(
    email: string,
    password: string,
    kind: SessionKind,
    clientIp: string,
  ): Promise<IssuedSession> {
    const normalized = normalizeEmail(email);
    await this.lockout.refuseWhileLocked(normalized, clientIp);
    // The hash of one account, by its exact email: the API role reads no other way.
    const [credentials] = await this.db.query<{ user_id: string; password_hash: string }>(
      'SELECT user_id, password_hash FROM alianza_rls.login_credentials(:email)',
      { email: normalized },
    );
    const valid = credentials
      ? await this.passwords.verify(credentials.password_hash, password)
      : await this.passwords.verifyAgainstDummy(password).then(() => false);
    if (!credentials || !valid) {
      await this.lockout.failed(normalized, clientIp);
      throw AppError.unauthenticated(INVALID_LOGIN);
    }
    await this.lockout.succeeded(normalized, clientIp);
    return this.issueSession(await this.getUser(credentials.user_id), kind);
  }

  /** Under the user's own claim: the database writes a session for no other user. */
  private async issueSession(user: UserEntity, kind: SessionKind): Promise<IssuedSession> {
    const token = TOKEN_PREFIX + randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.config.sessionTtlMs);
    await this.db.transaction(() =>
      this.db.withClaim(Claims.user(user.id), () =>
        this.db
          .repo(SessionEntity)
          .insert({ userId: user.id, tokenHash: hashToken(token), kind, expiresAt }),
      ),
    );
    return { user, token, expiresAt };
  }

  async logout(sessionId: string): Promise<void> {
    await this.db
      .repo(SessionEntity)
      .update({ id: sessionId, revokedAt: IsNull() }, { revokedAt: new Date() });
    await this.db.afterCommit(() => this.sessionEvents.ended({ sessionIds: [sessionId] }));
  }

  async getUser(id: string): Promise<UserEntity> {
    const user = await this.db.repo(UserEntity).findOne({ where: { id } });
    if (!user) throw AppError.notFound('User');
    return user;
  }

  /** Changes the password and ends every other session of the user. */
  async changePassword(
    viewer: Viewer,
    currentPassword: string,
    newPassword: string,
  ): Promise<void> {
    // The claim's own user: the hash is read for no one else.
    const [own] = await this.db.query<{ hash: string }>(
      'SELECT alianza_rls.own_password_hash() AS hash',
      {},
    );
    if (!own?.hash || !(await this.passwords.verify(own.hash, currentPassword))) {
      throw AppError.badInput('The current password is not correct.', { field: 'currentPassword' });
    }
    await this.db
      .repo(UserEntity)
      .update({ id: viewer.userId }, { passwordHash: await this.passwords.hash(newPassword) });
    await this.db.manager
      .createQueryBuilder()
      .update(SessionEntity)
      .set({ revokedAt: () => 'now()' })
      .where('user_id = :userId AND id <> :sessionId AND revoked_at IS NULL', {
        userId: viewer.userId,
        sessionId: viewer.sessionId,
      })
      .execute();
    await this.db.afterCommit(() =>
      this.sessionEvents.ended({ userId: viewer.userId, exceptSessionId: viewer.sessionId }),
    );
  }

  async listUsers(
    actor: Actor,
    page: PageRequest,
    search?: string,
  ): Promise<PageResult<UserEntity>> {
    const qb = this.db.repo(UserEntity).createQueryBuilder('u');
    applyAbility(qb, actor.ability, Action.Read, Subject.User);
    if (search) {
      qb.andWhere('(u.email ILIKE :q OR u.display_name ILIKE :q)', { q: containsPattern(search) });
    }
    return paginate(qb, page, ['createdAt', 'id'], 'DESC');
  }

  /**
   * Gives an existing user the facilitator role, or creates the user with it. A new user needs
   * a display name and an initial password.
   */
  async registerFacilitator(input: {
    email: string;
    displayName?: string;
    initialPassword?: string;
  }): Promise<UserEntity> {
    const users = this.db.repo(UserEntity);
    const email = normalizeEmail(input.email);
    const existing = await users.findOne({ where: { email }, lock: { mode: 'pessimistic_write' } });
    if (existing) {
      if (existing.isFacilitator) throw AppError.conflict('This user is already a facilitator.');
      existing.isFacilitator = true;
      return users.save(existing);
    }
    if (!input.displayName || !input.initialPassword) {
      throw AppError.badInput(
        'No user has this email yet: give a display name and an initial password.',
        {
          field: !input.displayName ? 'displayName' : 'initialPassword',
        },
      );
    }
    return users.save(
      users.create({
        email,
        displayName: input.displayName,
        passwordHash: await this.passwords.hash(input.initialPassword),
        isFacilitator: true,
      }),
    );
  }

  async revokeFacilitatorRole(userId: string): Promise<UserEntity> {
    const user = await this.getUser(userId);
    if (!user.isFacilitator) throw AppError.conflict('This user is not a facilitator.');
    user.isFacilitator = false;
    return this.db.repo(UserEntity).save(user);
  }

  /** Creates a platform administrator (command line and demo seed only, never over the API). */
  async createPlatformAdmin(input: {
    email: string;
    displayName: string;
    password: string;
  }): Promise<UserEntity> {
    const users = this.db.repo(UserEntity);
    const email = normalizeEmail(input.email);
    const existing = await users.findOne({ where: { email } });
    if (existing) {
      existing.isPlatformAdmin = true;
      return users.save(existing);
    }
    return users.save(
      users.create({
        email,
        displayName: input.displayName,
        passwordHash: await this.passwords.hash(input.password),
        isPlatformAdmin: true,
      }),
    );
  }
}
