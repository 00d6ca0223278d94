import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@alianza/api-core';
import { Actor, applyAbility } from '@alianza/authz';
import { Claims, containsPattern, Db, paginate, PageRequest, PageResult } from '@alianza/db';
import { Locale, mailLocale } from '@alianza/mail';
import { AccountEventKind, Action, AppError, Subject, Viewer } from '@alianza/shared';
import { createHash, randomBytes } from 'node:crypto';
import { IsNull } from 'typeorm';
import { AccountEventService, RequestOrigin } from './account-event.service';
import { SESSION_USER_AGENT_MAX, SessionEntity, SessionKind } from './entities/session.entity';
import { UserEntity } from './entities/user.entity';
import { LoginLockout } from './login-lockout';
import { PasswordService } from './password.service';
import { PendingSecondFactor, SecondFactorLoginService } from './second-factor-login.service';
import { SessionEvents } from './session-events';
import { SessionService } from './session.service';

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
    private readonly secondFactor: SecondFactorLoginService,
    private readonly accountEvents: AccountEventService,
    private readonly sessions: SessionService,
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
    /** The language of the sign-up page; Spanish when not given. */
    locale?: Locale | null;
  }): Promise<UserEntity | undefined> {
    const email = normalizeEmail(input.email);
    const passwordHash = await this.passwords.hash(input.password);
    const locale = input.locale ?? Locale.ES;
    const result = await this.db
      .repo(UserEntity)
      .createQueryBuilder()
      .insert()
      .values({ email, displayName: input.displayName, passwordHash, locale })
      .orIgnore()
      .returning(['id'])
      .execute();
    const created = result.raw as { id: string }[];
    // The address is not proven yet (`emailVerifiedAt` null): self sign-up emails a link to
    // confirm it and tells the owner of a taken one (EmailAddressService); an invitation's link
    // proves it at once (InvitationLinkService).
    return created[0] ? this.getUser(created[0].id) : undefined;
  }

  /**
   * Same answer, in about the same time, for an unknown email and a wrong password; refused with
   * RATE_LIMITED while the email or the client's address is locked (see LoginLockout). An account
   * with a second factor gets no session yet but a challenge (SecondFactorLoginService).
   */
  async login(
    email: string,
    password: string,
    kind: SessionKind,
    clientIp: string,
    origin: RequestOrigin = {},
  ): Promise<IssuedSession | PendingSecondFactor> {
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
    // With a second factor, the email's failures are forgotten only once its code is given.
    const pending = await this.secondFactor.challengeFor(credentials.user_id, kind);
    if (pending) return pending;
    await this.lockout.succeeded(normalized, clientIp);
    return this.issueSession(await this.getUser(credentials.user_id), kind, origin);
  }

  /**
   * Under the user's own claim: the database writes a session for no other user. Only once the
   * user has proven who they are (`login`, `completeLogin`). Keeps where it signed in from, for
   * the user's list of sessions.
   */
  async issueSession(
    user: UserEntity,
    kind: SessionKind,
    origin: RequestOrigin = {},
  ): Promise<IssuedSession> {
    const token = TOKEN_PREFIX + randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.config.sessionTtlMs);
    await this.db.transaction(() =>
      this.db.withClaim(Claims.user(user.id), () =>
        this.db.repo(SessionEntity).insert({
          userId: user.id,
          tokenHash: hashToken(token),
          kind,
          expiresAt,
          userAgent: origin.userAgent?.slice(0, SESSION_USER_AGENT_MAX) ?? null,
          ip: origin.ip?.slice(0, 64) ?? null,
        }),
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

  /**
   * The display names of users, by id (an account is never deleted, so a person who left shows
   * the name of their account). Ask only where the caller may name them (the audit log's
   * facilitator): this reads no ability.
   */
  async displayNames(ids: readonly string[]): Promise<Map<string, string>> {
    const users = await this.db
      .repo(UserEntity)
      .createQueryBuilder('u')
      .select(['u.id', 'u.displayName'])
      .where('u.id = ANY(:ids)', { ids: [...ids] })
      .getMany();
    return new Map(users.map((user) => [user.id, user.displayName]));
  }

  /** Sets the language of the viewer's account: of the web apps once signed in, and of its emails. */
  async setLocale(viewer: Viewer, locale: Locale): Promise<UserEntity> {
    // Under the viewer's own claim (the request's): the database changes no one else's.
    await this.db.repo(UserEntity).update({ id: viewer.userId }, { locale });
    return this.getUser(viewer.userId);
  }

  /**
   * The language of the account with this address, or undefined when none has it. Only for
   * writing to the address: never to be shown (it would tell whether the address has an account).
   */
  async localeOfAddress(email: string): Promise<Locale | undefined> {
    const [row] = await this.db.query<{ locale: string }>(
      'SELECT locale FROM users WHERE email = :email',
      { email: normalizeEmail(email) },
    );
    return row ? mailLocale(row.locale) : undefined;
  }

  /** Changes the password and ends every other session of the user. */
  async changePassword(
    viewer: Viewer,
    currentPassword: string,
    newPassword: string,
    origin: RequestOrigin = {},
  ): Promise<void> {
    await this.checkCurrentPassword(currentPassword);
    await this.db
      .repo(UserEntity)
      .update({ id: viewer.userId }, { passwordHash: await this.passwords.hash(newPassword) });
    await this.sessions.endAll(viewer.userId, viewer.sessionId);
    await this.accountEvents.record({
      userId: viewer.userId,
      actorUserId: viewer.userId,
      kind: AccountEventKind.PASSWORD_CHANGED,
      origin,
    });
  }

  /**
   * Refuses (BAD_USER_INPUT on `currentPassword`) unless `password` is the claim's own user's:
   * asked again before a change of how the account signs in.
   */
  async checkCurrentPassword(password: string): Promise<void> {
    // The claim's own user: the hash is read for no one else.
    const [own] = await this.db.query<{ hash: string }>(
      'SELECT alianza_rls.own_password_hash() AS hash',
      {},
    );
    if (!own?.hash || !(await this.passwords.verify(own.hash, password))) {
      throw AppError.badInput('The current password is not correct.', { field: 'currentPassword' });
    }
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
