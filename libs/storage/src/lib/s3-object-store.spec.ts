import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../../..');

/** Stderr of a fresh Node process running `script` (TypeScript sources through swc-node). */
function stderrOf(script: string): string {
  const env = { ...process.env };
  delete env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'];
  const child = spawnSync(process.execPath, ['-r', '@swc-node/register', '-e', script], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
  });
  expect(child.status).toBe(0);
  return child.stderr;
}

const CONFIG = `{ kind: 's3', endpoint: 'http://127.0.0.1:9', region: 'us-east-1', bucket: 'docs',
  accessKeyId: 'a', secretAccessKey: 'b', forcePathStyle: true }`;

describe('S3ObjectStore at start-up', () => {
  const nodeMajor = Number(process.versions.node.split('.')[0]);

  (nodeMajor < 22 ? it : it.skip)(
    "keeps the AWS SDK's Node version warning out of the API's start-up",
    () => {
      // The SDK does warn on this Node: the check below can see it.
      expect(
        stderrOf(`new (require('@aws-sdk/client-s3').S3Client)({ region: 'us-east-1' })`),
      ).toContain('NodeVersionSupportWarning');
      const stderr = stderrOf(
        `const { S3ObjectStore } = require('./libs/storage/src/lib/s3-object-store.ts');
         new S3ObjectStore(${CONFIG}).onModuleDestroy();`,
      );
      expect(stderr).not.toContain('NodeVersionSupportWarning');
      expect(stderr).not.toContain('Warning');
    },
    60_000,
  );
});
