import { Injectable, Logger } from '@nestjs/common';
import { Actor, applyAbility, canOn, findAllowed, requireViewer } from '@alianza/authz';
import { Db, paginate, PageRequest, PageResult } from '@alianza/db';
import { Action, AppError, PERSISTED_QUERY_LIMITS, Subject } from '@alianza/shared';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { createHash, randomBytes } from 'node:crypto';
import { ApiTokenEntity } from './entities/api-token.entity';
import { UserEntity } from './entities/user.entity';
import { hashToken } from './identity.service';

/** Reporting API tokens start with this, so they are never mistaken for session tokens. */
export const API_TOKEN_PREFIX = 'alzr_';
/** The longest a token may live. */
export const API_TOKEN_MAX_DAYS = 366;
/** Live (unrevoked, unexpired) tokens a user may hold at once. */
export const API_TOKEN_MAX_LIVE = 20;

/** The hash to look a presented reporting token up by, or undefined when it cannot be one. */
export function apiTokenHash(token: string | undefined): string | undefined {
  return token?.startsWith(API_TOKEN_PREFIX) && token.length <= 100 ? hashToken(token) : undefined;
}

/** Persisted queries a token may hold, and the longest document. */
export const API_TOKEN_MAX_OPERATIONS = PERSISTED_QUERY_LIMITS.perToken;
export const API_TOKEN_MAX_OPERATION_CHARS = PERSISTED_QUERY_LIMITS.characters;

/** The key of a persisted query: the SHA-256 (hex) of its text, as Apollo's protocol has it. */
export function operationHash(document: string): string {
  return createHash('sha256').update(document).digest('hex');
}

/**
 * The persisted queries of a new token, by hash: each a GraphQL document holding one query
 * (a reporting token reads), refused naming its position otherwise.
 */
export function persistedOperations(documents: readonly string[]): Record<string, string> {
  if (documents.length === 0 || documents.length > API_TOKEN_MAX_OPERATIONS)
    throw AppError.badInput(
      `Give between 1 and ${API_TOKEN_MAX_OPERATIONS} persisted queries, or none for any report.`,
      { field: 'operations' },
    );
  const byHash: Record<string, string> = {};
  documents.forEach((document, index) => {
    const field = `operations.${index}`;
    if (document.length > API_TOKEN_MAX_OPERATION_CHARS)
      throw AppError.badInput(
        `Persisted query ${index + 1} is longer than ${API_TOKEN_MAX_OPERATION_CHARS} characters.`,
        { field },
      );
    let operations: OperationDefinitionNode[];
    try {
      operations = parse(document).definitions.filter(
        (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
      );
    } catch (error) {
      throw AppError.badInput(
        `Persisted query ${index + 1} is not valid GraphQL: ${(error as Error).message}`,
        { field },
      );
    }
    if (operations.length !== 1 || operations[0].operation !== 'query')
      throw AppError.badInput(
        `Persisted query ${index + 1} must hold exactly one query (a reporting token only reads).`,
        { field },
      );
    byHash[operationHash(document)] = document;
  });
  return byHash;
}

export interface IssuedApiToken {
  token: ApiTokenEntity;
  /** The secret, shown once: only its hash is kept. */
  secret: string;
}

/** Creates, lists and revokes a user's reporting API tokens. */
@Injectable()
export class ApiTokenService {
  private readonly logger = new Logger(ApiTokenService.name);

  constructor(private readonly db: Db) {}

  async create(
    actor: Actor,
    name: string,
    expiresAt: Date,
    documents?: readonly string[] | null,
  ): Promise<IssuedApiToken> {
    const viewer = requireViewer(actor);
    if (!canOn(actor, Action.Create, Subject.ApiToken, { userId: viewer.userId }))
      throw AppError.forbidden();
    const operations = documents ? persistedOperations(documents) : null;
    const now = Date.now();
    if (expiresAt.getTime() <= now)
      throw AppError.badInput('The expiry must be in the future.', { field: 'expiresAt' });
    if (expiresAt.getTime() > now + API_TOKEN_MAX_DAYS * 24 * 3600 * 1000) {
      throw AppError.badInput(`A token may live at most ${API_TOKEN_MAX_DAYS} days.`, {
        field: 'expiresAt',
      });
    }
    // One creation at a time per user (row lock), so the cap holds under concurrent calls.
    await this.db
      .repo(UserEntity)
      .findOne({ where: { id: viewer.userId }, lock: { mode: 'pessimistic_write' } });
    const repo = this.db.repo(ApiTokenEntity);
    const live = await repo
      .createQueryBuilder('t')
      .where('t.user_id = :userId AND t.revoked_at IS NULL AND t.expires_at > now()', {
        userId: viewer.userId,
      })
      .getCount();
    if (live >= API_TOKEN_MAX_LIVE) {
      throw AppError.conflict(
        `You already have ${API_TOKEN_MAX_LIVE} live tokens: revoke one before creating another.`,
      );
    }
    const secret = `${API_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
    const token = await repo.save(
      repo.create({
        userId: viewer.userId,
        name,
        tokenHash: hashToken(secret),
        prefix: secret.slice(0, 12),
        expiresAt,
        revokedAt: null,
        lastUsedAt: null,
        operations,
      }),
    );
    this.logger.log({ tokenId: token.id, userId: viewer.userId }, 'Reporting API token created');
    return { token, secret };
  }

  /** The caller's tokens, newest first (revoked and expired ones included, for the record). */
  list(actor: Actor): Promise<ApiTokenEntity[]> {
    const qb = this.db.repo(ApiTokenEntity).createQueryBuilder('t').orderBy('t.created_at', 'DESC');
    return applyAbility(qb, actor.ability, Action.Read, Subject.ApiToken).getMany();
  }

  /** A page of the caller's tokens, newest first. */
  page(actor: Actor, page: PageRequest): Promise<PageResult<ApiTokenEntity>> {
    const qb = this.db.repo(ApiTokenEntity).createQueryBuilder('t');
    applyAbility(qb, actor.ability, Action.Read, Subject.ApiToken);
    return paginate(qb, page, ['createdAt', 'id'], 'DESC');
  }

  /**
   * The persisted queries of the request's reporting token (null: any report operation), read
   * under its owner's claim, once per request.
   */
  async operationsOf(actor: Actor): Promise<Record<string, string> | null> {
    if (!actor.apiTokenId) return null;
    const [row] = await this.db.manager.query<{ operations: Record<string, string> | null }[]>(
      'SELECT operations FROM api_tokens WHERE id = $1',
      [actor.apiTokenId],
    );
    // A token its owner can no longer read runs nothing.
    return row ? row.operations : {};
  }

  async revoke(actor: Actor, id: string): Promise<ApiTokenEntity> {
    const token = await findAllowed(
      this.db.manager,
      ApiTokenEntity,
      Subject.ApiToken,
      actor,
      Action.Revoke,
      id,
      { label: 'API token', lock: true },
    );
    if (token.revokedAt) return token;
    token.revokedAt = new Date();
    const saved = await this.db.repo(ApiTokenEntity).save(token);
    this.logger.log({ tokenId: id, userId: token.userId }, 'Reporting API token revoked');
    return saved;
  }
}
