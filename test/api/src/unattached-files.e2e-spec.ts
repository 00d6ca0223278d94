import { Claims, claimSigner, dataSourceOptions, Db, readClaimKey } from '@alianza/db';
import { textPdf } from '@alianza/stamping/testing';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { Api, TestUser } from '../support/api';
import { ApiProcess, documentsEnv, startApiProcess, waitFor } from '../support/servers';

/**
 * Uploads never attached to an item version go after FILES_UNATTACHED_HOURS (docs/adr/0034):
 * their row, their object in the store, with a record in the audit log; attached files and
 * recent uploads stay. Only the sweep's own job may delete them.
 */
describe('sweep of unattached uploads', () => {
  const filesDir = mkdtempSync(join(tmpdir(), 'alianza-unattached-'));
  const owner = new Client({ connectionString: process.env['ALIANZA_TEST_DATABASE_URL'] });
  let api: ApiProcess;
  let t: Api;
  let ds: DataSource;
  let db: Db;
  let facilitator: TestUser;
  let member: TestUser;
  let collaborationId: string;
  let participationId: string;
  let areaId: string;

  const upload = async (name: string): Promise<string> => {
    const res = await t.http
      .post('/files')
      .set('authorization', `Bearer ${member.token}`)
      .field('participationId', participationId)
      .attach('file', Buffer.from(await textPdf([name])), name);
    if (res.status !== 201) throw new Error(`${res.status} ${JSON.stringify(res.body)}`);
    return res.body.id as string;
  };
  const objectOf = (fileId: string) =>
    join(filesDir, 'collaborations', collaborationId, 'files', fileId);
  const rowExists = async (fileId: string) =>
    (await owner.query(`SELECT 1 FROM item_files WHERE id = $1`, [fileId])).rowCount === 1;
  const uploadedHoursAgo = (hours: number, ids: string[]) =>
    owner.query(
      `UPDATE item_files SET created_at = now() - make_interval(hours => $1) WHERE id = ANY($2)`,
      [hours, ids],
    );

  beforeAll(async () => {
    api = await startApiProcess('unattached-files', {
      ...documentsEnv(filesDir),
      EXPIRY_SWEEP_SECONDS: '1',
      FILES_UNATTACHED_HOURS: '3',
    });
    t = new Api(api.url);
    await owner.connect();
    const key = await readClaimKey(process.env['ALIANZA_TEST_DATABASE_URL']!);
    ds = await new DataSource(
      dataSourceOptions(process.env['ALIANZA_TEST_APP_DATABASE_URL']!, 'unattached-files-spec'),
    ).initialize();
    db = new Db(ds, claimSigner(key));
    facilitator = await t.facilitator('unattached');
    collaborationId = await t.collaboration(facilitator, 'Subidas sin adjuntar');
    const rules = await t.publishGroundRules(facilitator, collaborationId);
    member = await t.user('unattached-member');
    participationId = await t.invite(
      facilitator,
      collaborationId,
      await t.organization(member, 'Subidora'),
    );
    await t.acceptGroundRules(member, participationId, rules.id);
    const area = await t.ok(
      `mutation($c: ID!, $input: AreaInput!) { createArea(collaborationId: $c, input: $input) { id } }`,
      { c: collaborationId, input: { name: 'Documentos', sensitivity: 'MODERATED' } },
      facilitator,
    );
    areaId = area.createArea.id;
  }, 240_000);

  afterAll(async () => {
    await ds?.destroy();
    await owner.end();
    await api?.stop();
    rmSync(filesDir, { recursive: true, force: true });
  });

  it('deletes old uploads never attached, row and object, and keeps attached and recent ones', async () => {
    const [stale, attached, recent] = [
      await upload('olvidado.pdf'),
      await upload('adjunto.pdf'),
      await upload('reciente.pdf'),
    ];
    await t.ok(
      `mutation($p: ID!, $a: ID!, $f: [ID!]) { createItem(participationId: $p, areaId: $a,
        input: { title: "Con documento", body: "Ver", fileIds: $f }) { itemId } }`,
      { p: participationId, a: areaId, f: [attached] },
      member,
    );
    for (const id of [stale, attached, recent]) expect(existsSync(objectOf(id))).toBe(true);
    // Past FILES_UNATTACHED_HOURS (3) but within the test server's own (24): only this API's
    // sweep, every second, takes them.
    await uploadedHoursAgo(4, [stale, attached]);
    await uploadedHoursAgo(2, [recent]);

    // The row goes in the sweep's transaction, the object just after its commit.
    await waitFor(async () => !(await rowExists(stale)) && !existsSync(objectOf(stale)), 15_000);
    const download = await t.http
      .get(`/files/${stale}`)
      .set('authorization', `Bearer ${member.token}`);
    expect(download.status).toBe(404);
    for (const id of [attached, recent]) {
      expect(await rowExists(id)).toBe(true);
      expect(existsSync(objectOf(id))).toBe(true);
    }
    // An upload that stays unattached goes too once old enough (the recent one, now).
    await uploadedHoursAgo(4, [recent]);
    await waitFor(async () => !(await rowExists(recent)) && !existsSync(objectOf(recent)), 15_000);
    expect(await rowExists(attached)).toBe(true);

    const log = await t.ok(
      `query($c: ID!) { auditLog(collaborationId: $c, action: ITEM_FILE_SWEPT, first: 10) {
        nodes { subjectId actorUserId payload } } }`,
      { c: collaborationId },
      facilitator,
    );
    expect(
      log.auditLog.nodes
        .map((n: { subjectId: string; actorUserId: string | null; payload: string }) => ({
          subjectId: n.subjectId,
          actorUserId: n.actorUserId,
          name: JSON.parse(n.payload).name,
        }))
        .sort((a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name)),
    ).toEqual([
      { subjectId: stale, actorUserId: null, name: 'olvidado.pdf' },
      { subjectId: recent, actorUserId: null, name: 'reciente.pdf' },
    ]);
  });

  it('prunes for the sweeper alone, and never an upload of the last hour', async () => {
    const prune = (claim: Parameters<Db['runAs']>[0], before: Date) =>
      db.runAs(claim, () =>
        db.transaction((manager) =>
          manager.query(`SELECT * FROM alianza_rls.prune_unattached_files($1, 10)`, [before]),
        ),
      );
    const cutOff = new Date(Date.now() - 2 * 3_600_000);
    await expect(prune(Claims.user(member.id), cutOff)).rejects.toThrow(
      /only the unattached-file sweeper/,
    );
    await expect(prune(Claims.system('link-prune'), cutOff)).rejects.toThrow(
      /only the unattached-file sweeper/,
    );
    await expect(prune(Claims.system('file-prune'), new Date())).rejects.toThrow(
      /at least an hour/,
    );
    // Nor may the API's role delete an upload itself, even its uploader.
    const mine = await upload('mio.pdf');
    await expect(
      db.runAs(Claims.user(member.id), () =>
        db.transaction((manager) => manager.query(`DELETE FROM item_files WHERE id = $1`, [mine])),
      ),
    ).rejects.toThrow(/permission denied/);
    expect(await rowExists(mine)).toBe(true);
  });
});
