import { textPdf } from '@alianza/stamping/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Api, TestUser } from '../support/api';
import { CountedApi } from '../support/counted-api';
import { documentsEnv } from '../support/servers';

const ACCESSES = `query($i: ID!, $first: Int!, $after: String) { item(id: $i) { latest { files { id
  accesses(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor }
    nodes { id kind userId } } } } } }`;

interface FilePage {
  id: string;
  accesses: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: { id: string; kind: string; userId: string }[];
  };
}

/**
 * `ItemFile.accesses` on a list of files (docs/adr/0032, 0034): the statements a query sends do
 * not grow with the number of files listed — the accesses of all of them come in one statement,
 * each file's page cut by a window function — and each file's page is what it was one by one.
 */
describe('who opened the files of a version, for several files at once', () => {
  const filesDir = mkdtempSync(join(tmpdir(), 'alianza-file-accesses-'));
  let counted: CountedApi;
  let t: Api;
  let facilitator: TestUser;
  let owner: TestUser;
  let reader: TestUser;
  /** Items with 2 and with 6 PDFs, each opened three times by the recipient. */
  const items: Record<2 | 6, string> = {} as never;

  beforeAll(async () => {
    counted = await CountedApi.start(documentsEnv(filesDir));
    t = counted.api;
    facilitator = await t.facilitator('file-accesses');
    const collaborationId = await t.collaboration(facilitator, 'Accesos a documentos');
    const rules = await t.publishGroundRules(facilitator, collaborationId);
    owner = await t.user('file-accesses-owner');
    reader = await t.user('file-accesses-reader');
    const ownerOrg = await t.organization(owner, 'Dueña');
    const readerOrg = await t.organization(reader, 'Lectora');
    const participation = await t.invite(facilitator, collaborationId, ownerOrg);
    await t.acceptGroundRules(owner, participation, rules.id);
    await t.acceptGroundRules(
      reader,
      await t.invite(facilitator, collaborationId, readerOrg),
      rules.id,
    );
    const area = await t.ok(
      `mutation($c: ID!, $input: AreaInput!) { createArea(collaborationId: $c, input: $input) { id } }`,
      { c: collaborationId, input: { name: 'Documentos', sensitivity: 'MODERATED' } },
      facilitator,
    );
    const pdf = Buffer.from(await textPdf(['una página']));
    for (const count of [2, 6] as const) {
      const fileIds: string[] = [];
      for (let n = 0; n < count; n++) {
        const res = await t.http
          .post('/files')
          .set('authorization', `Bearer ${owner.token}`)
          .field('participationId', participation)
          .attach('file', pdf, `informe-${n}.pdf`);
        fileIds.push(res.body.id);
      }
      const { createItem } = await t.ok(
        `mutation($p: ID!, $a: ID!, $f: [ID!]) { createItem(participationId: $p, areaId: $a,
          input: { title: "Con ${count} documentos", body: "Ver", fileIds: $f }) { itemId } }`,
        { p: participation, a: area.createArea.id, f: fileIds },
        owner,
      );
      items[count] = createItem.itemId;
      const { requestDisclosure } = await t.ok(
        `mutation($i: ID!, $input: DisclosureRequestInput!) { requestDisclosure(itemId: $i, input: $input) { id } }`,
        {
          i: createItem.itemId,
          input: {
            audienceKind: 'NAMED',
            recipientOrganizationIds: [readerOrg],
            redaction: { files: fileIds.map((fileId) => ({ fileId, download: true })) },
          },
        },
        owner,
      );
      const { approveDisclosure } = await t.ok(
        `mutation($r: ID!) { approveDisclosure(requestId: $r) { grants { id } } }`,
        { r: requestDisclosure.id },
        facilitator,
      );
      const grantId = approveDisclosure.grants[0].id;
      for (const fileId of fileIds)
        for (const query of ['', '?download=1', ''])
          expect(
            (
              await t.http
                .get(`/grants/${grantId}/files/${fileId}${query}`)
                .set('authorization', `Bearer ${reader.token}`)
            ).status,
          ).toBe(200);
    }
  }, 240_000);

  afterAll(async () => {
    await counted?.stop();
    rmSync(filesDir, { recursive: true, force: true });
  });

  const accesses = async (as: TestUser, itemId: string, first: number, after?: string) => {
    const result = await counted.send<{ item: { latest: { files: FilePage[] } } }>(
      ACCESSES,
      { i: itemId, first, after },
      as,
    );
    expect(result.errors).toBeUndefined();
    return { files: result.data!.item.latest.files, statements: result.statements };
  };

  it('sends as many statements for six files as for two, for the owner and the facilitator', async () => {
    for (const as of [owner, facilitator]) {
      const two = await accesses(as, items[2], 2);
      const six = await accesses(as, items[6], 2);
      expect(six.files).toHaveLength(6);
      expect(six.statements.length).toBe(two.statements.length);
      for (const file of six.files)
        expect(file.accesses).toMatchObject({
          totalCount: 3,
          pageInfo: { hasNextPage: true },
          nodes: [
            { kind: 'VIEW', userId: reader.id },
            { kind: 'DOWNLOAD', userId: reader.id },
          ],
        });
    }
  });

  it('pages each file newest first, to the end and past it, the total always known', async () => {
    const first = await accesses(owner, items[2], 2);
    const [file] = first.files;
    const second = await accesses(owner, items[2], 2, file!.accesses.pageInfo.endCursor!);
    const next = second.files.find((f) => f.id === file!.id)!.accesses;
    expect(next).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: false } });
    expect(next.nodes.map((n) => n.kind)).toEqual(['VIEW']);
    const seen = [...file!.accesses.nodes, ...next.nodes].map((n) => n.id);
    expect(new Set(seen).size).toBe(3);
    const past = await accesses(owner, items[2], 2, next.pageInfo.endCursor!);
    expect(past.files.find((f) => f.id === file!.id)!.accesses).toEqual({
      totalCount: 3,
      pageInfo: { hasNextPage: false, endCursor: null },
      nodes: [],
    });
  });
});
