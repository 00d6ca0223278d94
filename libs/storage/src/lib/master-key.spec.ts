import { ConfigError } from '@alianza/api-core';
import { randomBytes, randomUUID } from 'node:crypto';
import { chmod, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { loadMasterKey, MasterKey } from './master-key';

describe('the master key', () => {
  let dir: string;
  const log = { warn: jest.fn(), log: jest.fn() };
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'alianza-master-key-'));
    log.warn.mockClear();
    log.log.mockClear();
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));
  const file = () => join(dir, 'data', 'files-master.key');

  it('wraps a data key for one collaboration only', () => {
    const master = new MasterKey(randomBytes(32));
    const collaboration = randomUUID();
    const dataKey = randomBytes(32);
    const wrapped = master.wrap(collaboration, dataKey);
    expect(wrapped).toHaveLength(60);
    expect(master.unwrap(collaboration, wrapped)).toEqual(dataKey);
    expect(() => master.unwrap(randomUUID(), wrapped)).toThrow(/does not open/);
    expect(() => new MasterKey(randomBytes(32)).unwrap(collaboration, wrapped)).toThrow(
      /does not open/,
    );
  });

  it('prints as its id only', () => {
    const material = randomBytes(32);
    const master = new MasterKey(material);
    for (const text of [JSON.stringify(master), inspect(master)]) {
      expect(text).toContain(master.id);
      expect(text).not.toContain(material.toString('hex'));
      expect(text).not.toContain(material.toString('base64'));
    }
  });

  it('comes from FILES_MASTER_KEY when set', async () => {
    const material = randomBytes(32);
    const master = await loadMasterKey({ masterKey: material, masterKeyFile: file() }, true, log);
    expect(master.id).toBe(new MasterKey(material).id);
    await expect(stat(file())).rejects.toThrow();
  });

  it('is required in production', async () => {
    await expect(
      loadMasterKey({ masterKey: undefined, masterKeyFile: file() }, true, log),
    ).rejects.toThrow(ConfigError);
  });

  it('is generated once into its file (mode 0600), with a warning to back it up', async () => {
    const config = { masterKey: undefined, masterKeyFile: file() };
    const first = await loadMasterKey(config, false, log);
    expect((await stat(file())).mode & 0o777).toBe(0o600);
    expect(Buffer.from((await readFile(file(), 'utf8')).trim(), 'base64')).toHaveLength(32);
    expect(log.warn).toHaveBeenCalledWith(expect.stringContaining(file()));
    expect(log.warn).toHaveBeenCalledWith(expect.stringContaining('Back it up'));
    const again = await loadMasterKey(config, false, log);
    expect(again.id).toBe(first.id);
    expect(log.log).toHaveBeenCalledWith(expect.stringContaining(first.id));
  });

  it('is the same key for processes starting together', async () => {
    const config = { masterKey: undefined, masterKeyFile: file() };
    const keys = await Promise.all(
      Array.from({ length: 6 }, () => loadMasterKey(config, false, log)),
    );
    expect(new Set(keys.map((key) => key.id)).size).toBe(1);
  });

  it('warns of a file others can read, and refuses one that holds no key', async () => {
    const config = { masterKey: undefined, masterKeyFile: file() };
    await loadMasterKey(config, false, log);
    await chmod(file(), 0o644);
    await loadMasterKey(config, false, log);
    expect(log.warn).toHaveBeenCalledWith(expect.stringContaining('chmod 600'));
    await writeFile(file(), 'not a key\n');
    await expect(loadMasterKey(config, false, log)).rejects.toThrow(/FILES_MASTER_KEY/);
  }, 10_000);
});
