import { Claims, claimSigner, dataSourceOptions, Db, readClaimKey } from '@alianza/db';
import { ErrorCode } from '@alianza/shared';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { inspect } from 'node:util';
import { DataSource } from 'typeorm';
import { CollaborationKeyService } from './collaboration-key.service';
import { DocumentIntegrityError } from './document-cipher';
import { DocumentStore } from './document-store';
import { LocalFolderStore } from './local-folder-store';
import { MasterKey } from './master-key';

/**
 * The collaborations' data keys on the run's database, as the API's restricted role under a
 * signed claim: row-level security decides who reads, makes and destroys a key.
 */
describe('CollaborationKeyService on PostgreSQL', () => {
  const appUrl = process.env['ALIANZA_TEST_APP_DATABASE_URL']!;
  const ownerUrl = process.env['ALIANZA_TEST_DATABASE_URL']!;
  let owner: DataSource;
  let app: DataSource;
  let db: Db;
  let dir: string;
  const masterKey = new MasterKey(randomBytes(32));
  const keys = new CollaborationKeyService(masterKey);
  let documents: DocumentStore;

  const people = {
    facilitator: randomUUID(),
    participant: randomUUID(),
    invited: randomUUID(),
    outsider: randomUUID(),
  };
  const orgs = { participant: randomUUID(), invited: randomUUID(), outsider: randomUUID() };

  /** A collaboration of `people.facilitator`, with `orgs.participant` in it and `orgs.invited` invited. */
  async function collaboration(): Promise<string> {
    const id = randomUUID();
    await owner.query(
      `INSERT INTO collaborations (id, title, status, current_ground_rules_version, created_by)
       VALUES ($1, 'Documents', 'active', 1, $2)`,
      [id, people.facilitator],
    );
    await owner.query(
      `INSERT INTO collaboration_facilitators (collaboration_id, user_id) VALUES ($1, $2)`,
      [id, people.facilitator],
    );
    await owner.query(
      `INSERT INTO participations (collaboration_id, organization_id, status, accepted_ground_rules_version, invited_by, invited_at)
       VALUES ($1, $2, 'accepted', 1, $4, now()), ($1, $3, 'invited', NULL, $4, now())`,
      [id, orgs.participant, orgs.invited, people.facilitator],
    );
    return id;
  }

  const as = <T>(who: keyof typeof people, work: () => Promise<T>) =>
    db.runAs(Claims.user(people[who]), work);

  const storedRow = async (collaborationId: string) =>
    (
      await owner.query(
        `SELECT wrapped_key, key_format, destroyed_at FROM collaboration_file_keys WHERE collaboration_id = $1`,
        [collaborationId],
      )
    )[0] as
      { wrapped_key: Buffer | null; key_format: number; destroyed_at: Date | null } | undefined;

  beforeAll(async () => {
    owner = await new DataSource(dataSourceOptions(ownerUrl)).initialize();
    app = await new DataSource(dataSourceOptions(appUrl)).initialize();
    db = new Db(app, claimSigner(await readClaimKey(ownerUrl)));
    dir = await mkdtemp(join(tmpdir(), 'alianza-keys-'));
    documents = new DocumentStore(new LocalFolderStore(dir));
    for (const [who, id] of Object.entries(people))
      await owner.query(
        `INSERT INTO users (id, email, display_name, password_hash, is_facilitator) VALUES ($1, $2, $3, 'x', $4)`,
        [id, `${who}-${id}@keys.test`, who, who === 'facilitator'],
      );
    for (const [who, id] of Object.entries(orgs)) {
      await owner.query(
        `INSERT INTO organizations (id, name, kind, created_by) VALUES ($1, $2, 'company', $3)`,
        [id, `Org ${who} ${id}`, people[who as keyof typeof orgs]],
      );
      await owner.query(
        `INSERT INTO organization_memberships (organization_id, user_id, role) VALUES ($1, $2, 'owner')`,
        [id, people[who as keyof typeof orgs]],
      );
    }
  });

  afterAll(async () => {
    await app?.destroy();
    await owner?.destroy();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('makes a key on first use, wrapped, and gives the same key to everyone in the collaboration', async () => {
    const id = await collaboration();
    const first = await as('participant', () => keys.forCollaboration(db, id));
    expect(first.collaborationId).toBe(id);
    expect(first.key).toHaveLength(32);
    const row = await storedRow(id);
    expect(row).toMatchObject({ key_format: 1, destroyed_at: null });
    // Only the wrapped form is in the database.
    expect(row!.wrapped_key!.includes(first.key)).toBe(false);
    for (const who of ['facilitator', 'participant', 'invited'] as const)
      expect((await as(who, () => keys.forCollaboration(db, id))).key.equals(first.key)).toBe(true);
  });

  it('makes one key when several requests ask at once', async () => {
    const id = await collaboration();
    const all = await Promise.all(
      ['facilitator', 'participant', 'invited', 'facilitator'].map((who) =>
        as(who as keyof typeof people, () => keys.forCollaboration(db, id)),
      ),
    );
    expect(new Set(all.map((key) => key.key.toString('hex'))).size).toBe(1);
  });

  it('keeps the key out of JSON and of what a logger prints', async () => {
    const id = await collaboration();
    const key = await as('facilitator', () => keys.forCollaboration(db, id));
    const printed = [JSON.stringify(key), JSON.stringify({ ...key }), inspect(key)];
    for (const text of printed) {
      expect(text).toContain(id);
      expect(text).not.toContain(key.key.toString('hex'));
      expect(text).not.toContain(key.key.toString('base64'));
      expect(text).not.toContain('"type":"Buffer"');
    }
  });

  it('neither shows nor makes the key for someone outside the collaboration', async () => {
    const id = await collaboration();
    await expect(as('outsider', () => keys.forCollaboration(db, id))).rejects.toMatchObject({
      code: ErrorCode.NOT_FOUND,
    });
    expect(await storedRow(id)).toBeUndefined();
    await as('facilitator', () => keys.forCollaboration(db, id));
    // The row exists now: the outsider's claim still does not see it, nor can it make one.
    await expect(as('outsider', () => keys.forCollaboration(db, id))).rejects.toMatchObject({
      code: ErrorCode.NOT_FOUND,
    });
    const seen = await as('outsider', () =>
      db.manager.query(`SELECT * FROM collaboration_file_keys WHERE collaboration_id = $1`, [id]),
    );
    expect(seen).toEqual([]);
    const other = await collaboration();
    const inserted = as('outsider', () =>
      db.transaction((manager) =>
        manager.query(
          `INSERT INTO collaboration_file_keys (collaboration_id, wrapped_key, key_format) VALUES ($1, $2, 1)`,
          [other, randomBytes(60)],
        ),
      ),
    );
    await expect(inserted).rejects.toThrow(/row-level security/);
    expect(await storedRow(other)).toBeUndefined();
  });

  it('lets no one replace a key, nor delete the row', async () => {
    const id = await collaboration();
    await as('facilitator', () => keys.forCollaboration(db, id));
    const before = await storedRow(id);
    for (const sql of [
      `UPDATE collaboration_file_keys SET wrapped_key = $2 WHERE collaboration_id = $1`,
      `DELETE FROM collaboration_file_keys WHERE collaboration_id = $1`,
    ])
      await expect(
        as('facilitator', () =>
          db.transaction((manager) =>
            manager.query(sql, sql.includes('$2') ? [id, randomBytes(60)] : [id]),
          ),
        ),
      ).rejects.toThrow();
    expect(await storedRow(id)).toEqual(before);
  });

  it('destroys a key for good: documents unreadable, no new key, only by a facilitator', async () => {
    const id = await collaboration();
    const key = await as('participant', () => keys.forCollaboration(db, id));
    const content = randomBytes(100_000);
    await documents.write(key, 'contract.pdf', Readable.from([content]), { limitBytes: 1 << 20 });

    await expect(as('participant', () => keys.destroy(db, id))).rejects.toMatchObject({
      code: ErrorCode.FORBIDDEN,
    });
    expect((await storedRow(id))?.wrapped_key).not.toBeNull();

    await as('facilitator', () => keys.destroy(db, id));
    await as('facilitator', () => keys.destroy(db, id)); // twice: nothing more to do
    const row = await storedRow(id);
    expect(row?.wrapped_key).toBeNull();
    expect(row?.destroyed_at).toBeInstanceOf(Date);

    for (const who of ['facilitator', 'participant'] as const)
      await expect(as(who, () => keys.forCollaboration(db, id))).rejects.toMatchObject({
        code: ErrorCode.NOT_FOUND,
      });
    // The stored bytes are still there, and nothing opens them but the key that is gone.
    const stream = await documents.read(
      { collaborationId: id, key: randomBytes(32) },
      'contract.pdf',
    );
    await expect(stream.toArray()).rejects.toBeInstanceOf(DocumentIntegrityError);
  });

  it('keeps a collaboration from ever getting a key when it is destroyed before first use', async () => {
    const id = await collaboration();
    await as('facilitator', () => keys.destroy(db, id));
    await expect(as('participant', () => keys.forCollaboration(db, id))).rejects.toMatchObject({
      code: ErrorCode.NOT_FOUND,
    });
  });

  it('refuses to open a key under another master key', async () => {
    const id = await collaboration();
    await as('facilitator', () => keys.forCollaboration(db, id));
    const other = new CollaborationKeyService(new MasterKey(randomBytes(32)));
    await expect(as('facilitator', () => other.forCollaboration(db, id))).rejects.toThrow(
      /does not open with the master key/,
    );
  });

  it('goes with its collaboration', async () => {
    const id = await collaboration();
    await as('facilitator', () => keys.forCollaboration(db, id));
    await owner.query(`DELETE FROM collaborations WHERE id = $1`, [id]);
    expect(await storedRow(id)).toBeUndefined();
  });
});
