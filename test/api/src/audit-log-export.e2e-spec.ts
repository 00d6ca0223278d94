import ExcelJS from 'exceljs';
import { parseCsv } from '../support/csv';
import { download as getDownload } from '../support/files';
import { Api, TestUser } from '../support/api';

const LOG = `query($c: ID!, $action: AuditAction, $actor: ID, $org: ID) {
  auditLog(collaborationId: $c, first: 100, action: $action, actorUserId: $actor, organizationId: $org) {
    nodes { seq hash createdAt } } }`;

/** The facilitator's audit log as a file (XLSX, CSV for people), filtered as on the screen. */
describe('audit log downloads', () => {
  const t = new Api();
  let facilitator: TestUser;
  let otherFacilitator: TestUser;
  let ownerA: TestUser;
  let ownerB: TestUser;
  let orgA: string;
  let orgB: string;
  let c: string;

  const download = (path: string, as: TestUser | null) => getDownload(t, as, path);
  const sheetRows = async (body: Buffer) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(body as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0];
    return {
      name: sheet.name,
      rows: sheet
        .getSheetValues()
        .slice(1)
        .map((row) => (row as ExcelJS.CellValue[]).slice(1)),
    };
  };
  const log = async (variables: Record<string, unknown>) =>
    (await t.ok(LOG, { c, ...variables }, facilitator)).auditLog.nodes as {
      seq: number;
      hash: string;
      createdAt: string;
    }[];

  beforeAll(async () => {
    facilitator = await t.facilitator('Lucía');
    otherFacilitator = await t.facilitator('Otra');
    ownerA = await t.user('Ana');
    ownerB = await t.user('Beto');
    orgA = await t.organization(ownerA, 'Exportar A');
    orgB = await t.organization(ownerB, 'Exportar B');
    c = await t.collaboration(facilitator, 'Exportar');
    const rules = await t.publishGroundRules(facilitator, c);
    await t.acceptGroundRules(ownerA, await t.invite(facilitator, c, orgA), rules.id);
    await t.acceptGroundRules(ownerB, await t.invite(facilitator, c, orgB), rules.id);
  });

  it('gives the facilitator the filtered log as XLSX: names, actions in words, local times', async () => {
    const expected = await log({ action: 'GROUND_RULES_ACCEPTED', org: orgA });
    expect(expected).toHaveLength(1);
    const file = await download(
      `/collaborations/${c}/audit-log.xlsx?lang=es&tz=Atlantic/Canary&action=GROUND_RULES_ACCEPTED&organizationId=${orgA}`,
      facilitator,
    );
    expect(file.status).toBe(200);
    expect(file.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const day = new Date().toISOString().slice(0, 10);
    expect(file.disposition).toContain(
      `filename*=UTF-8''${encodeURIComponent(`Registro de auditoría - ${day}.xlsx`)}`,
    );
    const { name, rows } = await sheetRows(file.body);
    expect(name).toBe('Registro de auditoría');
    expect(rows[0]).toEqual([
      'Nº',
      'Fecha y hora (Atlantic/Canary)',
      'Persona',
      'Organización',
      'Otra organización',
      'Acción',
      'Sobre qué',
      'Identificador',
      'Datos',
      'Huella en la cadena',
    ]);
    expect(rows).toHaveLength(2);
    const [seq, time, person, organization, , action, about, , , hash] = rows[1];
    expect(seq).toBe(expected[0].seq);
    expect(person).toBe('Ana');
    expect(organization).toMatch(/^Exportar A/);
    expect(action).toBe('Reglas aceptadas');
    expect(about).toBe('Participación');
    expect(hash).toBe(expected[0].hash);
    // The cell holds the wall clock of the Canaries (an hour behind Madrid, UTC in winter).
    const canary = new Intl.DateTimeFormat('sv-SE', {
      timeZone: 'Atlantic/Canary',
      dateStyle: 'short',
      timeStyle: 'short',
    }).format(new Date(expected[0].createdAt));
    expect((time as Date).toISOString().slice(0, 16).replace('T', ' ')).toBe(canary);
  });

  it('gives the same rows as a CSV for people, in English with commas, by person', async () => {
    const expected = await log({ actor: ownerB.id });
    expect(expected.length).toBeGreaterThan(0);
    const file = await download(
      `/collaborations/${c}/audit-log.csv?lang=en&actorUserId=${ownerB.id}`,
      facilitator,
    );
    expect(file.status).toBe(200);
    expect(file.type).toBe('text/csv; charset=utf-8');
    const text = file.body.toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(text);
    expect(rows[0].slice(0, 3)).toEqual(['No.', 'Date and time (Europe/Madrid)', 'Person']);
    expect(rows.slice(1).map((r) => Number(r[0]))).toEqual(expected.map((r) => r.seq));
    expect(rows.slice(1).every((r) => r[2] === 'Beto')).toBe(true);
    expect(rows.slice(1).map((r) => r[5])).toContain('Ground rules accepted');
    expect(rows.slice(1).map((r) => r[9])).toEqual(expected.map((r) => r.hash));
  });

  it('writes the Spanish CSV with semicolons, the whole log newest first', async () => {
    const all = await log({});
    const file = await download(`/collaborations/${c}/audit-log.csv`, facilitator);
    const rows = parseCsv(file.body.toString('utf8'), ';');
    expect(rows[0][0]).toBe('Nº');
    expect(rows.slice(1).map((r) => Number(r[0]))).toEqual(all.map((r) => r.seq));
    expect(rows.slice(1).some((r) => r[2] === 'Lucía')).toBe(true);
  });

  it('refuses a participant, a facilitator of another collaboration and anyone signed out', async () => {
    for (const format of ['xlsx', 'csv']) {
      const path = `/collaborations/${c}/audit-log.${format}?lang=es`;
      expect([403, 404]).toContain((await download(path, ownerA)).status);
      expect([403, 404]).toContain((await download(path, otherFacilitator)).status);
      expect((await download(path, null)).status).toBe(401);
    }
  });

  it('refuses filter values it cannot read, naming them', async () => {
    const refused = async (query: string) => {
      const file = await download(`/collaborations/${c}/audit-log.xlsx?${query}`, facilitator);
      expect(file.status).toBe(400);
      return JSON.parse(file.body.toString('utf8')) as Record<string, unknown>;
    };
    for (const [query, field] of [
      ['action=NOT_AN_ACTION', 'action'],
      ['action=toString', 'action'],
      ['actorUserId=ana', 'actorUserId'],
      ['organizationId=', 'organizationId'],
      ['since=yesterday', 'since'],
      ['since=2026-12-06T10:00:00Z&until=2026-12-01T00:00:00Z', 'until'],
      ['subjectId=a&subjectId=b', 'subjectId'],
      ['tz=Mars/Olympus', 'tz'],
    ]) {
      expect(JSON.stringify(await refused(query))).toContain(field);
    }
  });
});
