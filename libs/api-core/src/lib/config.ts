import { dirname, join } from 'node:path';
import { z } from 'zod';
import { RateLimitConfig, rateLimitConfig, rateLimitEnv } from './rate-limit/rate-limit.config';

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

/**
 * Every environment variable the API reads. Validated once at boot: a bad value stops the
 * process with a message naming the variable, never a stack trace deep in a module.
 * Secrets are listed in SECRET_KEYS and never printed.
 */
const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** External PostgreSQL. When absent, an embedded PostgreSQL is started. */
  DATABASE_URL: z.string().url().optional(),
  /**
   * The owner of the database (migrations, set-up, the claim key): required with DATABASE_URL,
   * which must be the API's restricted role. `npm run db:roles` creates both.
   */
  DATABASE_OWNER_URL: z.string().url().optional(),
  /** Where the embedded PostgreSQL keeps its files. */
  EMBEDDED_PG_DIR: z.string().min(1).default('.data/postgres'),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  /** Apply pending migrations when the API starts. */
  MIGRATE_ON_START: booleanFromEnv.default('true'),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 90)
    .default(24 * 7),
  /** Mark the session cookie `Secure` (only sent over HTTPS). Defaults to true in production. */
  COOKIE_SECURE: booleanFromEnv.optional(),
  /** argon2id memory cost in KiB (OWASP: at least 19456). */
  PASSWORD_HASH_MEMORY_KIB: z.coerce.number().int().min(1024).default(19456),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Redis for live updates across several API processes; in-process when absent. */
  REDIS_URL: z.string().url().optional(),
  /** Put before every Redis channel and key, so environments sharing one Redis stay apart. */
  REDIS_PREFIX: z
    .string()
    .regex(/^[\w.:-]{1,64}$/, 'letters, digits, "_", ".", ":" or "-" (at most 64)')
    .default('alianza:'),
  /**
   * Origins the web apps are served from (comma-separated, e.g. `https://alianza.example.org`).
   * A browser's websocket from any other origin is refused; the API's own origin always passes.
   */
  PUBLIC_ORIGINS: z
    .string()
    .transform((value, ctx) => {
      const origins: string[] = [];
      for (const part of value
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean)) {
        let origin: string | undefined;
        try {
          origin = new URL(part).origin;
        } catch {
          origin = undefined;
        }
        if (!origin || origin === 'null') {
          ctx.addIssue({ code: 'custom', message: `"${part}" is not an origin like https://host` });
          return z.NEVER;
        }
        origins.push(origin);
      }
      return origins;
    })
    .optional(),
  /** Live-update sockets one account may hold at once (each browser tab holds one). */
  WS_MAX_PER_USER: z.coerce.number().int().min(1).max(1000).default(10),
  /** Live-update sockets one IP address may hold at once. */
  WS_MAX_PER_IP: z.coerce.number().int().min(1).max(100_000).default(100),
  /** How often open sockets' sessions are checked again (expiry, revocation), in seconds. */
  WS_SESSION_CHECK_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  /** How often the background sweeps run, in seconds (0: never): grant expiries to the audit log, overdue reminders. */
  EXPIRY_SWEEP_SECONDS: z.coerce.number().int().min(0).max(86_400).default(60),
  /** Serve the GraphQL explorer at /graphql, with introspection (outside production only; on by default there). */
  GRAPHQL_EXPLORER: booleanFromEnv.optional(),
  /**
   * Seconds one GraphQL operation may take: after them its next SQL statement fails with TIMEOUT
   * (a mutation rolls back); no single SQL statement of the API may run longer either.
   */
  GRAPHQL_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(600).default(10),
  /**
   * Load the demo (accounts, organizations, a collaboration) on start. `auto`: when running on the
   * embedded PostgreSQL outside production, so `npm start` alone gives something to log in to.
   */
  DEMO_DATA: z.enum(['auto', 'true', 'false']).default('auto'),
  /** Where the built web apps are (`npm run build:web`); served at /console and /portal. */
  WEB_DIST_DIR: z.string().min(1).default('dist/apps'),
  /**
   * Mixed into every collaboration's customer-list key, so a database dump alone cannot be used to
   * test guesses against the stored hashes. Set it once: changing it means lists must be uploaded again.
   */
  CUSTOMER_HASH_SECRET: z.string().min(32, 'at least 32 characters').optional(),
  /**
   * Test only: `off` drops the application's own read filters (the abilities compiled into SQL),
   * so a test can show that row-level security alone isolates the parties.
   */
  APPLICATION_ROW_FILTERS: z.enum(['on', 'off']).default('on'),
  /**
   * Key of the audit chain's HMACs; never stored in the database. Required in production; when
   * absent elsewhere, one is generated into the data folder (`audit.key`, beside the embedded
   * PostgreSQL's files).
   */
  AUDIT_KEY: z.string().min(32, 'at least 32 characters').optional(),
  /** Keys used before AUDIT_KEY, comma-separated: records and checkpoints made under them still verify. */
  AUDIT_PREVIOUS_KEYS: z
    .string()
    .transform((value) =>
      value
        .split(',')
        .map((key) => key.trim())
        .filter((key) => key.length > 0),
    )
    .refine((keys) => keys.every((key) => key.length >= 32), 'each key at least 32 characters')
    .optional(),
  /** Seconds between checkpoints of the audit chains' heads (0: only after a verification). */
  AUDIT_CHECKPOINT_SECONDS: z.coerce.number().int().min(0).max(86_400).default(300),
  /** The append-only file the checkpoints go to (default: `audit-checkpoints.jsonl` in the data folder). */
  AUDIT_CHECKPOINT_FILE: z.string().min(1).optional(),
  /** Seconds between sweeps that chain audit entries a stopped process left waiting (0: never; ADR 0020). */
  AUDIT_CHAIN_SWEEP_SECONDS: z.coerce.number().int().min(0).max(86_400).default(30),
  ...rateLimitEnv,
});

export const SECRET_KEYS = [
  'DATABASE_URL',
  'DATABASE_OWNER_URL',
  'REDIS_URL',
  'CUSTOMER_HASH_SECRET',
  'AUDIT_KEY',
  'AUDIT_PREVIOUS_KEYS',
] as const;

export interface AppConfig {
  readonly env: 'development' | 'production' | 'test';
  readonly host: string;
  readonly port: number;
  readonly databaseUrl: string | undefined;
  readonly databaseOwnerUrl: string | undefined;
  readonly embeddedPg: { readonly dataDir: string; readonly port: number };
  readonly migrateOnStart: boolean;
  readonly sessionTtlMs: number;
  readonly cookieSecure: boolean;
  readonly passwordHashMemoryKib: number;
  readonly logLevel: string;
  readonly graphqlExplorer: boolean;
  /** GRAPHQL_TIMEOUT_SECONDS, in milliseconds. */
  readonly graphqlTimeBudgetMs: number;
  readonly expirySweepMs: number;
  readonly redisUrl: string | undefined;
  readonly redisPrefix: string;
  readonly publicOrigins: readonly string[];
  readonly websockets: {
    readonly maxPerUser: number;
    readonly maxPerIp: number;
    readonly sessionCheckMs: number;
  };
  readonly webDistDir: string;
  readonly demoData: boolean;
  readonly customerHashSecret: string | undefined;
  readonly applicationRowFilters: boolean;
  readonly audit: AuditConfig;
  readonly rateLimits: RateLimitConfig;
  /** Express' `trust proxy`: which hops' `X-Forwarded-For` give the client's address. */
  readonly trustProxy: boolean | number | string;
}

/** Where the audit chain's keys and checkpoints come from (see libs/audit and ADR 0016). */
export interface AuditConfig {
  /** AUDIT_KEY; when unset (never in production) the key is read from, or generated into, `keyFile`. */
  readonly key: string | undefined;
  readonly previousKeys: readonly string[];
  readonly keyFile: string;
  readonly checkpointFile: string;
  /** Between two checkpoint sweeps; 0: never (verification still checkpoints what it verified). */
  readonly checkpointMs: number;
  /** Between two sweeps of the audit outbox (entries a stopped process left); 0: never. */
  readonly chainSweepMs: number;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads and validates the configuration; throws ConfigError naming each bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((issue) => `  ${issue.path.join('.')}: ${issue.message}`)
      .join('\n');
    throw new ConfigError(`Invalid configuration:\n${problems}`);
  }
  const c = parsed.data;
  const production = c.NODE_ENV === 'production';
  const missing: string[] = [];
  if (production && !c.DATABASE_URL)
    missing.push(
      '  DATABASE_URL: required in production (the embedded PostgreSQL is for trying Alianza and for development)',
    );
  if (production && !c.AUDIT_KEY)
    missing.push(
      '  AUDIT_KEY: required in production (at least 32 characters, kept outside the database and backed up; see ADR 0016)',
    );
  if (production && c.GRAPHQL_EXPLORER)
    missing.push(
      '  GRAPHQL_EXPLORER: not in production (introspection and field suggestions stay off there)',
    );
  if (c.APPLICATION_ROW_FILTERS === 'off' && c.NODE_ENV !== 'test')
    missing.push('  APPLICATION_ROW_FILTERS: "off" is for tests only (NODE_ENV=test)');
  if (c.DATABASE_URL && !c.DATABASE_OWNER_URL)
    missing.push(
      '  DATABASE_OWNER_URL: required with DATABASE_URL (the owner runs migrations; DATABASE_URL is the restricted role the API runs as; see README, "External PostgreSQL")',
    );
  if (missing.length > 0) throw new ConfigError(`Invalid configuration:\n${missing.join('\n')}`);
  // The local data folder: where the embedded PostgreSQL keeps its files, and beside them what
  // must not live in the database.
  const dataDir = dirname(c.EMBEDDED_PG_DIR);
  return {
    env: c.NODE_ENV,
    host: c.HOST,
    port: c.PORT,
    databaseUrl: c.DATABASE_URL,
    databaseOwnerUrl: c.DATABASE_OWNER_URL,
    embeddedPg: { dataDir: c.EMBEDDED_PG_DIR, port: c.EMBEDDED_PG_PORT },
    migrateOnStart: c.MIGRATE_ON_START,
    sessionTtlMs: c.SESSION_TTL_HOURS * 3600_000,
    cookieSecure: c.COOKIE_SECURE ?? production,
    passwordHashMemoryKib: c.PASSWORD_HASH_MEMORY_KIB,
    logLevel: c.LOG_LEVEL,
    graphqlExplorer: c.GRAPHQL_EXPLORER ?? !production,
    graphqlTimeBudgetMs: c.GRAPHQL_TIMEOUT_SECONDS * 1000,
    expirySweepMs: c.EXPIRY_SWEEP_SECONDS * 1000,
    redisUrl: c.REDIS_URL,
    redisPrefix: c.REDIS_PREFIX,
    publicOrigins: c.PUBLIC_ORIGINS ?? [],
    websockets: {
      maxPerUser: c.WS_MAX_PER_USER,
      maxPerIp: c.WS_MAX_PER_IP,
      sessionCheckMs: c.WS_SESSION_CHECK_SECONDS * 1000,
    },
    webDistDir: c.WEB_DIST_DIR,
    demoData: c.DEMO_DATA === 'auto' ? !production && !c.DATABASE_URL : c.DEMO_DATA === 'true',
    customerHashSecret: c.CUSTOMER_HASH_SECRET,
    applicationRowFilters: c.APPLICATION_ROW_FILTERS === 'on',
    audit: {
      key: c.AUDIT_KEY,
      previousKeys: c.AUDIT_PREVIOUS_KEYS ?? [],
      keyFile: join(dataDir, 'audit.key'),
      checkpointFile: c.AUDIT_CHECKPOINT_FILE ?? join(dataDir, 'audit-checkpoints.jsonl'),
      checkpointMs: c.AUDIT_CHECKPOINT_SECONDS * 1000,
      chainSweepMs: c.AUDIT_CHAIN_SWEEP_SECONDS * 1000,
    },
    ...rateLimitConfig(c, c.REDIS_PREFIX),
  };
}

/** Injection token for the validated configuration. */
export const APP_CONFIG = Symbol('APP_CONFIG');
