// Reports and reporting API tokens in the browser, on the demo data: the facilitator reads the
// demo collaboration's report, downloads it as Excel and finds the same figures; creates an API
// token, reads the secret once, uses it as a program would (GraphQL and CSV), revokes it and
// the program is refused; then limits a token to one persisted query, which the program runs by
// its hash, and nothing else. A company reads its own organization's report.
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import {
  DEMO,
  expectNoMissingTranslations,
  screen,
  setLanguage,
  signIn,
  webUrl,
} from './support/pages';
import { parseCsv } from '../api/support/csv';

const COLLABORATION = 'Alianza del pan de barrio';
const TOKEN = `Panel de la junta ${Date.now().toString(36)}`;

/** The value of one figure of the collaboration report's CSV (section, metric, subject name). */
function csvValue(rows: string[][], section: string, metric: string, subject = ''): string {
  const header = rows[0] ?? [];
  const at = (name: string) => header.indexOf(name);
  const found = rows.find(
    (r) =>
      r[at('section')] === section && r[at('metric')] === metric && r[at('subject')] === subject,
  );
  if (!found) throw new Error(`No ${section}/${metric}/${subject} in the CSV`);
  return found[at('value')] ?? '';
}

/** "10 pts", "1.250,50 €" → 10, 1250.5 (Spanish screen numbers). */
function screenNumber(text: string): number {
  return Number(text.replace(/[^\d,-]/g, '').replace(',', '.'));
}

async function nav(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name }).click();
}

test.describe.configure({ mode: 'serial' });

test('the facilitator reads the report, downloads the same figures, and reads them with a revocable token', async ({
  browser,
  request,
}) => {
  test.setTimeout(240_000);
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await signIn(page, 'console', DEMO.facilitator);

  // The portfolio: one row per collaboration the facilitator runs.
  await nav(page, 'Cartera');
  const portfolio = page.getByRole('table', {
    name: 'Tus colaboraciones, con sus cifras principales',
  });
  await expect(portfolio.getByRole('row', { name: new RegExp(COLLABORATION) })).toBeVisible();
  await expect(
    page.getByRole('link', { name: 'Descargar la cartera como hoja de Excel' }),
  ).toHaveAttribute('href', /^\/reports\/portfolio\.xlsx\?lang=es/);
  await expect(page.getByRole('link', { name: /^Descargar la cartera como CSV/ })).toHaveAttribute(
    'href',
    /^\/reports\/portfolio\.csv\?lang=es/,
  );

  // The collaboration's report, from the portfolio row.
  await portfolio.getByRole('link', { name: COLLABORATION }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Informe' })).toBeVisible();
  const collaborationId = /\/c\/([0-9a-f-]{36})\/report/.exec(page.url())?.[1];
  expect(collaborationId).toBeTruthy();

  const participation = page.getByRole('region', { name: 'Participación y reglas del juego' });
  await expect(
    participation.getByText('Participan', { exact: true }).locator('xpath=..'),
  ).toContainText('3');
  const balances = page.getByRole('table', {
    name: 'Lo dado, lo recibido y el saldo de cada organización',
  });
  const molino = balances.getByRole('row', { name: /^Molino del Sur/ });
  await expect(molino.getByRole('cell').first()).toHaveText('10 pts');
  const molinoGiven = screenNumber(await molino.getByRole('cell').first().innerText());
  const pair = page
    .getByRole('table', { name: 'Quién dio a quién, de mayor a menor valor' })
    .getByRole('row', { name: /^Molino del Sur/ });
  await expect(pair).toContainText('Panadería La Espiga');
  await expect(page.getByRole('region', { name: 'Divulgaciones' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Plan de acción' })).toContainText(
    'Coste de la harina',
  );
  await expect(page.getByRole('region', { name: 'Evaluación' })).toContainText(
    'cuando la colaboración se cierra',
  );
  await expectNoMissingTranslations(page);
  await screen(page, 'es', '20-console-report');

  // The Excel download has the figures the screen shows, in Spanish.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page
      .getByRole('link', { name: `Descargar el informe de «${COLLABORATION}» como hoja de Excel` })
      .click(),
  ]);
  expect(download.suggestedFilename()).toMatch(
    new RegExp(`^Informe - ${COLLABORATION} - \\d{4}-\\d{2}-\\d{2}\\.xlsx$`),
  );
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const ledgerRows = workbook.getWorksheet('Debe y haber')?.getSheetValues() ?? [];
  const molinoRow = ledgerRows.find((r) => Array.isArray(r) && r[1] === 'Molino del Sur') as
    ExcelJS.CellValue[] | undefined;
  expect(molinoRow?.[2]).toBe(molinoGiven);

  // The machine CSV (what programs read) has the same figures.
  const machine = await page.request.get(webUrl(`/reports/collaborations/${collaborationId}.csv`));
  const csv = parseCsv(await machine.text());
  expect(csv[0]).toEqual([
    'section',
    'metric',
    'subject',
    'subject_id',
    'counterpart',
    'counterpart_id',
    'value',
  ]);
  expect(Number(csvValue(csv, 'participation', 'accepted'))).toBe(3);
  expect(Number(csvValue(csv, 'ledger_balance', 'given', 'Molino del Sur'))).toBe(molinoGiven);
  expect(Number(csvValue(csv, 'ledger', 'confirmed_value'))).toBe(molinoGiven);

  // An API token, from the user menu: the secret is shown once.
  await page.getByRole('button', { name: /^Sesión de / }).click();
  await page.getByRole('menuitem', { name: 'Tokens de la API' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tokens de la API' })).toBeVisible();
  await page.getByRole('textbox', { name: /^Nombre/ }).fill(TOKEN);
  await page.getByRole('button', { name: 'Crear token' }).click();
  const reveal = page.getByRole('alert').filter({ hasText: 'no se volverá a mostrar' });
  const secretBox = reveal.getByRole('textbox', { name: `Token secreto «${TOKEN}»` });
  await expect(secretBox).toHaveValue(/^alzr_/);
  const secret = await secretBox.inputValue();
  await expect(reveal.getByRole('button', { name: 'Copiar el token' })).toBeVisible();
  const row = page.getByRole('row', { name: new RegExp(TOKEN) });
  await expect(row.getByText('Activo')).toBeVisible();
  await expect(row).toContainText(secret.slice(0, 12));
  await screen(page, 'es', '21-console-api-token-created');
  await reveal.getByRole('button', { name: 'Ya lo he guardado' }).click();
  await expect(page.getByText(secret)).toHaveCount(0);

  // A program with the token (no cookie): the CSV and the GraphQL report, same numbers.
  const csvUrl = webUrl(`/reports/collaborations/${collaborationId}.csv`);
  const bearer = { authorization: `Bearer ${secret}` };
  const withToken = await request.get(csvUrl, { headers: bearer });
  expect(withToken.status()).toBe(200);
  const tokenCsv = parseCsv(await withToken.text());
  expect(Number(csvValue(tokenCsv, 'ledger_balance', 'given', 'Molino del Sur'))).toBe(molinoGiven);
  const graphql = await request.post(webUrl('/graphql'), {
    headers: bearer,
    data: {
      query: `query($id: ID!) { collaborationReport(collaborationId: $id) {
        participation { accepted } ledger { organizations { name given } } } }`,
      variables: { id: collaborationId },
    },
  });
  expect(graphql.status()).toBe(200);
  const report = (await graphql.json()).data.collaborationReport;
  expect(report.participation.accepted).toBe(
    Number(csvValue(tokenCsv, 'participation', 'accepted')),
  );
  const molinoOnApi = report.ledger.organizations.find(
    (o: { name: string }) => o.name === 'Molino del Sur',
  );
  expect(Number(molinoOnApi.given)).toBe(molinoGiven);

  // Revoked in the screen (after confirming): the same program is refused at once.
  await row.getByRole('button', { name: `Revocar el token «${TOKEN}»` }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Revocar token' }).click();
  await expect(row.getByText('Revocado', { exact: true })).toBeVisible();
  await expect(row.getByRole('button')).toHaveCount(0);
  const afterRevoke = await request.get(csvUrl, { headers: bearer });
  expect(afterRevoke.status()).toBe(401);

  // A token limited to one persisted query, picked among the examples: the program sends its
  // hash alone; any other query is refused.
  const LIMITED = `Cartera ${Date.now().toString(36)}`;
  await page.getByRole('textbox', { name: /^Nombre/ }).fill(LIMITED);
  await page.getByRole('checkbox', { name: /Solo para unas consultas fijas/ }).check();
  await page.getByRole('button', { name: 'Añadir un ejemplo' }).click();
  await page.getByRole('menuitem', { name: 'Cartera de colaboraciones' }).click();
  const portfolioQuery = await page.getByRole('textbox', { name: /^Consulta 1/ }).inputValue();
  await screen(page, 'es', '21-console-api-token-persisted-form');
  await page.getByRole('button', { name: 'Crear token' }).click();
  const limitedSecret = await reveal
    .getByRole('textbox', { name: `Token secreto «${LIMITED}»` })
    .inputValue();
  await reveal.getByRole('button', { name: 'Ya lo he guardado' }).click();
  const limitedRow = page.getByRole('row', { name: new RegExp(LIMITED) });
  await limitedRow.getByRole('button', { name: /Ver la consulta del token/ }).click();
  const hash = createHash('sha256').update(portfolioQuery).digest('hex');
  await expect(page.getByRole('dialog').getByText(hash, { exact: true })).toBeVisible();
  await screen(page, 'es', '21-console-api-token-persisted-queries');
  await page.keyboard.press('Escape');
  const limitedBearer = { authorization: `Bearer ${limitedSecret}` };
  const byHash = await request.post(webUrl('/graphql'), {
    headers: limitedBearer,
    data: { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } },
  });
  const answered = await byHash.json();
  expect(answered.errors).toBeUndefined();
  expect(answered.data.portfolioReport.map((r: { title: string }) => r.title)).toContain(
    COLLABORATION,
  );
  const other = await request.post(webUrl('/graphql'), {
    headers: limitedBearer,
    data: { query: '{ portfolioReport { title } }' },
  });
  expect((await other.json()).errors[0].extensions.code).toBe('FORBIDDEN');

  await setLanguage(page, 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'API tokens' })).toBeVisible();
  await expect(row.getByText('Revoked', { exact: true })).toBeVisible();
  await expectNoMissingTranslations(page);
  await screen(page, 'en', '21-console-api-tokens');
  await context.close();
});

test('a company reads its own organization’s report and downloads it', async ({ browser }) => {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await signIn(page, 'portal', DEMO.panaderia);
  await nav(page, 'Informe de mi organización');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Informe de mi organización' }),
  ).toBeVisible();
  const table = page.getByRole('table', { name: 'Cifras de Panadería La Espiga por colaboración' });
  const row = table.getByRole('row', { name: new RegExp(COLLABORATION) });
  // Molino's 10 points, confirmed by the bakery: received 10, given 0, balance −10.
  await expect(row.getByRole('cell').nth(1)).toContainText('10 pts');
  await expect(row.getByRole('cell').nth(2)).toHaveText('-10 pts');
  await expectNoMissingTranslations(page);
  await screen(page, 'es', '22-portal-organization-report');

  // The CSV for a Spanish Excel: semicolons, decimal comma, Spanish headers.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page
      .getByRole('link', { name: /^Descargar el informe de «Panadería La Espiga» como CSV/ })
      .click(),
  ]);
  const csv = parseCsv(readFileSync(await download.path(), 'utf8'), ';');
  const header = csv[0] ?? [];
  const line = csv.find((r) => r[header.indexOf('Colaboración')] === COLLABORATION);
  const spanishNumber = (text: string | undefined) => Number((text ?? '').replace(',', '.'));
  expect(spanishNumber(line?.[header.indexOf('Recibido')])).toBe(10);
  expect(spanishNumber(line?.[header.indexOf('Saldo')])).toBe(-10);
  await context.close();
});
