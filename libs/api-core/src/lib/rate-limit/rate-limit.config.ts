import { z } from 'zod';

const count = (fallback: number) => z.coerce.number().int().min(1).max(1_000_000).default(fallback);
const seconds = (fallback: number) => z.coerce.number().int().min(1).max(86_400).default(fallback);

/**
 * The environment variables of the rate limits and the login lockout (see ADR 0018 and the
 * README's "Rate limits"), part of the configuration schema in `config.ts`.
 */
export const rateLimitEnv = {
  /** Budget of GraphQL operations and CSV downloads per client address, per minute. */
  RATE_LIMIT_IP_PER_MINUTE: count(600),
  /** Budget of GraphQL operations and CSV downloads per signed-in user, per minute. */
  RATE_LIMIT_USER_PER_MINUTE: count(300),
  /** The window of the protected actions' budgets (sign-in, sign-up, tokens, passwords, email). */
  RATE_LIMIT_ACTION_WINDOW_SECONDS: seconds(600),
  /** Calls of one protected action per client address in that window. */
  RATE_LIMIT_ACTION_PER_IP: count(50),
  /** Calls of one protected action per account (email or signed-in user) in that window. */
  RATE_LIMIT_ACTION_PER_ACCOUNT: count(10),
  /** Failed sign-ins in a row for one email before it is locked. */
  LOGIN_LOCKOUT_FAILURES: count(5),
  /** Failed sign-ins (any emails) from one client address before the address is locked. */
  LOGIN_LOCKOUT_IP_FAILURES: count(20),
  /** The first lock; each further failure after a lock doubles it. */
  LOGIN_LOCKOUT_SECONDS: seconds(30),
  /** The longest lock. */
  LOGIN_LOCKOUT_MAX_SECONDS: seconds(900),
  /**
   * Express' `trust proxy`: unset or `false` (clients connect directly), a number of proxy hops,
   * or the proxies' addresses or subnets (`loopback`, `10.0.0.0/8`, comma-separated).
   */
  TRUST_PROXY: z
    .string()
    .min(1)
    .transform((value): boolean | number | string => {
      if (value === 'true' || value === 'false') return value === 'true';
      return /^\d+$/.test(value) ? Number(value) : value;
    })
    .default('false'),
};

type RateLimitEnv = z.infer<z.ZodObject<typeof rateLimitEnv>>;

export interface RateLimitConfig {
  readonly keyPrefix: string;
  readonly ipPerMinute: number;
  readonly userPerMinute: number;
  /** The budgets of each protected action (`@ProtectedAction()`). */
  readonly action: {
    readonly windowMs: number;
    readonly perIp: number;
    readonly perAccount: number;
  };
  readonly lockout: LockoutConfig;
}

export interface LockoutConfig {
  /** Failures in a row that lock an account (its email). */
  readonly accountFailures: number;
  /** Failures that lock a client address. */
  readonly ipFailures: number;
  readonly firstLockMs: number;
  readonly maxLockMs: number;
}

/** `redisPrefix` (REDIS_PREFIX) keeps deployments sharing one Redis apart. */
export function rateLimitConfig(
  c: RateLimitEnv,
  redisPrefix: string,
): {
  rateLimits: RateLimitConfig;
  trustProxy: boolean | number | string;
} {
  return {
    rateLimits: {
      keyPrefix: `${redisPrefix}rate-limit:`,
      ipPerMinute: c.RATE_LIMIT_IP_PER_MINUTE,
      userPerMinute: c.RATE_LIMIT_USER_PER_MINUTE,
      action: {
        windowMs: c.RATE_LIMIT_ACTION_WINDOW_SECONDS * 1000,
        perIp: c.RATE_LIMIT_ACTION_PER_IP,
        perAccount: c.RATE_LIMIT_ACTION_PER_ACCOUNT,
      },
      lockout: {
        accountFailures: c.LOGIN_LOCKOUT_FAILURES,
        ipFailures: c.LOGIN_LOCKOUT_IP_FAILURES,
        firstLockMs: c.LOGIN_LOCKOUT_SECONDS * 1000,
        maxLockMs: Math.max(c.LOGIN_LOCKOUT_SECONDS, c.LOGIN_LOCKOUT_MAX_SECONDS) * 1000,
      },
    },
    trustProxy: c.TRUST_PROXY,
  };
}
