import { ConfigError, loadConfig } from './config';

/** A well-formed FILES_MASTER_KEY (32 bytes, base64), not a secret. */
const MASTER_KEY = Buffer.alloc(32, 7).toString('base64');

describe('loadConfig', () => {
  it('has working defaults for a newcomer: development, port 3000, embedded database', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      env: 'development',
      port: 3000,
      databaseUrl: undefined,
      embeddedPg: { dataDir: '.data/postgres', port: 54329 },
      migrateOnStart: true,
      cookieSecure: false,
      graphqlExplorer: true,
      webDistDir: 'dist/apps',
      demoData: true,
    });
    expect(config.sessionTtlMs).toBe(7 * 24 * 3600_000);
  });

  it('loads the demo only on the embedded database outside production, unless told', () => {
    const external = {
      DATABASE_URL: 'postgres://api:p@db:5432/a',
      DATABASE_OWNER_URL: 'postgres://owner:p@db:5432/a',
    };
    expect(loadConfig(external).demoData).toBe(false);
    expect(loadConfig({ DEMO_DATA: 'false' }).demoData).toBe(false);
    expect(loadConfig({ ...external, DEMO_DATA: 'true' }).demoData).toBe(true);
  });

  it('limits rates by default, and reads each limit and the trusted proxies', () => {
    expect(loadConfig({})).toMatchObject({
      trustProxy: false,
      rateLimits: {
        ipPerMinute: 600,
        userPerMinute: 300,
        action: { windowMs: 600_000, perIp: 50, perAccount: 10 },
        lockout: { accountFailures: 5, ipFailures: 20, firstLockMs: 30_000, maxLockMs: 900_000 },
      },
    });
    const custom = loadConfig({
      TRUST_PROXY: '2',
      LOGIN_LOCKOUT_SECONDS: '60',
      LOGIN_LOCKOUT_MAX_SECONDS: '10',
      REDIS_PREFIX: 'staging:',
    });
    expect(custom.trustProxy).toBe(2);
    expect(custom.rateLimits.keyPrefix).toBe('staging:rate-limit:');
    // The longest lock is never shorter than the first.
    expect(custom.rateLimits.lockout).toMatchObject({ firstLockMs: 60_000, maxLockMs: 60_000 });
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).trustProxy).toBe(
      'loopback, 10.0.0.0/8',
    );
    expect(() => loadConfig({ RATE_LIMIT_IP_PER_MINUTE: '0' })).toThrow(/RATE_LIMIT_IP_PER_MINUTE/);
  });

  it('names every bad variable at once', () => {
    expect(() =>
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'not a url', MIGRATE_ON_START: 'maybe' }),
    ).toThrow(
      expect.objectContaining({
        name: 'ConfigError',
        message: expect.stringMatching(/PORT[\s\S]*DATABASE_URL[\s\S]*MIGRATE_ON_START/),
      }),
    );
  });

  it('requires an external database in production and hardens the defaults there', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    const config = loadConfig({
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://api:p@db:5432/alianza',
      DATABASE_OWNER_URL: 'postgres://owner:p@db:5432/alianza',
      AUDIT_KEY: 'the production audit key: 32 characters or more',
      TWO_FACTOR_KEY: 'the production two-factor key: 32 characters or more',
      FILES_MASTER_KEY: MASTER_KEY,
    });
    expect(config).toMatchObject({ cookieSecure: true, graphqlExplorer: false });
  });

  it('keeps the explorer (introspection, suggestions) out of production, and bounds each operation in time', () => {
    expect(() =>
      loadConfig({
        NODE_ENV: 'production',
        DATABASE_URL: 'postgres://api:p@db:5432/alianza',
        DATABASE_OWNER_URL: 'postgres://owner:p@db:5432/alianza',
        AUDIT_KEY: 'the production audit key: 32 characters or more',
        TWO_FACTOR_KEY: 'the production two-factor key: 32 characters or more',
        FILES_MASTER_KEY: MASTER_KEY,
        GRAPHQL_EXPLORER: 'true',
      }),
    ).toThrow(/GRAPHQL_EXPLORER: not in production/);
    expect(loadConfig({}).graphqlTimeBudgetMs).toBe(10_000);
    expect(loadConfig({ GRAPHQL_TIMEOUT_SECONDS: '3' }).graphqlTimeBudgetMs).toBe(3000);
    expect(() => loadConfig({ GRAPHQL_TIMEOUT_SECONDS: '0' })).toThrow(/GRAPHQL_TIMEOUT_SECONDS/);
  });

  it('sizes the database pool and its timeouts, straight to PostgreSQL unless a pooler is named', () => {
    expect(loadConfig({}).database).toEqual({
      pooler: 'none',
      poolMax: 10,
      connectTimeoutMs: 10_000,
      statementTimeoutMs: 10_000,
      idleInTransactionTimeoutMs: 60_000,
    });
    // The statement timeout follows the operations' budget unless told.
    expect(loadConfig({ GRAPHQL_TIMEOUT_SECONDS: '3' }).database.statementTimeoutMs).toBe(3000);
    expect(
      loadConfig({
        DATABASE_POOLER: 'transaction',
        DATABASE_POOL_MAX: '40',
        DATABASE_CONNECT_TIMEOUT_SECONDS: '2',
        DATABASE_STATEMENT_TIMEOUT_SECONDS: '30',
        DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_SECONDS: '0',
      }).database,
    ).toEqual({
      pooler: 'transaction',
      poolMax: 40,
      connectTimeoutMs: 2000,
      statementTimeoutMs: 30_000,
      idleInTransactionTimeoutMs: 0,
    });
    const bad = () =>
      loadConfig({
        DATABASE_POOLER: 'session',
        DATABASE_POOL_MAX: '0',
        DATABASE_CONNECT_TIMEOUT_SECONDS: 'soon',
        DATABASE_STATEMENT_TIMEOUT_SECONDS: '0',
        DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_SECONDS: '-1',
      });
    for (const variable of [
      'DATABASE_POOLER',
      'DATABASE_POOL_MAX',
      'DATABASE_CONNECT_TIMEOUT_SECONDS',
      'DATABASE_STATEMENT_TIMEOUT_SECONDS',
      'DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_SECONDS',
    ])
      expect(bad).toThrow(new RegExp(`${variable}:`));
  });

  it('drains for 5 s before closing in production (0 elsewhere) and gives requests 20 s to finish', () => {
    const production = {
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://api:p@db:5432/alianza',
      DATABASE_OWNER_URL: 'postgres://owner:p@db:5432/alianza',
      AUDIT_KEY: 'the production audit key: 32 characters or more',
      TWO_FACTOR_KEY: 'the production two-factor key: 32 characters or more',
      FILES_MASTER_KEY: MASTER_KEY,
    };
    expect(loadConfig(production).shutdown).toEqual({ delayMs: 5000, graceMs: 20_000 });
    expect(loadConfig({}).shutdown).toEqual({ delayMs: 0, graceMs: 20_000 });
    expect(
      loadConfig({ SHUTDOWN_DELAY_SECONDS: '2', SHUTDOWN_GRACE_SECONDS: '45' }).shutdown,
    ).toEqual({ delayMs: 2000, graceMs: 45_000 });
    expect(() => loadConfig({ SHUTDOWN_DELAY_SECONDS: '-1' })).toThrow(/SHUTDOWN_DELAY_SECONDS/);
    expect(() => loadConfig({ SHUTDOWN_GRACE_SECONDS: 'soon' })).toThrow(/SHUTDOWN_GRACE_SECONDS/);
  });

  it('takes an empty value for an unset one, as compose passes `${NAME:-}`', () => {
    const config = loadConfig({ S3_BUCKET: '', UNSUBSCRIBE_KEY: '', PUBLIC_ORIGINS: '', PORT: '' });
    expect(config.port).toBe(3000);
    expect(config.publicOrigins).toEqual([]);
    expect(config.files.storage).toEqual({ kind: 'local', dir: '.data/files' });
  });

  it('switches the application row filters off in tests only', () => {
    expect(loadConfig({}).applicationRowFilters).toBe(true);
    expect(
      loadConfig({ NODE_ENV: 'test', APPLICATION_ROW_FILTERS: 'off' }).applicationRowFilters,
    ).toBe(false);
    expect(() => loadConfig({ APPLICATION_ROW_FILTERS: 'off' })).toThrow(
      expect.objectContaining({ message: expect.stringMatching(/APPLICATION_ROW_FILTERS/) }),
    );
  });

  it("takes the owner's URL with DATABASE_URL, which is the restricted role the API runs as", () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://api:p@db:5432/a' })).toThrow(
      expect.objectContaining({ message: expect.stringMatching(/DATABASE_OWNER_URL: required/) }),
    );
  });

  it('does not echo secret values in its errors', () => {
    try {
      loadConfig({ DATABASE_URL: 'postgres://user:s3cret@', PORT: '0' });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect((error as Error).message).not.toContain('s3cret');
    }
  });

  it('takes a customer-hash secret of at least 32 characters, and never prints it', () => {
    expect(loadConfig({}).customerHashSecret).toBeUndefined();
    const secret = 'a long enough secret for the hashes, 2026';
    expect(loadConfig({ CUSTOMER_HASH_SECRET: secret }).customerHashSecret).toBe(secret);
    expect(() => loadConfig({ CUSTOMER_HASH_SECRET: 'short' })).toThrow(
      expect.objectContaining({ message: expect.stringMatching(/CUSTOMER_HASH_SECRET/) }),
    );
    expect(() => loadConfig({ CUSTOMER_HASH_SECRET: 'short' })).not.toThrow(/short/);
  });

  it('requires an audit key in production, naming it beside every other missing variable', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(
      expect.objectContaining({
        name: 'ConfigError',
        message: expect.stringMatching(/DATABASE_URL: required[\s\S]*AUDIT_KEY: required/),
      }),
    );
    expect(() =>
      loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://u:p@db:5432/alianza' }),
    ).toThrow(/AUDIT_KEY/);
  });

  it('keeps the audit key, its predecessors and checkpoints beside the embedded data, never printing a key', () => {
    const defaults = loadConfig({});
    expect(defaults.audit).toEqual({
      key: undefined,
      previousKeys: [],
      keyFile: '.data/audit.key',
      checkpointFile: '.data/audit-checkpoints.jsonl',
      checkpointMs: 300_000,
      chainSweepMs: 30_000,
    });
    const key = 'the current audit key: 32 characters or more';
    const old = 'an earlier audit key that is also 32 characters long';
    const config = loadConfig({
      AUDIT_KEY: key,
      AUDIT_PREVIOUS_KEYS: ` ${old} ,`,
      AUDIT_CHECKPOINT_SECONDS: '0',
      AUDIT_CHECKPOINT_FILE: '/srv/audit/checkpoints.jsonl',
      AUDIT_CHAIN_SWEEP_SECONDS: '5',
      EMBEDDED_PG_DIR: '/var/lib/alianza/pg',
    });
    expect(config.audit).toEqual({
      key,
      previousKeys: [old],
      keyFile: '/var/lib/alianza/audit.key',
      checkpointFile: '/srv/audit/checkpoints.jsonl',
      checkpointMs: 0,
      chainSweepMs: 5_000,
    });
    for (const env of [{ AUDIT_KEY: 'short key' }, { AUDIT_PREVIOUS_KEYS: `${old},tiny` }]) {
      let message = '';
      try {
        loadConfig(env);
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).toMatch(Object.keys(env)[0]!);
      expect(message).not.toMatch(/short key|tiny|earlier audit key/);
    }
  });

  it('sends the digest at 7 on the process clock by default, and reads its hour, zone and sweep', () => {
    const defaults = loadConfig({}).notificationEmail;
    expect(defaults).toMatchObject({
      digestHour: 7,
      digestTimeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      sweepMs: 60_000,
    });
    expect(
      loadConfig({
        NOTIFICATION_DIGEST_HOUR: '18',
        NOTIFICATION_DIGEST_TIME_ZONE: 'Europe/Madrid',
        NOTIFICATION_SWEEP_SECONDS: '0',
      }).notificationEmail,
    ).toMatchObject({ digestHour: 18, digestTimeZone: 'Europe/Madrid', sweepMs: 0 });
    expect(() => loadConfig({ NOTIFICATION_DIGEST_HOUR: '24' })).toThrow(
      /NOTIFICATION_DIGEST_HOUR/,
    );
    expect(() => loadConfig({ NOTIFICATION_DIGEST_TIME_ZONE: 'Mars/Olympus_Mons' })).toThrow(
      /NOTIFICATION_DIGEST_TIME_ZONE/,
    );
  });

  it('keeps succeeded webhook deliveries 30 days by default, 0 for ever, and refuses a bad number', () => {
    expect(loadConfig({}).webhooks.deliveryRetentionDays).toBe(30);
    expect(
      loadConfig({ WEBHOOKS_DELIVERY_RETENTION_DAYS: '0' }).webhooks.deliveryRetentionDays,
    ).toBe(0);
    expect(
      loadConfig({ WEBHOOKS_DELIVERY_RETENTION_DAYS: '7' }).webhooks.deliveryRetentionDays,
    ).toBe(7);
    for (const bad of ['-1', '3651', '1.5', 'a month'])
      expect(() => loadConfig({ WEBHOOKS_DELIVERY_RETENTION_DAYS: bad })).toThrow(
        /WEBHOOKS_DELIVERY_RETENTION_DAYS/,
      );
  });

  it('signs unsubscribe links with their own key, else one derived from the audit key', () => {
    const own = 'the unsubscribe links key: 32 characters or more';
    const audit = 'the production audit key: 32 characters or more';
    expect(loadConfig({ UNSUBSCRIBE_KEY: own }).notificationEmail.unsubscribeKey).toBe(own);
    const derived = loadConfig({ AUDIT_KEY: audit }).notificationEmail.unsubscribeKey;
    expect(derived).not.toContain(audit);
    expect(derived.length).toBeGreaterThanOrEqual(32);
    expect(loadConfig({ AUDIT_KEY: audit }).notificationEmail.unsubscribeKey).toBe(derived);
    // A development instance without either still signs (with a key that is no secret).
    expect(loadConfig({}).notificationEmail.unsubscribeKey).not.toBe(derived);
    expect(() => loadConfig({ UNSUBSCRIBE_KEY: 'short' })).toThrow(/UNSUBSCRIBE_KEY/);
  });

  it('requires two-factor sign-in of staff in production only, unless told, and a key there', () => {
    const production = {
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://api:p@db:5432/alianza',
      DATABASE_OWNER_URL: 'postgres://owner:p@db:5432/alianza',
      AUDIT_KEY: 'the production audit key: 32 characters or more',
      FILES_MASTER_KEY: MASTER_KEY,
    };
    expect(() => loadConfig(production)).toThrow(/TWO_FACTOR_KEY: required in production/);
    const key = 'the production two-factor key: 32 characters or more';
    expect(loadConfig({ ...production, TWO_FACTOR_KEY: key }).twoFactor).toEqual({
      key,
      requiredForStaff: true,
    });
    expect(
      loadConfig({ ...production, TWO_FACTOR_KEY: key, TWO_FACTOR_REQUIRED_FOR_STAFF: 'false' })
        .twoFactor.requiredForStaff,
    ).toBe(false);
    expect(loadConfig({}).twoFactor).toEqual({ key: undefined, requiredForStaff: false });
    expect(loadConfig({ TWO_FACTOR_REQUIRED_FOR_STAFF: 'true' }).twoFactor.requiredForStaff).toBe(
      true,
    );
    let message = '';
    try {
      loadConfig({ TWO_FACTOR_KEY: 'too short a key' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/TWO_FACTOR_KEY/);
    expect(message).not.toMatch(/too short a key/);
  });

  it('keeps documents in the data folder unless told, and requires their master key in production', () => {
    expect(loadConfig({ EMBEDDED_PG_DIR: '/srv/alianza/postgres' }).files).toEqual({
      storage: { kind: 'local', dir: '/srv/alianza/files' },
      maxBytes: 50 * 1024 * 1024,
      unattachedMs: 24 * 3_600_000,
      masterKey: undefined,
      masterKeyFile: '/srv/alianza/files-master.key',
    });
    expect(loadConfig({ FILES_UNATTACHED_HOURS: '2' }).files.unattachedMs).toBe(2 * 3_600_000);
    expect(() => loadConfig({ FILES_UNATTACHED_HOURS: '0' })).toThrow(/FILES_UNATTACHED_HOURS/);
    const s3 = loadConfig({
      FILES_STORAGE: 's3',
      S3_ENDPOINT: 'http://127.0.0.1:9000',
      S3_BUCKET: 'alianza-files',
      S3_ACCESS_KEY_ID: 'id',
      S3_SECRET_ACCESS_KEY: 'secret',
      FILES_MAX_MB: '5',
      FILES_MASTER_KEY: MASTER_KEY,
    }).files;
    expect(s3.storage).toEqual({
      kind: 's3',
      endpoint: 'http://127.0.0.1:9000',
      region: 'us-east-1',
      bucket: 'alianza-files',
      accessKeyId: 'id',
      secretAccessKey: 'secret',
      forcePathStyle: true,
    });
    expect(s3.maxBytes).toBe(5 * 1024 * 1024);
    expect(s3.masterKey).toEqual(Buffer.alloc(32, 7));
    expect(() => loadConfig({ FILES_STORAGE: 's3' })).toThrow(/S3_BUCKET: required/);
    expect(() => loadConfig({ S3_ACCESS_KEY_ID: 'id' })).toThrow(/both or neither/);
    expect(() => loadConfig({ FILES_MASTER_KEY: 'c2hvcnQ=' })).toThrow(/FILES_MASTER_KEY/);
    expect(() =>
      loadConfig({
        NODE_ENV: 'production',
        DATABASE_URL: 'postgres://api:p@db:5432/alianza',
        DATABASE_OWNER_URL: 'postgres://owner:p@db:5432/alianza',
        AUDIT_KEY: 'the production audit key: 32 characters or more',
        TWO_FACTOR_KEY: 'the production two-factor key: 32 characters or more',
      }),
    ).toThrow(/FILES_MASTER_KEY: required in production/);
  });
});
