import type { INestApplication } from '@nestjs/common';
import { loadConfig } from '@alianza/api-core';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import request from 'supertest';
import { createApp } from './create-app';
import { SERVER_TIMEOUTS } from './http-hardening';

/**
 * The API as production configures it (NODE_ENV=production), booted in-process on the run's
 * database with a one-second time budget and a stand-in web build: HSTS, no introspection or
 * field suggestions, slow-client timeouts, and an operation stopped at its budget.
 */
describe('the API in production', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'alianza-production-'));
  let app: INestApplication;
  let url: string;
  const http = () => request(url);

  async function gql(query: string, variables: Record<string, unknown> = {}, token?: string) {
    const req = http().post('/graphql').set('content-type', 'application/json');
    if (token) req.set('authorization', `Bearer ${token}`);
    const res = await req.send({ query, variables });
    return res.body as {
      data?: Record<string, any>;
      errors?: { message: string; extensions: { code: string } }[];
    };
  }

  async function signIn(email: string, password: string): Promise<string> {
    const { data } = await gql(
      `mutation($input: LoginInput!) { login(input: $input) { bearerToken } }`,
      { input: { email, password, issueBearerToken: true } },
    );
    return data!['login'].bearerToken;
  }

  /** A facilitator (registered by the run's admin) and a collaboration of theirs. */
  async function facilitatorWithCollaboration(): Promise<{ token: string; id: string }> {
    const admin = JSON.parse(process.env['ALIANZA_TEST_ADMIN']!) as {
      email: string;
      password: string;
    };
    const email = `budget-${Date.now()}@test.alianza`;
    const password = 'correct horse battery staple';
    await gql(
      `mutation($input: RegisterFacilitatorInput!) { registerFacilitator(input: $input) { id } }`,
      { input: { email, displayName: 'Budget', initialPassword: password } },
      await signIn(admin.email, admin.password),
    );
    const token = await signIn(email, password);
    const { data } = await gql(
      `mutation($input: CreateCollaborationInput!) { createCollaboration(input: $input) { id } }`,
      { input: { title: 'Before', objective: 'Time', description: 'A budget test' } },
      token,
    );
    return { token, id: data!['createCollaboration'].id };
  }

  beforeAll(async () => {
    for (const dir of ['facilitator-console', 'participant-portal']) {
      mkdirSync(join(scratch, 'web', dir), { recursive: true });
      writeFileSync(join(scratch, 'web', dir, 'index.html'), '<!doctype html><title>app</title>');
    }
    app = await createApp(
      loadConfig({
        NODE_ENV: 'production',
        DATABASE_URL: process.env['ALIANZA_TEST_APP_DATABASE_URL'],
        DATABASE_OWNER_URL: process.env['ALIANZA_TEST_DATABASE_URL'],
        AUDIT_KEY: process.env['ALIANZA_TEST_AUDIT_KEY'],
        TWO_FACTOR_KEY: 'in-process test key of the two-factor secrets (not a secret)',
        FILES_MASTER_KEY: Buffer.alloc(32, 9).toString('base64'),
        FILES_DIR: join(scratch, 'files'),
        // The facilitator below signs in with a password alone.
        TWO_FACTOR_REQUIRED_FOR_STAFF: 'false',
        AUDIT_CHECKPOINT_FILE: join(scratch, 'checkpoints.jsonl'),
        AUDIT_CHECKPOINT_SECONDS: '0',
        EXPIRY_SWEEP_SECONDS: '0',
        MIGRATE_ON_START: 'false',
        PASSWORD_HASH_MEMORY_KIB: '1024',
        LOG_LEVEL: 'silent',
        WEB_DIST_DIR: join(scratch, 'web'),
        GRAPHQL_TIMEOUT_SECONDS: '1',
      }),
    );
    await app.listen(0, '127.0.0.1');
    const { port } = (app.getHttpServer() as Server).address() as AddressInfo;
    url = `http://127.0.0.1:${port}`;
  });

  afterAll(async () => {
    await app?.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it.each(['/graphql', '/health', '/reports/portfolio.csv', '/console/', '/portal/'])(
    'pins HTTPS (HSTS) and sets the security headers on %s',
    async (path) => {
      const res = await http().get(path).set('accept', 'text/html');
      expect(res.headers).toMatchObject({
        'strict-transport-security': 'max-age=31536000; includeSubDomains',
        'content-security-policy': expect.stringContaining("frame-ancestors 'none'"),
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'same-origin',
      });
      expect(res.headers['x-powered-by']).toBeUndefined();
    },
  );

  it('serves the web app under its CSP', async () => {
    const res = await http().get('/console/');
    expect(res.status).toBe(200);
    expect(res.text).toContain('<title>app</title>');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('refuses introspection and names no field in its errors', async () => {
    const introspection = await gql('{ __schema { types { name } } }');
    expect(introspection.errors?.[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const typo = await gql('{ mee { id } }');
    expect(typo.errors?.[0]?.message).not.toMatch(/Did you mean/);
    expect(typo.errors?.[0]?.message).not.toContain('"me"');
  });

  it('times out slow clients', () => {
    const server = app.getHttpServer() as Server;
    expect({
      headersMs: server.headersTimeout,
      requestMs: server.requestTimeout,
      keepAliveMs: server.keepAliveTimeout,
    }).toEqual(SERVER_TIMEOUTS);
  });

  it('stops an operation at its time budget with TIMEOUT, and writes nothing', async () => {
    const { token, id } = await facilitatorWithCollaboration();
    const owner = new Client({ connectionString: process.env['ALIANZA_TEST_DATABASE_URL'] });
    await owner.connect();
    try {
      // Another transaction holds the row: the update waits on it beyond the budget.
      await owner.query('BEGIN');
      await owner.query('SELECT id FROM collaborations WHERE id = $1 FOR UPDATE', [id]);
      const started = performance.now();
      const res = await gql(
        `mutation($id: ID!) { updateCollaboration(collaborationId: $id, input: { title: "After" }) { title } }`,
        { id },
        token,
      );
      const ms = performance.now() - started;
      await owner.query('ROLLBACK');
      expect(res.errors?.[0]).toMatchObject({
        message: expect.stringContaining('time budget'),
        extensions: { code: 'TIMEOUT' },
      });
      expect(ms).toBeLessThan(3000);
      const now = await gql(`query($id: ID!) { collaboration(id: $id) { title } }`, { id }, token);
      expect(now.data).toEqual({ collaboration: { title: 'Before' } });
    } finally {
      await owner.end();
    }
  });
});
