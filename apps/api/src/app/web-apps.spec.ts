import type { INestApplication, LoggerService } from '@nestjs/common';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { get as httpGet, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { serveWebApps } from './web-apps';

@Module({})
class NothingElseModule {}

/** A build laid out as Vite and the compression plugin write it (`npm run build:web`). */
const SCRIPT = `console.log(${JSON.stringify('Alianza '.repeat(500))});`;
const BUILD: Record<string, string | Buffer> = {
  'index.html': '<!doctype html><title>portal</title><script src="/portal/assets/index-Ab12Cd.js">',
  'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  'assets/index-Ab12Cd.js': SCRIPT,
  'assets/index-Ab12Cd.js.br': brotliCompressSync(SCRIPT),
  'assets/index-Ab12Cd.js.gz': gzipSync(SCRIPT),
  'assets/tiny-Ef34Gh.js': 'export{};',
  'assets/index-Ab12Cd.js.map': '{"version":3,"sources":["secret.ts"]}',
  '.vite/manifest.json': '{}',
};

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  /** The body as it came over the wire (HTTP clients would decode it). */
  body: Buffer;
}

describe('serveWebApps', () => {
  const dist = mkdtempSync(join(tmpdir(), 'alianza-web-'));
  const warnings: string[] = [];
  const logger = { warn: (message: string) => warnings.push(message) } as LoggerService;
  let app: INestApplication;

  const get = (path: string, acceptEncoding = 'identity') =>
    new Promise<Answer>((done, fail) => {
      const { port } = (app.getHttpServer() as Server).address() as AddressInfo;
      const req = httpGet(
        { host: '127.0.0.1', port, path, headers: { 'accept-encoding': acceptEncoding } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () =>
            done({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
          );
        },
      );
      req.on('error', fail);
    });

  beforeAll(async () => {
    for (const [file, content] of Object.entries(BUILD)) {
      const path = join(dist, 'participant-portal', file);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content);
    }
    // No console build: the API starts all the same and says so.
    app = await NestFactory.create(NothingElseModule, { logger: false });
    serveWebApps(app, dist, logger);
    await app.listen(0, '127.0.0.1');
  });

  afterAll(async () => {
    await app?.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('sends the brotli file to a browser that takes it, cached for good', async () => {
    const res = await get('/portal/assets/index-Ab12Cd.js', 'gzip, deflate, br, zstd');
    expect(res.status).toBe(200);
    expect(res.headers).toMatchObject({
      'content-encoding': 'br',
      'content-type': expect.stringMatching(/^text\/javascript/),
      vary: 'Accept-Encoding',
      'cache-control': 'public, max-age=31536000, immutable',
    });
    expect(brotliDecompressSync(res.body).toString()).toBe(SCRIPT);
  });

  it('sends the gzip file to a client without brotli', async () => {
    const res = await get('/portal/assets/index-Ab12Cd.js', 'gzip');
    expect(res.headers).toMatchObject({ 'content-encoding': 'gzip', vary: 'Accept-Encoding' });
    expect(gunzipSync(res.body).toString()).toBe(SCRIPT);
  });

  it('sends the file as built to a client that takes no compression', async () => {
    const res = await get('/portal/assets/index-Ab12Cd.js');
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers['vary']).toBe('Accept-Encoding');
    expect(res.body.toString()).toBe(SCRIPT);
  });

  it('sends a file too small to compress as it is', async () => {
    const res = await get('/portal/assets/tiny-Ef34Gh.js', 'br, gzip');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it.each(['/portal/', '/portal/c/0b7e/items', '/portal/organization'])(
    'answers the client-side route %s with index.html, revalidated each time',
    async (path) => {
      const res = await get(path, 'br, gzip');
      expect(res.status).toBe(200);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.body.toString()).toContain('<title>portal</title>');
    },
  );

  it('revalidates files that are not fingerprinted', async () => {
    const res = await get('/portal/favicon.svg');
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it.each([
    '/portal/assets/index-Ab12Cd.js.map',
    '/portal/assets/gone-Zz99Yy.js',
    '/portal/assets/gone-Zz99Yy.js.map',
    '/portal/.vite/manifest.json',
    '/portal/robots.txt',
  ])('answers 404 for %s, not the app', async (path) => {
    const res = await get(path);
    expect(res.status).toBe(404);
    expect(res.body.toString()).not.toContain('<title>portal</title>');
  });

  it('sends /portal to /portal/', async () => {
    const res = await get('/portal');
    expect(res.status).toBe(301);
    expect(res.headers['location']).toBe('/portal/');
  });

  it('reports a missing build instead of failing', async () => {
    expect(warnings).toEqual([expect.stringContaining('/console: no build in')]);
    expect((await get('/console/')).status).toBe(404);
  });
});
