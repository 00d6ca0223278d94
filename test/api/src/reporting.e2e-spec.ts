import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { Client } from 'pg';
import { parseCsv } from '../support/csv';
import { download as getDownload, pageTexts } from '../support/files';
import { Api, TestUser } from '../support/api';

/**
 * Reports and reporting API tokens. One collaboration is built through the API with figures
 * chosen so that every number below can be worked out by hand (see the comments).
 */
describe('reporting', () => {
  const t = new Api();
  let facilitator: TestUser;
  let otherFacilitator: TestUser;
  const owners: Record<'A' | 'B' | 'C' | 'D', TestUser> = {} as never;
  const orgs: Record<'A' | 'B' | 'C' | 'D', string> = {} as never;
  const names: Record<'A' | 'B' | 'C' | 'D', string> = {} as never;
  const participations: Record<'A' | 'B' | 'C', string> = {} as never;
  let c: string;
  let objective: string;
  const requestIds: Record<'approved' | 'rejected' | 'pending', string> = {} as never;

  const REPORT = `query($c: ID!) { collaborationReport(collaborationId: $c) {
    collaborationId title status
    participation { invited accepted declined withdrawn active currentGroundRulesVersion pendingAcceptance { organizationId name } }
    plan { percentDone milestones milestonesDone milestonesOverdue tasks tasksDone tasksBlocked tasksOverdue
      overdue { kind title dueDate responsibleOrganizationName }
      indicators { objective name unit baseline target current progressPercent } }
    disclosure { requested pending changesRequested approved approvedAutomatically rejected withdrawn
      decisionHoursP50 decisionHoursP90 grants grantsActive grantsRevoked grantsExpired }
    ledger { valuationScale currency confirmedValue entriesPending entriesDisputed pledgesOpen pledgesOverdue pledgesFulfilled pledgesCancelled
      organizations { organizationId name given received net }
      pairs { giverOrganizationId giverName receiverOrganizationId receiverName value } }
    evaluation { evaluations facilitatorAssessed objectives { title ratings average } peers { name ratings average } }
  } }`;
  const ORG_REPORT = `query($o: ID!) { organizationReport(organizationId: $o) { organizationId name collaborations {
    collaborationId title participationStatus given received net givenEntries receivedEntries entriesToConfirm
    grantsReceived grantsReceivedActive itemsSeen grantsGiven requestsMade requestsApproved requestsRejected
    requestsPending pledgesOpen pledgesFulfilled } } }`;
  const CREATE_TOKEN = `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret token { id name prefix active expiresAt } } }`;

  const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

  /** GET a CSV report as `as` (session or API token), parsed into rows. */
  const csv = async (path: string, token: string) => {
    const res = await t.http.get(path).set('authorization', `Bearer ${token}`).buffer(true);
    return { status: res.status, type: res.headers['content-type'], rows: parseCsv(res.text) };
  };

  /** GET a download as `as` (session or API token), its body as bytes. */
  const download = (path: string, as: Pick<TestUser, 'token'> | null) => getDownload(t, as, path);
  const openXlsx = async (body: Buffer) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(body as unknown as ExcelJS.Buffer);
    return workbook;
  };
  /** A sheet's rows as arrays of cells (exceljs rows start at 1; its `values` at index 1). */
  const sheetRows = (sheet: ExcelJS.Worksheet) =>
    sheet
      .getSheetValues()
      .slice(1)
      .map((row) => (row as ExcelJS.CellValue[]).slice(1));

  beforeAll(async () => {
    facilitator = await t.facilitator('reporter');
    otherFacilitator = await t.facilitator('other-reporter');
    c = await t.collaboration(facilitator, 'Informe del pan');
    await t.collaboration(facilitator, 'Segunda alianza'); // a second row in the portfolio
    const rules = await t.publishGroundRules(facilitator, c);
    for (const key of ['A', 'B', 'C', 'D'] as const) {
      owners[key] = await t.user(`report-${key}`);
      orgs[key] = await t.organization(owners[key], `Informe ${key}`);
      names[key] = (
        await t.ok(
          `query($o: ID!) { organization(id: $o) { name } }`,
          { o: orgs[key] },
          owners[key],
        )
      ).organization.name;
      const participation = await t.invite(facilitator, c, orgs[key]);
      if (key !== 'D') {
        participations[key] = participation;
        await t.acceptGroundRules(owners[key], participation, rules.id);
      }
    }
    await t.ok(
      `mutation($c: ID!) { changeCollaborationStatus(collaborationId: $c, input: { status: ACTIVE }) { status } }`,
      { c },
      facilitator,
    );

    // Plan: m1 (past due) with a done task of A and an overdue task of B → 50 %; m2 (future,
    // no tasks) → 0 %; the plan → (50 + 0) / 2 = 25 %. One indicator 0 → 200 at 50: 25 %.
    objective = (
      await t.ok(
        `mutation($c: ID!) { createObjective(collaborationId: $c, input: { title: "Ahorrar en harina" }) { id } }`,
        { c },
        facilitator,
      )
    ).createObjective.id;
    const indicator = (
      await t.ok(
        `mutation($o: ID!) { addIndicator(objectiveId: $o, input: { name: "Ahorro", unit: "EUR", baseline: 0, target: 200, direction: INCREASE }) { id } }`,
        { o: objective },
        facilitator,
      )
    ).addIndicator.id;
    const milestone = async (title: string, dueDate: string) =>
      (
        await t.ok(
          `mutation($c: ID!, $input: MilestoneInput!) { createMilestone(collaborationId: $c, input: $input) { id } }`,
          { c, input: { title, startDate: '2026-01-01', dueDate } },
          facilitator,
        )
      ).createMilestone.id as string;
    const m1 = await milestone('Elegir proveedor', '2026-02-01');
    await milestone('Comprar juntos', '2099-12-31');
    const task = async (title: string, org: string, dueDate: string) =>
      (
        await t.ok(
          `mutation($m: ID!, $input: TaskInput!) { createTask(milestoneId: $m, input: $input) { id } }`,
          { m: m1, input: { title, responsibleOrganizationId: org, dueDate } },
          facilitator,
        )
      ).createTask.id as string;
    const doneTask = await task('Pedir presupuestos', orgs.A, '2026-02-15');
    await task('Comparar presupuestos', orgs.B, '2026-03-01');
    await t.ok(
      `mutation($t: ID!) { setTaskStatus(taskId: $t, input: { status: DONE }) { id } }`,
      { t: doneTask },
      owners.A,
    );
    await t.ok(
      `mutation($input: ProgressInput!) { postProgress(input: $input) { id } }`,
      {
        input: {
          milestoneId: m1,
          taskId: doneTask,
          text: 'Ahorro del primer mes',
          indicatorValues: [{ indicatorId: indicator, value: 50 }],
        },
      },
      owners.A,
    );

    // Ledger: A→B 100.00 and B→A 30.00 confirmed; A→C 20.00 pending; A pledges to B.
    const declare = async (giver: 'A' | 'B', receiver: 'A' | 'B' | 'C', value: string) =>
      (
        await t.ok(
          `mutation($c: ID!, $r: [ID!]!, $v: String!) { declareContribution(collaborationId: $c, input: { receiverOrganizationIds: $r, contributionType: SUPPLY, description: "Harina", value: $v, occurredOn: "2026-11-01" }) { id } }`,
          { c, r: [orgs[receiver]], v: value },
          owners[giver],
        )
      ).declareContribution[0].id as string;
    const confirm = (entry: string, by: TestUser) =>
      t.ok(`mutation($e: ID!) { confirmLedgerEntry(entryId: $e) { id } }`, { e: entry }, by);
    await confirm(await declare('A', 'B', '100.00'), owners.B);
    await confirm(await declare('B', 'A', '30.00'), owners.A);
    await declare('A', 'C', '20.00');
    await t.ok(
      `mutation($c: ID!, $r: ID) { makePledge(collaborationId: $c, input: { receiverOrganizationId: $r, contributionType: CARE, description: "Reparto", dueOn: "2099-01-01" }) { id } }`,
      { c, r: orgs.B },
      owners.A,
    );

    // Disclosure in a moderated area: A→B approved (then revoked), A→C rejected, B→A pending.
    const area = (
      await t.ok(
        `mutation($c: ID!) { createArea(collaborationId: $c, input: { name: "Precios", sensitivity: MODERATED }) { id } }`,
        { c },
        facilitator,
      )
    ).createArea.id;
    const requestFor = async (owner: 'A' | 'B', recipient: 'A' | 'B' | 'C') => {
      const item = await t.ok(
        `mutation($p: ID!, $a: ID!) { createItem(participationId: $p, areaId: $a, input: { title: "Precio", body: "12 €" }) { itemId } }`,
        { p: participations[owner], a: area },
        owners[owner],
      );
      return (
        await t.ok(
          `mutation($i: ID!, $r: [ID!]) { requestDisclosure(itemId: $i, input: { audienceKind: NAMED, recipientOrganizationIds: $r }) { id } }`,
          { i: item.createItem.itemId, r: [orgs[recipient]] },
          owners[owner],
        )
      ).requestDisclosure.id as string;
    };
    requestIds.approved = await requestFor('A', 'B');
    requestIds.rejected = await requestFor('A', 'C');
    requestIds.pending = await requestFor('B', 'A');
    await t.ok(
      `mutation($r: ID!) { approveDisclosure(requestId: $r) { id } }`,
      { r: requestIds.approved },
      facilitator,
    );
    await t.ok(
      `mutation($r: ID!) { rejectDisclosure(requestId: $r, input: { message: "No" }) { id } }`,
      { r: requestIds.rejected },
      facilitator,
    );
    const grant = await t.ok(
      `query($r: ID!) { disclosureRequest(id: $r) { grants { id } } }`,
      { r: requestIds.approved },
      facilitator,
    );
    await t.ok(
      `mutation($g: ID!) { revokeGrant(grantId: $g, input: { reason: "Fin del piloto" }) { id } }`,
      { g: grant.disclosureRequest.grants[0].id },
      facilitator,
    );
    // Decision times fixed by hand: 2 h and 10 h → p50 = 6 h, p90 = 2 + 0.9 × (10 − 2) = 9.2 h.
    const db = new Client({ connectionString: process.env.ALIANZA_TEST_DATABASE_URL });
    await db.connect();
    try {
      await db.query(
        `UPDATE disclosure_requests SET created_at = decided_at - make_interval(hours => $2) WHERE id = $1`,
        [requestIds.approved, 2],
      );
      await db.query(
        `UPDATE disclosure_requests SET created_at = decided_at - make_interval(hours => $2) WHERE id = $1`,
        [requestIds.rejected, 10],
      );
    } finally {
      await db.end();
    }
  });

  it('reports a collaboration with the hand-computed figures', async () => {
    const { collaborationReport: r } = await t.ok(REPORT, { c }, facilitator);
    expect(r.participation).toEqual({
      invited: 1,
      accepted: 3,
      declined: 0,
      withdrawn: 0,
      active: 3,
      currentGroundRulesVersion: 1,
      pendingAcceptance: [{ organizationId: orgs.D, name: names.D }],
    });
    expect(r.plan).toMatchObject({
      percentDone: 25,
      milestones: 2,
      milestonesDone: 0,
      milestonesOverdue: 1,
      tasks: 2,
      tasksDone: 1,
      tasksBlocked: 0,
      tasksOverdue: 1,
      overdue: [
        { kind: 'MILESTONE', title: 'Elegir proveedor', dueDate: '2026-02-01' },
        {
          kind: 'TASK',
          title: 'Comparar presupuestos',
          dueDate: '2026-03-01',
          responsibleOrganizationName: names.B,
        },
      ],
      indicators: [
        {
          objective: 'Ahorrar en harina',
          name: 'Ahorro',
          unit: 'EUR',
          baseline: 0,
          target: 200,
          current: 50,
          progressPercent: 25,
        },
      ],
    });
    expect(r.disclosure).toEqual({
      requested: 3,
      pending: 1,
      changesRequested: 0,
      approved: 1,
      approvedAutomatically: 0,
      rejected: 1,
      withdrawn: 0,
      decisionHoursP50: 6,
      decisionHoursP90: 9.2,
      grants: 1,
      grantsActive: 0,
      grantsRevoked: 1,
      grantsExpired: 0,
    });
    expect(r.ledger).toMatchObject({
      valuationScale: 'POINTS',
      currency: null,
      confirmedValue: '130.00',
      entriesPending: 1,
      entriesDisputed: 0,
      pledgesOpen: 1,
      pledgesOverdue: 0,
      pledgesFulfilled: 0,
      pledgesCancelled: 0,
    });
    const balance = (org: string) =>
      r.ledger.organizations.find((o: { organizationId: string }) => o.organizationId === org);
    expect(balance(orgs.A)).toMatchObject({ given: '100.00', received: '30.00', net: '70.00' });
    expect(balance(orgs.B)).toMatchObject({ given: '30.00', received: '100.00', net: '-70.00' });
    expect(r.ledger.pairs).toHaveLength(2);
    expect(r.ledger.pairs).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          giverName: names.A,
          receiverName: names.B,
          value: '100.00',
        }),
        expect.objectContaining({
          giverName: names.B,
          receiverName: names.A,
          value: '30.00',
        }),
      ]),
    );
    expect(r.evaluation).toBeNull();
  });

  it('gives the same numbers as the screens (plan and ledger queries)', async () => {
    const screens = await t.ok(
      `query($c: ID!) { plan(collaborationId: $c) { percentDone overdueMilestoneCount overdueTaskCount }
         ledgerBalances(collaborationId: $c) { organizations { organizationId given received net } } }`,
      { c },
      facilitator,
    );
    const { collaborationReport: r } = await t.ok(REPORT, { c }, facilitator);
    expect(r.plan.percentDone).toBe(screens.plan.percentDone);
    expect(r.plan.milestonesOverdue).toBe(screens.plan.overdueMilestoneCount);
    expect(r.plan.tasksOverdue).toBe(screens.plan.overdueTaskCount);
    expect(
      r.ledger.organizations.map(({ name: _name, ...rest }: { name: string }) => rest),
    ).toEqual(screens.ledgerBalances.organizations);
  });

  it('keeps the collaboration report to its facilitators', async () => {
    const asParticipant = await t.gql(REPORT, { c }, owners.A);
    expect(asParticipant.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const asOtherFacilitator = await t.gql(REPORT, { c }, otherFacilitator);
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain(asOtherFacilitator.errors?.[0]?.extensions.code);
    expect(asOtherFacilitator.data).toBeNull();
    const anonymous = await t.gql(REPORT, { c });
    expect(anonymous.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    const csvAsParticipant = await csv(`/reports/collaborations/${c}.csv`, owners.A.token);
    expect(csvAsParticipant.status).toBe(403);
    const bad = await csv(`/reports/collaborations/not-an-id.csv`, facilitator.token);
    expect(bad.status).toBe(400);
  });

  it('reports what an organization gave, received and saw, to its members only', async () => {
    const a = (await t.ok(ORG_REPORT, { o: orgs.A }, owners.A)).organizationReport;
    expect(a.name).toBe(names.A);
    expect(a.collaborations).toEqual([
      {
        collaborationId: c,
        title: 'Informe del pan',
        participationStatus: 'ACCEPTED',
        given: '100.00',
        received: '30.00',
        net: '70.00',
        // The approved disclosure to B adds no entry: no area value is set (no entries of 0).
        givenEntries: 1,
        receivedEntries: 1,
        entriesToConfirm: 0,
        grantsReceived: 0,
        grantsReceivedActive: 0,
        itemsSeen: 0,
        grantsGiven: 1,
        requestsMade: 2,
        requestsApproved: 1,
        requestsRejected: 1,
        requestsPending: 0,
        pledgesOpen: 1,
        pledgesFulfilled: 0,
      },
    ]);
    const b = (await t.ok(ORG_REPORT, { o: orgs.B }, owners.B)).organizationReport;
    expect(b.collaborations[0]).toMatchObject({
      grantsReceived: 1, // what B saw, even though it was revoked since
      grantsReceivedActive: 0,
      itemsSeen: 1,
      requestsPending: 1,
    });
    const c2 = (await t.ok(ORG_REPORT, { o: orgs.C }, owners.C)).organizationReport;
    expect(c2.collaborations[0]).toMatchObject({ entriesToConfirm: 1, received: '0.00' });
    for (const outsider of [owners.B, facilitator]) {
      const res = await t.gql(ORG_REPORT, { o: orgs.A }, outsider);
      expect(['FORBIDDEN', 'NOT_FOUND']).toContain(res.errors?.[0]?.extensions.code);
      expect(res.data).toBeNull();
    }
  });

  it('downloads the collaboration report as CSV with the same numbers as GraphQL', async () => {
    const { collaborationReport: r } = await t.ok(REPORT, { c }, facilitator);
    const file = await csv(`/reports/collaborations/${c}.csv`, facilitator.token);
    expect(file.status).toBe(200);
    expect(file.type).toMatch(/^text\/csv/);
    const [header, ...rows] = file.rows;
    expect(header).toEqual([
      'section',
      'metric',
      'subject',
      'subject_id',
      'counterpart',
      'counterpart_id',
      'value',
    ]);
    const value = (section: string, metric: string, subjectId = '') =>
      rows.find((row) => row[0] === section && row[1] === metric && row[3] === subjectId)?.[6];
    expect(value('plan', 'percent_done')).toBe(String(r.plan.percentDone));
    expect(value('plan', 'tasks_overdue')).toBe(String(r.plan.tasksOverdue));
    expect(value('disclosure', 'requested')).toBe(String(r.disclosure.requested));
    expect(value('disclosure', 'decision_hours_p50')).toBe('6');
    expect(value('disclosure', 'decision_hours_p90')).toBe('9.2');
    expect(value('disclosure', 'grants_revoked')).toBe('1');
    expect(value('ledger', 'confirmed_value')).toBe('130.00');
    expect(value('ledger_balance', 'net', orgs.A)).toBe('70.00');
    expect(value('ledger_balance', 'net', orgs.B)).toBe('-70.00');
    expect(value('participation', 'pending_acceptance', orgs.D)).toBe('true');
    const indicatorRow = rows.find(
      (row) => row[0] === 'indicator' && row[1] === 'progress_percent',
    );
    expect(indicatorRow?.[2]).toBe('Ahorrar en harina / Ahorro (EUR)');
    expect(indicatorRow?.[6]).toBe('25');
    // Every organization balance of the GraphQL answer is in the file, figure for figure.
    for (const o of r.ledger.organizations) {
      for (const metric of ['given', 'received', 'net'] as const)
        expect(value('ledger_balance', metric, o.organizationId)).toBe(o[metric]);
    }
  });

  it('lists the portfolio of the facilitator only, in GraphQL and CSV alike', async () => {
    const rows = (
      await t.ok(
        `{ portfolioReport { collaborationId title activeParticipants pendingDisclosureRequests percentDone overdueTasks confirmedValue openPledges } }`,
        {},
        facilitator,
      )
    ).portfolioReport;
    expect(rows.map((row: { title: string }) => row.title).sort()).toEqual([
      'Informe del pan',
      'Segunda alianza',
    ]);
    expect(rows.find((row: { collaborationId: string }) => row.collaborationId === c)).toEqual({
      collaborationId: c,
      title: 'Informe del pan',
      activeParticipants: 3,
      pendingDisclosureRequests: 1,
      percentDone: 25,
      overdueTasks: 1,
      confirmedValue: '130.00',
      openPledges: 1,
    });
    expect(
      (await t.ok(`{ portfolioReport { collaborationId } }`, {}, owners.A)).portfolioReport,
    ).toEqual([]);
    const file = await csv('/reports/portfolio.csv', facilitator.token);
    expect(file.status).toBe(200);
    const line = file.rows.find((row) => row[0] === c);
    expect(line).toEqual([
      c,
      'Informe del pan',
      'ACTIVE',
      '3',
      '1',
      '0',
      '25',
      '1',
      '1',
      '130.00',
      'POINTS',
      '',
      '1',
      '0',
    ]);
  });

  describe('downloads for people (XLSX, CSV in the reader’s language, PDF)', () => {
    const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

    it('gives the collaboration report as XLSX in Spanish, one sheet per section, numbers as numbers', async () => {
      const file = await download(`/reports/collaborations/${c}.xlsx`, facilitator);
      expect(file.status).toBe(200);
      expect(file.type).toBe(xlsx);
      // A readable name, title and day, without the internal id; UTF-8 form for the accents.
      const day = new Date().toISOString().slice(0, 10);
      expect(file.disposition).toContain(
        `filename*=UTF-8''${encodeURIComponent(`Informe - Informe del pan - ${day}.xlsx`)}`,
      );
      expect(file.disposition).toContain(`filename="Informe - Informe del pan - ${day}.xlsx"`);
      expect(file.disposition).not.toContain(c);
      const workbook = await openXlsx(file.body);
      expect(workbook.worksheets.map((s) => s.name)).toEqual(
        expect.arrayContaining([
          'Colaboración',
          'Participación',
          'Plan',
          'Debe y haber',
          'Divulgaciones',
        ]),
      );
      const overview = workbook.getWorksheet('Colaboración')!;
      expect(overview.getRow(1).font?.bold).toBe(true);
      expect(overview.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      const [header, row] = sheetRows(overview);
      expect(header.slice(0, 3)).toEqual(['Colaboración', 'Estado', 'Generado el']);
      expect(row.slice(0, 2)).toEqual(['Informe del pan', 'Activa']);
      expect(row[2]).toBeInstanceOf(Date);
      expect(overview.getCell('E2')).toMatchObject({ value: 0.25, numFmt: '0%' });
      expect(row[6]).toBe('Puntos');

      const ledger = workbook.getWorksheet('Debe y haber')!;
      const rows = sheetRows(ledger);
      expect(rows[0]).toEqual([
        'Organización',
        'Dado (puntos)',
        'Recibido (puntos)',
        'Saldo (puntos)',
      ]);
      const lineOf = (name: string) => rows.findIndex((r) => r[0] === name) + 1;
      const b = ledger.getRow(lineOf(names.B));
      expect(b.getCell(4).value).toBe(-70);
      expect(b.getCell(4).numFmt).toBe('#,##0.00');
      expect(ledger.getRow(lineOf(names.A)).getCell(2).value).toBe(100);
      const overdue = sheetRows(workbook.getWorksheet('Vencido')!);
      expect(overdue[0]).toEqual(['Tipo', 'Qué', 'Vencía el', 'Responsable']);
      expect(overdue.map((r) => r[0])).toEqual(['Tipo', 'Hito', 'Tarea']);
      expect((overdue[1][2] as Date).toISOString()).toBe('2026-02-01T00:00:00.000Z');
    });

    it('writes it in English when asked, and in the account’s language when not', async () => {
      const english = await openXlsx(
        (await download(`/reports/collaborations/${c}.xlsx?lang=en`, facilitator)).body,
      );
      const ledger = sheetRows(english.getWorksheet('Give and take')!);
      expect(ledger[0]).toEqual([
        'Organization',
        'Given (points)',
        'Received (points)',
        'Balance (points)',
      ]);
      expect(sheetRows(english.getWorksheet('Collaboration')!)[1][1]).toBe('Active');

      await t.ok(`mutation { setMyLanguage(input: { locale: EN }) { id } }`, {}, owners.A);
      try {
        const file = await download(`/reports/organizations/${orgs.A}.xlsx`, owners.A);
        expect(file.status).toBe(200);
        expect(file.disposition).toContain(encodeURIComponent(`Report - ${names.A} - `));
        const [header, row] = sheetRows((await openXlsx(file.body)).worksheets[0]);
        expect(header.slice(0, 4)).toEqual([
          'Collaboration',
          'Collaboration status',
          'Participation',
          'Given',
        ]);
        expect(row.slice(0, 4)).toEqual(['Informe del pan', 'Active', 'Taking part', 100]);
      } finally {
        await t.ok(`mutation { setMyLanguage(input: { locale: ES }) { id } }`, {}, owners.A);
      }
    });

    it('gives a CSV a Spanish Excel opens in columns: BOM, semicolons, decimal comma, words', async () => {
      const file = await download(`/reports/collaborations/${c}.csv?lang=es`, facilitator);
      expect(file.status).toBe(200);
      expect(file.type).toMatch(/^text\/csv; charset=utf-8/);
      expect(file.body.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
      expect(file.disposition).toContain(encodeURIComponent('Informe - Informe del pan - '));
      const rows = parseCsv(file.body.toString('utf8'), ';');
      expect(rows[0]).toEqual(['Colaboración']);
      expect(rows[1].slice(0, 3)).toEqual(['Colaboración', 'Estado', 'Generado el']);
      expect(rows[2].slice(0, 2)).toEqual(['Informe del pan', 'Activa']);
      expect(rows[2][2]).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
      const ledgerStart = rows.findIndex((r) => r[0] === 'Debe y haber');
      expect(rows[ledgerStart + 1]).toEqual([
        'Organización',
        'Dado (puntos)',
        'Recibido (puntos)',
        'Saldo (puntos)',
      ]);
      expect(rows.find((r) => r[0] === names.B)?.slice(1, 4)).toEqual([
        '30,00',
        '100,00',
        '-70,00',
      ]);
      expect(rows.find((r) => r[0] === 'Horas hasta la decisión (percentil 90)')?.[1]).toBe('9,2');

      const english = parseCsv(
        (await download(`/reports/portfolio.csv?lang=en`, facilitator)).body.toString('utf8'),
      );
      expect(english[0].slice(0, 3)).toEqual(['Collaboration', 'Status', 'Taking part']);
      expect(english.find((r) => r[0] === 'Informe del pan')?.slice(0, 6)).toEqual([
        'Informe del pan',
        'Active',
        '3',
        '1',
        '0',
        '25',
      ]);
      // Without `lang`, the machine CSV is unchanged (see the tests above).
      const machine = await download(`/reports/portfolio.csv`, facilitator);
      expect(machine.body.toString('utf8')).toContain('collaboration_id,title,status');
    });

    it('gives the collaboration report as a PDF whose text can be read', async () => {
      const file = await download(`/reports/collaborations/${c}.pdf`, facilitator);
      expect(file.status).toBe(200);
      expect(file.type).toBe('application/pdf');
      const text = (await pageTexts(file.body)).join('\n');
      expect(text).toContain('Informe: Informe del pan');
      expect(text).toContain('Debe y haber');
      expect(text).toContain(names.A);
      expect(text).toContain('-70,00 pts');
    });

    it('refuses the downloads to anyone the report is not for, and a language it does not know', async () => {
      for (const path of [
        `/reports/collaborations/${c}.xlsx`,
        `/reports/collaborations/${c}.pdf`,
        `/reports/collaborations/${c}.csv?lang=es`,
      ]) {
        expect((await download(path, owners.A)).status).toBe(403);
        expect([403, 404]).toContain((await download(path, otherFacilitator)).status);
        expect((await download(path, null)).status).toBe(401);
      }
      const token = (
        await t.ok(CREATE_TOKEN, { input: { name: 'Excel de A', expiresAt: inDays(3) } }, owners.A)
      ).createApiToken.secret;
      const others = await download(`/reports/organizations/${orgs.B}.xlsx`, { token });
      expect([403, 404]).toContain(others.status);
      const own = await download(`/reports/organizations/${orgs.A}.xlsx?lang=es`, { token });
      expect(own.status).toBe(200);
      // Without `lang`, a token's files are in its owner's language (Spanish here).
      const inOwners = await download(`/reports/organizations/${orgs.A}.xlsx`, { token });
      expect(sheetRows((await openXlsx(inOwners.body)).worksheets[0])[0][0]).toBe('Colaboración');
      const bad = await download(`/reports/collaborations/${c}.xlsx?lang=fr`, facilitator);
      expect(bad.status).toBe(400);
      expect(bad.body.toString('utf8')).toContain('lang');
      const badZone = await download(`/reports/portfolio.xlsx?tz=Mars/Olympus`, facilitator);
      expect(badZone.status).toBe(400);
    });
  });

  describe('reporting API tokens', () => {
    it('pull the collaboration report as GraphQL and CSV with matching numbers, and nothing else', async () => {
      const created = (
        await t.ok(
          CREATE_TOKEN,
          { input: { name: 'Informe mensual', expiresAt: inDays(30) } },
          facilitator,
        )
      ).createApiToken;
      expect(created.secret).toMatch(/^alzr_/);
      expect(created.token).toMatchObject({ name: 'Informe mensual', active: true });
      expect(created.secret.startsWith(created.token.prefix)).toBe(true);
      const token = { token: created.secret };

      const viaToken = (await t.ok(REPORT, { c }, token)).collaborationReport;
      const viaSession = (await t.ok(REPORT, { c }, facilitator)).collaborationReport;
      expect(viaToken).toEqual(viaSession);
      const file = await csv(`/reports/collaborations/${c}.csv`, created.secret);
      expect(file.status).toBe(200);
      const net = file.rows.find((row) => row[1] === 'net' && row[3] === orgs.A)?.[6];
      expect(net).toBe('70.00');
      expect((await t.ok(`{ me { id } }`, {}, token)).me.id).toBe(facilitator.id);

      // Read-only reports only: every other query and mutation is refused.
      const list = await t.gql(`{ collaborations(first: 5) { nodes { id } } }`, {}, token);
      expect(list.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      expect(list.errors?.[0]?.message).toMatch(/reporting API token/);
      const write = await t.gql(
        `mutation($c: ID!) { createObjective(collaborationId: $c, input: { title: "Hack" }) { id } }`,
        { c },
        token,
      );
      expect(write.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      const another = await t.gql(
        CREATE_TOKEN,
        { input: { name: 'Token from a token', expiresAt: inDays(1) } },
        token,
      );
      expect(another.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      const objectives = await t.ok(
        `query($c: ID!) { plan(collaborationId: $c) { objectives { title } } }`,
        { c },
        facilitator,
      );
      expect(objectives.plan.objectives.map((o: { title: string }) => o.title)).toEqual([
        'Ahorrar en harina',
      ]);
    });

    it('never see more than their owner', async () => {
      const secret = (
        await t.ok(CREATE_TOKEN, { input: { name: 'Mi empresa', expiresAt: inDays(7) } }, owners.A)
      ).createApiToken.secret;
      const own = await t.ok(ORG_REPORT, { o: orgs.A }, { token: secret });
      expect(own.organizationReport.collaborations[0].given).toBe('100.00');
      const others = await t.gql(ORG_REPORT, { o: orgs.B }, { token: secret });
      expect(['FORBIDDEN', 'NOT_FOUND']).toContain(others.errors?.[0]?.extensions.code);
      const collaboration = await t.gql(REPORT, { c }, { token: secret });
      expect(collaboration.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      const file = await csv(`/reports/organizations/${orgs.B}.csv`, secret);
      expect([403, 404]).toContain(file.status);
      const ownFile = await csv(`/reports/organizations/${orgs.A}.csv`, secret);
      expect(ownFile.status).toBe(200);
      expect(ownFile.rows[1]?.slice(6, 9)).toEqual(['100.00', '30.00', '70.00']);
    });

    it('stop working when revoked or expired, and are stored only as a hash', async () => {
      const created = (
        await t.ok(CREATE_TOKEN, { input: { name: 'Temporal', expiresAt: inDays(2) } }, facilitator)
      ).createApiToken;
      expect((await t.gql(REPORT, { c }, { token: created.secret })).errors).toBeUndefined();

      const db = new Client({ connectionString: process.env.ALIANZA_TEST_DATABASE_URL });
      await db.connect();
      try {
        const stored = await db.query(`SELECT * FROM api_tokens WHERE id = $1`, [created.token.id]);
        expect(JSON.stringify(stored.rows)).not.toContain(created.secret);
        expect(stored.rows[0].token_hash).toBe(
          createHash('sha256').update(created.secret).digest('hex'),
        );
        expect(stored.rows[0].last_used_at).not.toBeNull();

        // Someone else cannot revoke it; its owner can, and it fails at once.
        const foreign = await t.gql(
          `mutation($id: ID!) { revokeApiToken(apiTokenId: $id) { id } }`,
          { id: created.token.id },
          otherFacilitator,
        );
        expect(foreign.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
        const revoked = await t.ok(
          `mutation($id: ID!) { revokeApiToken(apiTokenId: $id) { active revokedAt } }`,
          { id: created.token.id },
          facilitator,
        );
        expect(revoked.revokeApiToken.active).toBe(false);
        const after = await t.gql(REPORT, { c }, { token: created.secret });
        expect(after.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
        expect(after.data).toBeNull();
        const afterCsv = await csv(`/reports/collaborations/${c}.csv`, created.secret);
        expect(afterCsv.status).toBe(401);

        // An expired token is refused the same way.
        const expiring = (
          await t.ok(CREATE_TOKEN, { input: { name: 'Caduca', expiresAt: inDays(1) } }, facilitator)
        ).createApiToken;
        await db.query(
          `UPDATE api_tokens SET expires_at = now() - interval '1 second' WHERE id = $1`,
          [expiring.token.id],
        );
        const expired = await t.gql(REPORT, { c }, { token: expiring.secret });
        expect(expired.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
      } finally {
        await db.end();
      }

      const listed = (
        await t.ok(
          `{ me { apiTokens(first: 100) { nodes { id name active revokedAt } } } }`,
          {},
          facilitator,
        )
      ).me.apiTokens.nodes;
      expect(listed.find((x: { id: string }) => x.id === created.token.id)).toMatchObject({
        active: false,
      });
      expect(JSON.stringify(listed)).not.toContain('alzr_');
      const others = (
        await t.ok(`{ me { apiTokens(first: 100) { nodes { id } } } }`, {}, otherFacilitator)
      ).me.apiTokens.nodes;
      expect(others.map((x: { id: string }) => x.id)).not.toContain(created.token.id);
    });

    it('refuses a past or too distant expiry and an empty name, creating nothing', async () => {
      const before = (await t.ok(`{ me { apiTokens(first: 100) { nodes { id } } } }`, {}, owners.C))
        .me.apiTokens.nodes.length;
      for (const input of [
        { name: 'Pasado', expiresAt: inDays(-1) },
        { name: 'Eterno', expiresAt: inDays(400) },
        { name: '   ', expiresAt: inDays(5) },
      ]) {
        const res = await t.gql(CREATE_TOKEN, { input }, owners.C);
        expect(res.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
      }
      expect(
        (await t.ok(`{ me { apiTokens(first: 100) { nodes { id } } } }`, {}, owners.C)).me.apiTokens
          .nodes,
      ).toHaveLength(before);
    });

    describe('limited to persisted queries', () => {
      const SUMMARY =
        'query Summary($c: ID!) { collaborationReport(collaborationId: $c) { title status } }';
      const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
      /** A GraphQL request as an integrator's client sends it, with extensions. */
      const send = async (body: Record<string, unknown>, secret: string) => {
        const res = await t.http
          .post('/graphql')
          .set('content-type', 'application/json')
          .set('authorization', `Bearer ${secret}`)
          .send(body);
        return res.body as {
          data?: Record<string, any> | null;
          errors?: { message: string; extensions: { code: string } }[];
        };
      };
      const persisted = (hash: string) => ({ persistedQuery: { version: 1, sha256Hash: hash } });

      it('runs its queries by hash alone or as text, and refuses every other document', async () => {
        const created = (
          await t.ok(
            `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret token { id operations { sha256Hash document } } } }`,
            { input: { name: 'Cuadro de mando', expiresAt: inDays(30), operations: [SUMMARY] } },
            facilitator,
          )
        ).createApiToken;
        expect(created.token.operations).toEqual([
          { sha256Hash: sha256(SUMMARY), document: SUMMARY },
        ]);
        const secret = created.secret as string;

        // By hash alone, although no instance has seen the text yet.
        const byHash = await send(
          { extensions: persisted(sha256(SUMMARY)), variables: { c } },
          secret,
        );
        expect(byHash.errors).toBeUndefined();
        expect(byHash.data?.collaborationReport).toMatchObject({ status: expect.any(String) });
        // As its text, with or without the hash.
        expect((await send({ query: SUMMARY, variables: { c } }, secret)).errors).toBeUndefined();

        // Another report, even one a plain reporting token may run, is refused before it runs.
        const other = await send({ query: REPORT, variables: { c } }, secret);
        expect(other.data ?? null).toBeNull();
        expect(other.errors?.[0]).toMatchObject({
          message: 'This reporting token runs only its persisted queries.',
          extensions: { code: 'FORBIDDEN' },
        });
        // Also when another client made its hash known to the instance first.
        expect((await t.gql(REPORT, { c }, facilitator)).errors).toBeUndefined();
        await send(
          { query: REPORT, variables: { c }, extensions: persisted(sha256(REPORT)) },
          (
            await t.ok(
              CREATE_TOKEN,
              { input: { name: 'Abierto', expiresAt: inDays(2) } },
              facilitator,
            )
          ).createApiToken.secret,
        );
        const known = await send(
          { extensions: persisted(sha256(REPORT)), variables: { c } },
          secret,
        );
        expect(known.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
        // A whitespace change is another document.
        const reformatted = await send({ query: `${SUMMARY} `, variables: { c } }, secret);
        expect(reformatted.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
        // An unknown hash is not found, as the protocol says.
        const unknown = await send({ extensions: persisted(sha256('query { nothing }')) }, secret);
        expect(unknown.errors?.[0]?.extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
      });

      it('refuses a mutation, bad GraphQL or an empty list, naming the query, and creates nothing', async () => {
        const before = (
          await t.ok(`{ me { apiTokens(first: 100) { nodes { id } } } }`, {}, owners.C)
        ).me.apiTokens.nodes.length;
        for (const [operations, field, message] of [
          [
            [SUMMARY, 'mutation { logout }'],
            'operations.1',
            /Persisted query 2 must hold exactly one query/,
          ],
          [['query {'], 'operations.0', /Persisted query 1 is not valid GraphQL/],
          [[], 'operations', /between 1 and 50/],
        ] as const) {
          const res = await t.gql(
            CREATE_TOKEN,
            { input: { name: 'Mal', expiresAt: inDays(5), operations } },
            owners.C,
          );
          expect(res.errors?.[0]?.extensions).toMatchObject({
            code: 'BAD_USER_INPUT',
            details: { field },
          });
          expect(res.errors?.[0]?.message).toMatch(message);
        }
        expect(
          (await t.ok(`{ me { apiTokens(first: 100) { nodes { id } } } }`, {}, owners.C)).me
            .apiTokens.nodes,
        ).toHaveLength(before);
      });
    });
  });

  it('adds the evaluation results once the collaboration is closed', async () => {
    const move = (status: string, overrideReason?: string) =>
      t.ok(
        `mutation($c: ID!, $s: CollaborationStatus!, $o: String) { changeCollaborationStatus(collaborationId: $c, input: { status: $s, overrideReason: $o }) { status } }`,
        { c, s: status, o: overrideReason ?? null },
        facilitator,
      );
    await move('CLOSING');
    const EVALUATE = `mutation($c: ID!, $input: EvaluationInput!) { submitEvaluation(collaborationId: $c, input: $input) { id } }`;
    await t.ok(
      EVALUATE,
      {
        c,
        input: {
          objectiveRatings: [{ objectiveId: objective, rating: 4 }],
          peerRatings: [{ organizationId: orgs.B, rating: 5 }],
        },
      },
      owners.A,
    );
    await t.ok(
      EVALUATE,
      {
        c,
        input: {
          objectiveRatings: [{ objectiveId: objective, rating: 1 }],
          peerRatings: [{ organizationId: orgs.A, rating: 3 }],
        },
      },
      owners.B,
    );
    await move('CLOSED', 'C no evaluó a tiempo');
    const { collaborationReport: r } = await t.ok(REPORT, { c }, facilitator);
    // Objective: (4 + 1) / 2 = 2.5; A rated 3 by B, B rated 5 by A.
    expect(r.evaluation).toEqual({
      evaluations: 2,
      facilitatorAssessed: false,
      objectives: [{ title: 'Ahorrar en harina', ratings: 2, average: 2.5 }],
      peers: expect.arrayContaining([
        { name: names.A, ratings: 1, average: 3 },
        { name: names.B, ratings: 1, average: 5 },
      ]),
    });
    expect(r.status).toBe('CLOSED');
  });

  it('gives the sealed final statement as a PDF to whoever may read it, with the seal as stored', async () => {
    const stored = (
      await t.ok(
        `query($c: ID!) { collaboration(id: $c) { finalStatement { hash } } }`,
        { c },
        facilitator,
      )
    ).collaboration.finalStatement;
    const db = new Client({ connectionString: process.env.ALIANZA_TEST_DATABASE_URL });
    await db.connect();
    try {
      const row = await db.query(`SELECT hash FROM final_statements WHERE collaboration_id = $1`, [
        c,
      ]);
      expect(row.rows[0].hash).toBe(stored.hash);
    } finally {
      await db.end();
    }
    for (const reader of [facilitator, owners.A]) {
      const file = await download(`/collaborations/${c}/final-statement.pdf`, reader);
      expect(file.status).toBe(200);
      expect(file.type).toBe('application/pdf');
      expect(file.disposition).toContain(encodeURIComponent('Balance final - Informe del pan - '));
      const text = (await pageTexts(file.body)).join('\n');
      expect(text).toContain('Balance final: Informe del pan');
      expect(text).toContain('Debe y haber por organización');
      for (const key of ['A', 'B'] as const) expect(text).toContain(names[key]);
      expect(text).toContain('-70,00 pts');
      expect(text).toContain('Hitos hechos: 0 de 2');
      // The seal printed is the one stored, and the only fingerprint in the text.
      expect(text.match(/\b[0-9a-f]{64}\b/g)).toEqual([stored.hash]);

      // The sealed content travels inside: its SHA-256 is the seal.
      const doc = await PDFDocument.load(file.body);
      const files = doc.catalog
        .lookup(PDFName.of('Names'), PDFDict)
        .lookup(PDFName.of('EmbeddedFiles'), PDFDict)
        .lookup(PDFName.of('Names'), PDFArray);
      const stream = files
        .lookup(1, PDFDict)
        .lookup(PDFName.of('EF'), PDFDict)
        .lookup(PDFName.of('F')) as PDFRawStream;
      const attached = Buffer.from(decodePDFRawStream(stream).decode());
      expect(createHash('sha256').update(attached).digest('hex')).toBe(stored.hash);
    }
    const english = await download(`/collaborations/${c}/final-statement.pdf?lang=en`, owners.B);
    const englishText = (await pageTexts(english.body)).join('\n');
    expect(englishText).toContain('Final statement: Informe del pan');
    expect(englishText).toContain('Give and take per organization');

    // Not for the outsiders of the collaboration, nor for reporting tokens.
    for (const outsider of [otherFacilitator, owners.D])
      expect([403, 404]).toContain(
        (await download(`/collaborations/${c}/final-statement.pdf`, outsider)).status,
      );
    expect((await download(`/collaborations/${c}/final-statement.pdf`, null)).status).toBe(401);
    const token = (
      await t.ok(CREATE_TOKEN, { input: { name: 'Cierre', expiresAt: inDays(3) } }, owners.A)
    ).createApiToken.secret;
    expect((await download(`/collaborations/${c}/final-statement.pdf`, { token })).status).toBe(
      403,
    );
  });
});
