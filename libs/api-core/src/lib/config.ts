import { createHmac } from 'node:crypto';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { RateLimitConfig, rateLimitConfig, rateLimitEnv } from './rate-limit/rate-limit.config';
import {
  ObservabilityConfig,
  observabilityConfig,
  observabilityEnv,
  observabilityProblems,
} from './observability/observability.config';

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
  // --- Database connections (ADR 0045) ---
  /** Connections one API process may hold open to DATABASE_URL, at most. */
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(1000).default(10),
  /**
   * Seconds to get a connection (open a new one, or wait for a free one when the pool is full)
   * before the statement fails; node-postgres would otherwise wait forever.
   */
  DATABASE_CONNECT_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(600).default(10),
  /** Seconds one SQL statement may run before PostgreSQL cancels it; default GRAPHQL_TIMEOUT_SECONDS. */
  DATABASE_STATEMENT_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(86_400).optional(),
  /** Seconds a connection may sit idle inside an open transaction before PostgreSQL ends it (0: never). */
  DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_SECONDS: z.coerce
    .number()
    .int()
    .min(0)
    .max(86_400)
    .default(60),
  /**
   * What is between the API and PostgreSQL: `none` (DATABASE_URL is the server), or `transaction`
   * (a pooler in transaction mode, such as PgBouncer's `pool_mode = transaction`): no named
   * prepared statements, no startup parameters, the timeouts set in each transaction.
   */
  DATABASE_POOLER: z.enum(['none', 'transaction']).default('none'),
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
  /**
   * Days an invitation's emailed link may be used (to a collaboration or to an organization); a
   * facilitator's resend gives a new link for as long again.
   */
  INVITATION_LINK_DAYS: z.coerce.number().int().min(1).max(90).default(14),
  /** Mark the session cookie `Secure` (only sent over HTTPS). Defaults to true in production. */
  COOKIE_SECURE: booleanFromEnv.optional(),
  /** How long a password reset link works, in minutes (it works once). */
  PASSWORD_RESET_MINUTES: z.coerce.number().int().min(5).max(1440).default(30),
  /**
   * How long a link confirming an address works, in hours (it works once): the one sent at
   * sign-up (or asked for again), and the one sent to the new address of an email change.
   */
  EMAIL_CONFIRMATION_HOURS: z.coerce.number().int().min(1).max(168).default(48),
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
  // --- Graceful drain on SIGTERM/SIGINT (apps/api/src/app/drain.ts, ADR 0046) ---
  /**
   * Seconds the API keeps serving after SIGTERM while /health/ready answers 503, so that the load
   * balancer stops sending it requests before it stops listening. Default: 5 in production, else 0.
   */
  SHUTDOWN_DELAY_SECONDS: z.coerce.number().int().min(0).max(300).optional(),
  /** Then, seconds the requests in progress have to finish before their connections are cut. */
  SHUTDOWN_GRACE_SECONDS: z.coerce.number().int().min(0).max(3600).default(20),
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
  /**
   * Key (32+ characters) that encrypts the two-factor secrets at rest (AES-256-GCM); never stored
   * in the database. Required in production; elsewhere a fixed development key is used (a warning
   * says so). Set it before anyone turns two-factor sign-in on: secrets made under another key
   * cannot be read (their owners sign in with a recovery code, or an administrator resets them).
   */
  TWO_FACTOR_KEY: z.string().min(32, 'at least 32 characters').optional(),
  /**
   * Facilitators and platform administrators must sign in with a second factor: without one,
   * their session may only set it up. Default: on in production, off elsewhere.
   */
  TWO_FACTOR_REQUIRED_FOR_STAFF: booleanFromEnv.optional(),
  /**
   * Where email goes out: `smtp://user:password@host:587` (STARTTLS when the server offers it) or
   * `smtps://user:password@host:465`. Unset: the local outbox (files in the data folder, listed at
   * /dev/outbox outside production; the API warns at start in production).
   */
  SMTP_URL: z
    .string()
    .url()
    .refine((url) => /^smtps?:\/\//.test(url), 'an smtp:// or smtps:// URL')
    .optional(),
  /** The sender of every email (`Name <address>` or an address). */
  MAIL_FROM: z.string().min(3).default('Alianza <no-reply@localhost>'),
  /** The address the links in emails start with (default: http://localhost:<PORT>). */
  PUBLIC_URL: z.string().url().optional(),
  /** Seconds between polls of the mail queue for messages due (0: never; new messages are sent right after their commit anyway). */
  MAIL_SEND_SECONDS: z.coerce.number().int().min(0).max(86_400).default(10),
  /** Tries of one message before it is marked failed (the admin may retry it). */
  MAIL_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(8),
  /** Seconds before the first retry of a message that failed; each later retry waits twice as long (at most 6 hours). */
  MAIL_RETRY_SECONDS: z.coerce.number().int().min(1).max(86_400).default(30),
  /** The local outbox's folder (default: `outbox` in the data folder). */
  MAIL_OUTBOX_DIR: z.string().min(1).optional(),
  /**
   * Days a sent or failed message stays in the queue (the admin's view of it), then it is
   * deleted with its body; 0 keeps every message.
   */
  MAIL_RETENTION_DAYS: z.coerce.number().int().min(0).max(3650).default(30),
  /**
   * The queue this process adds messages to and sends from. Every process of one deployment
   * shares it (the default); tests give API processes on one database queues of their own.
   */
  MAIL_QUEUE: z
    .string()
    .regex(/^[\w.-]{1,40}$/, 'letters, digits, "_", "." or "-" (at most 40)')
    .default('main'),
  /** The hour (0–23) the daily digest of notifications goes out, on the clock of NOTIFICATION_DIGEST_TIME_ZONE. */
  NOTIFICATION_DIGEST_HOUR: z.coerce.number().int().min(0).max(23).default(7),
  /** The time zone of that hour, an IANA name (`Europe/Madrid`); default: the process's own (`TZ`). */
  NOTIFICATION_DIGEST_TIME_ZONE: z
    .string()
    .refine(isTimeZone, 'an IANA time zone name such as Europe/Madrid')
    .optional(),
  /**
   * Seconds between sweeps that email what notifications wait for: the daily digests once due,
   * and immediate ones a stopped process left (0: never from this process).
   */
  NOTIFICATION_SWEEP_SECONDS: z.coerce.number().int().min(0).max(86_400).default(60),
  /**
   * Key (32+ characters) of the signed links that stop a kind of email without signing in.
   * Unset: derived from AUDIT_KEY (so a new AUDIT_KEY voids the links in earlier emails), or a
   * fixed development key when that is unset too (never in production, where AUDIT_KEY is required).
   */
  UNSUBSCRIBE_KEY: z.string().min(32, 'at least 32 characters').optional(),
  /** Where documents are kept: `local` (a folder, FILES_DIR) or `s3` (any S3-compatible store, S3_*). */
  FILES_STORAGE: z.enum(['local', 's3']).default('local'),
  /** The folder of `FILES_STORAGE=local` (default: `files` in the data folder). */
  FILES_DIR: z.string().min(1).optional(),
  /** The largest document one upload may carry, in megabytes. */
  FILES_MAX_MB: z.coerce.number().int().min(1).max(2048).default(50),
  /** Hours an upload may wait to be attached to an item version before it is deleted (ADR 0034). */
  FILES_UNATTACHED_HOURS: z.coerce.number().int().min(1).max(8760).default(24),
  /**
   * The master key (base64 of 32 random bytes: `openssl rand -base64 32`) that wraps each
   * collaboration's document key. Unset (never in production): read from, or generated into,
   * `files-master.key` in the data folder. Lose it and every stored document is unreadable.
   */
  FILES_MASTER_KEY: z
    .string()
    .refine(
      (key) => /^[A-Za-z0-9+/]{43}=$/.test(key) && Buffer.from(key, 'base64').length === 32,
      'base64 of exactly 32 bytes (openssl rand -base64 32)',
    )
    .optional(),
  /** The S3 endpoint of `FILES_STORAGE=s3` (`https://…`); unset: AWS's own for S3_REGION. */
  S3_ENDPOINT: z.string().url().optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  /** The bucket of `FILES_STORAGE=s3`; it must exist. */
  S3_BUCKET: z.string().min(3).max(63).optional(),
  /** Keys of `FILES_STORAGE=s3`; unset: the AWS SDK's usual chain (environment, profile, role). */
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  /** Address buckets as `endpoint/bucket` (most S3-compatible servers); default: on with S3_ENDPOINT. */
  S3_FORCE_PATH_STYLE: booleanFromEnv.optional(),
  // Webhooks (libs/webhooks, ADR 0049).
  /**
   * Key (32+ characters) that encrypts webhook signing secrets at rest (AES-256-GCM); never
   * stored in the database. Default: derived from TWO_FACTOR_KEY (another HKDF label), or a fixed
   * development key outside production.
   */
  WEBHOOKS_KEY: z.string().min(32, 'at least 32 characters').optional(),
  /** Milliseconds between polls of the webhook outbox for due deliveries (0: only right after commits). */
  WEBHOOKS_POLL_MILLISECONDS: z.coerce.number().int().min(0).max(3_600_000).default(5000),
  /** Milliseconds before the first retry of a failed delivery; each later one waits about twice as long (jittered, at most 6 hours). */
  WEBHOOKS_RETRY_MILLISECONDS: z.coerce.number().int().min(1).max(86_400_000).default(30_000),
  /** Attempts of one delivery before it is given up (it may still be replayed). */
  WEBHOOKS_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
  /** Failed attempts in a row, over all its deliveries, after which an endpoint is paused and its owners notified. */
  WEBHOOKS_PAUSE_AFTER_FAILURES: z.coerce.number().int().min(1).max(1000).default(15),
  /** Seconds an endpoint has to answer one delivery. */
  WEBHOOKS_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(60).default(10),
  /** Allow endpoints on loopback/private/link-local addresses and plain http:// (tests, development only). */
  WEBHOOKS_ALLOW_PRIVATE_TARGETS: booleanFromEnv.default('false'),
  /** Days a succeeded delivery is kept (its last status shown) before it is deleted; 0: kept forever. */
  WEBHOOKS_DELIVERY_RETENTION_DAYS: z.coerce.number().int().min(0).max(3650).default(30),
  ...rateLimitEnv,
  ...observabilityEnv,
});

function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The unsubscribe links' key when UNSUBSCRIBE_KEY and AUDIT_KEY are both unset (development). */
const DEVELOPMENT_UNSUBSCRIBE_KEY = 'alianza development key of unsubscribe links (not a secret)';

export const SECRET_KEYS = [
  'DATABASE_URL',
  'DATABASE_OWNER_URL',
  'REDIS_URL',
  'CUSTOMER_HASH_SECRET',
  'AUDIT_KEY',
  'AUDIT_PREVIOUS_KEYS',
  'SMTP_URL',
  'UNSUBSCRIBE_KEY',
  'TWO_FACTOR_KEY',
  'WEBHOOKS_KEY',
  'FILES_MASTER_KEY',
  'S3_SECRET_ACCESS_KEY',
  'METRICS_TOKEN',
] as const;

export interface AppConfig {
  readonly env: 'development' | 'production' | 'test';
  readonly host: string;
  readonly port: number;
  readonly databaseUrl: string | undefined;
  readonly databaseOwnerUrl: string | undefined;
  readonly embeddedPg: { readonly dataDir: string; readonly port: number };
  readonly database: DatabaseConnectionConfig;
  readonly migrateOnStart: boolean;
  readonly sessionTtlMs: number;
  /** How long an invitation's emailed link may be used (INVITATION_LINK_DAYS). */
  readonly invitationLinkTtlMs: number;
  readonly cookieSecure: boolean;
  readonly passwordHashMemoryKib: number;
  /** PASSWORD_RESET_MINUTES, in milliseconds. */
  readonly passwordResetMs: number;
  /** EMAIL_CONFIRMATION_HOURS, in milliseconds. */
  readonly emailConfirmationMs: number;
  readonly logLevel: string;
  readonly graphqlExplorer: boolean;
  /** GRAPHQL_TIMEOUT_SECONDS, in milliseconds. */
  readonly graphqlTimeBudgetMs: number;
  /** SHUTDOWN_DELAY_SECONDS and SHUTDOWN_GRACE_SECONDS, in milliseconds (see ADR 0046). */
  readonly shutdown: { readonly delayMs: number; readonly graceMs: number };
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
  readonly twoFactor: TwoFactorConfig;
  readonly rateLimits: RateLimitConfig;
  /** Metrics and traces (ADR 0047). */
  readonly observability: ObservabilityConfig;
  readonly mail: MailConfig;
  readonly notificationEmail: NotificationEmailConfig;
  readonly files: FilesConfig;
  readonly webhooks: WebhooksConfig;
  /** Express' `trust proxy`: which hops' `X-Forwarded-For` give the client's address. */
  readonly trustProxy: boolean | number | string;
}

/** How the API connects to PostgreSQL (DATABASE_POOL_MAX, DATABASE_*_TIMEOUT_SECONDS, DATABASE_POOLER; ADR 0045). */
export interface DatabaseConnectionConfig {
  /** `transaction`: through a pooler in transaction mode (no session state survives a transaction). */
  readonly pooler: 'none' | 'transaction';
  readonly poolMax: number;
  /** To get a connection: open one, or wait for one from a full pool. */
  readonly connectTimeoutMs: number;
  readonly statementTimeoutMs: number;
  /** 0: never. */
  readonly idleInTransactionTimeoutMs: number;
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

/** How email leaves (see libs/mail and ADR 0023). */
export interface MailConfig {
  /** SMTP_URL; undefined: the local outbox. */
  readonly smtpUrl: string | undefined;
  readonly from: string;
  /** PUBLIC_URL without a trailing slash: links in emails start with it. */
  readonly publicUrl: string;
  /** Between two polls of the queue; 0: never (only right after a commit). */
  readonly pollMs: number;
  readonly maxAttempts: number;
  /** Before the first retry; each later one waits twice as long, up to six hours. */
  readonly retryMs: number;
  /** Where the local outbox writes its messages (when no SMTP_URL). */
  readonly outboxDir: string;
  /** MAIL_QUEUE: the processes sharing it send each other's messages. */
  readonly queue: string;
  /** MAIL_RETENTION_DAYS: sent and failed messages older than this are deleted; 0: never. */
  readonly retentionDays: number;
}

/** When the daily digest goes out, and the key of the unsubscribe links (libs/notification). */
export interface NotificationEmailConfig {
  readonly digestHour: number;
  readonly digestTimeZone: string;
  /** Between two sweeps of the notifications waiting for an email; 0: never. */
  readonly sweepMs: number;
  readonly unsubscribeKey: string;
}

/** Where documents are kept, how large they may be, and the key that wraps their keys (libs/storage). */
export interface FilesConfig {
  readonly storage:
    | { readonly kind: 'local'; readonly dir: string }
    | {
        readonly kind: 's3';
        readonly endpoint: string | undefined;
        readonly region: string;
        readonly bucket: string;
        readonly accessKeyId: string | undefined;
        readonly secretAccessKey: string | undefined;
        readonly forcePathStyle: boolean;
      };
  /** FILES_MAX_MB, in bytes. */
  readonly maxBytes: number;
  /** FILES_UNATTACHED_HOURS, in milliseconds: older uploads never attached are deleted. */
  readonly unattachedMs: number;
  /** FILES_MASTER_KEY (32 bytes); undefined: read from, or generated into, `masterKeyFile`. */
  readonly masterKey: Buffer | undefined;
  readonly masterKeyFile: string;
}

/** Two-factor sign-in (libs/identity, ADR 0025). */
export interface TwoFactorConfig {
  /** TWO_FACTOR_KEY; when unset (never in production) a fixed development key is used. */
  readonly key: string | undefined;
  /** Facilitators and platform administrators need a second factor to do anything else. */
  readonly requiredForStaff: boolean;
}

/** Webhooks (libs/webhooks, ADR 0049). */
export interface WebhooksConfig {
  /** WEBHOOKS_KEY, else TWO_FACTOR_KEY; undefined (never in production): a development key. */
  readonly key: string | undefined;
  readonly pollMs: number;
  readonly retryMs: number;
  readonly maxAttempts: number;
  readonly pauseAfterFailures: number;
  readonly timeoutMs: number;
  readonly allowPrivateTargets: boolean;
  /** WEBHOOKS_DELIVERY_RETENTION_DAYS: succeeded deliveries older than this are deleted; 0: never. */
  readonly deliveryRetentionDays: number;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads and validates the configuration; throws ConfigError naming each bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  // An empty value is no value: compose files pass optional settings as `${NAME:-}`.
  const parsed = schema.safeParse(
    Object.fromEntries(Object.entries(env).filter(([, value]) => value !== '')),
  );
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
  if (production && !c.TWO_FACTOR_KEY)
    missing.push(
      '  TWO_FACTOR_KEY: required in production (at least 32 characters, kept outside the database and backed up; it encrypts the two-factor secrets)',
    );
  if (production && !c.FILES_MASTER_KEY)
    missing.push(
      '  FILES_MASTER_KEY: required in production (base64 of 32 random bytes, kept outside the database and backed up; it wraps the keys of every stored document)',
    );
  if (c.FILES_STORAGE === 's3' && !c.S3_BUCKET)
    missing.push('  S3_BUCKET: required with FILES_STORAGE=s3');
  if (Boolean(c.S3_ACCESS_KEY_ID) !== Boolean(c.S3_SECRET_ACCESS_KEY))
    missing.push('  S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY: both or neither');
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
  missing.push(...observabilityProblems(c));
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
    database: {
      pooler: c.DATABASE_POOLER,
      poolMax: c.DATABASE_POOL_MAX,
      connectTimeoutMs: c.DATABASE_CONNECT_TIMEOUT_SECONDS * 1000,
      statementTimeoutMs:
        (c.DATABASE_STATEMENT_TIMEOUT_SECONDS ?? c.GRAPHQL_TIMEOUT_SECONDS) * 1000,
      idleInTransactionTimeoutMs: c.DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_SECONDS * 1000,
    },
    migrateOnStart: c.MIGRATE_ON_START,
    sessionTtlMs: c.SESSION_TTL_HOURS * 3600_000,
    invitationLinkTtlMs: c.INVITATION_LINK_DAYS * 86_400_000,
    cookieSecure: c.COOKIE_SECURE ?? production,
    passwordHashMemoryKib: c.PASSWORD_HASH_MEMORY_KIB,
    passwordResetMs: c.PASSWORD_RESET_MINUTES * 60_000,
    emailConfirmationMs: c.EMAIL_CONFIRMATION_HOURS * 3600_000,
    logLevel: c.LOG_LEVEL,
    graphqlExplorer: c.GRAPHQL_EXPLORER ?? !production,
    graphqlTimeBudgetMs: c.GRAPHQL_TIMEOUT_SECONDS * 1000,
    shutdown: {
      delayMs: (c.SHUTDOWN_DELAY_SECONDS ?? (production ? 5 : 0)) * 1000,
      graceMs: c.SHUTDOWN_GRACE_SECONDS * 1000,
    },
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
    mail: {
      smtpUrl: c.SMTP_URL,
      from: c.MAIL_FROM,
      publicUrl: (c.PUBLIC_URL ?? `http://localhost:${c.PORT}`).replace(/\/+$/, ''),
      pollMs: c.MAIL_SEND_SECONDS * 1000,
      maxAttempts: c.MAIL_MAX_ATTEMPTS,
      retryMs: c.MAIL_RETRY_SECONDS * 1000,
      outboxDir: c.MAIL_OUTBOX_DIR ?? join(dataDir, 'outbox'),
      queue: c.MAIL_QUEUE,
      retentionDays: c.MAIL_RETENTION_DAYS,
    },
    notificationEmail: {
      digestHour: c.NOTIFICATION_DIGEST_HOUR,
      digestTimeZone:
        c.NOTIFICATION_DIGEST_TIME_ZONE ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
      sweepMs: c.NOTIFICATION_SWEEP_SECONDS * 1000,
      unsubscribeKey:
        c.UNSUBSCRIBE_KEY ??
        (c.AUDIT_KEY
          ? createHmac('sha256', c.AUDIT_KEY)
              .update('alianza unsubscribe links')
              .digest('base64url')
          : DEVELOPMENT_UNSUBSCRIBE_KEY),
    },
    files: {
      storage:
        c.FILES_STORAGE === 's3'
          ? {
              kind: 's3',
              endpoint: c.S3_ENDPOINT,
              region: c.S3_REGION,
              bucket: c.S3_BUCKET as string,
              accessKeyId: c.S3_ACCESS_KEY_ID,
              secretAccessKey: c.S3_SECRET_ACCESS_KEY,
              forcePathStyle: c.S3_FORCE_PATH_STYLE ?? Boolean(c.S3_ENDPOINT),
            }
          : { kind: 'local', dir: c.FILES_DIR ?? join(dataDir, 'files') },
      maxBytes: c.FILES_MAX_MB * 1024 * 1024,
      unattachedMs: c.FILES_UNATTACHED_HOURS * 3_600_000,
      masterKey: c.FILES_MASTER_KEY ? Buffer.from(c.FILES_MASTER_KEY, 'base64') : undefined,
      masterKeyFile: join(dataDir, 'files-master.key'),
    },
    twoFactor: {
      key: c.TWO_FACTOR_KEY,
      requiredForStaff: c.TWO_FACTOR_REQUIRED_FOR_STAFF ?? production,
    },
    webhooks: {
      key: c.WEBHOOKS_KEY ?? c.TWO_FACTOR_KEY,
      pollMs: c.WEBHOOKS_POLL_MILLISECONDS,
      retryMs: c.WEBHOOKS_RETRY_MILLISECONDS,
      maxAttempts: c.WEBHOOKS_MAX_ATTEMPTS,
      pauseAfterFailures: c.WEBHOOKS_PAUSE_AFTER_FAILURES,
      timeoutMs: c.WEBHOOKS_TIMEOUT_SECONDS * 1000,
      allowPrivateTargets: c.WEBHOOKS_ALLOW_PRIVATE_TARGETS,
      deliveryRetentionDays: c.WEBHOOKS_DELIVERY_RETENTION_DAYS,
    },
    ...rateLimitConfig(c, c.REDIS_PREFIX),
    ...observabilityConfig(c),
  };
}

/** Injection token for the validated configuration. */
export const APP_CONFIG = Symbol('APP_CONFIG');
