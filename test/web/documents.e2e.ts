// Issue 16's story in the browser, in Spanish (docs/adr/0029–0033): Panadería attaches a
// 12-page cost study and a price list to an item and asks to share both with Molino and
// Transportes; the facilitator gives Molino pages 1–5 (and the price list), Transportes the
// whole study to view only, and withholds the price list from it. Each views its own stamped copy
// in the portal's viewer, Molino downloads it, Panadería sees who opened it, a fourth company
// gets nothing, and once Molino's access is revoked its link answers 404.
import { expect, test, type Locator, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { dirname } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { bearerToken, graphql, signOut } from './support/api';
import { DEMO, expectNoMissingTranslations, signUp, signedInPage, webUrl } from './support/pages';

const RUN = Date.now().toString(36);
const ITEM = `Costes de la harina ${RUN}`;
const STUDY = 'Estudio de costes.pdf';
const PRICES = 'Lista de precios.xlsx';
const PAGES = 12;
const marker = (page: number) => `estudio-pagina-${page}-de-${PAGES}`;
const OUTSIDER = { email: `owner-${RUN}@horno.test`, name: `Horno Vecino ${RUN}` };

const NOTHING_SHARED =
  'Todavía nadie ha compartido información con vuestra organización en esta colaboración.';

const ORG = {
  molino: 'Molino del Sur',
  transportes: 'Transportes Rápidos',
} as const;

/** The cost study: page n says `marker(n)`. */
async function costStudy(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let page = 1; page <= PAGES; page += 1) {
    const drawn = doc.addPage();
    drawn.drawText(`Estudio de costes, pagina ${page}`, { x: 50, y: 740, size: 18, font });
    drawn.drawText(marker(page), { x: 50, y: 700, size: 12, font });
  }
  return Buffer.from(await doc.save());
}

async function priceList(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('Precios').addRows([
    ['producto', 'precio (€/kg)'],
    ['Harina T65', 0.62],
    ['Harina de espelta', 1.1],
  ]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The text of each page of a PDF, as pdf.js reads it. */
async function pageTexts(pdf: Buffer): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({
    data: new Uint8Array(pdf),
    isEvalSupported: false,
    // The stamp's Helvetica, from pdf.js's own font data (else it warns for each document).
    standardFontDataUrl: `${dirname(require.resolve('pdfjs-dist/package.json'))}/standard_fonts/`,
  }).promise;
  const texts: string[] = [];
  for (let n = 1; n <= doc.numPages; n += 1) {
    const content = await (await doc.getPage(n)).getTextContent();
    texts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await doc.destroy();
  return texts;
}

/**
 * A new collaboration, active, with the three demo companies and one more (the outsider), made
 * through the API: not the screens under test. Its id.
 */
async function collaborationWithFourCompanies(): Promise<string> {
  await signUp(OUTSIDER.email, 'Hugo Hornero');
  const emails = [DEMO.panaderia, DEMO.molino, DEMO.transportes, OUTSIDER.email];
  const facilitator = await bearerToken(DEMO.facilitator);
  const owners = await Promise.all(emails.map(bearerToken));
  const { createOrganization } = await graphql(
    'mutation($n: String!) { createOrganization(input: { name: $n, kind: COMPANY }) { id } }',
    { n: OUTSIDER.name },
    owners[3],
  );
  const { createCollaboration } = await graphql(
    `
      mutation ($t: String!) {
        createCollaboration(input: { title: $t, objective: "Compartir costes" }) {
          id
        }
      }
    `,
    { t: `Documentos compartidos ${RUN}` },
    facilitator,
  );
  const id: string = createCollaboration.id;
  const { publishGroundRules } = await graphql(
    `
      mutation ($c: ID!) {
        publishGroundRules(
          collaborationId: $c
          input: {
            body: "Lo que se comparte aquí no sale de aquí."
            thirdPartyRules: "Nada a terceros."
          }
        ) {
          id
        }
      }
    `,
    { c: id },
    facilitator,
  );
  for (const [n, owner] of owners.entries()) {
    const organizationId =
      n === 3
        ? createOrganization.id
        : (await graphql('{ organizations(mine: true) { nodes { id } } }', {}, owner)).organizations
            .nodes[0].id;
    const { inviteOrganization } = await graphql(
      'mutation($c: ID!, $o: ID!) { inviteOrganization(collaborationId: $c, input: { organizationId: $o }) { id } }',
      { c: id, o: organizationId },
      facilitator,
    );
    await graphql(
      'mutation($p: ID!, $v: ID!) { acceptGroundRules(participationId: $p, groundRulesVersionId: $v) { id } }',
      { p: inviteOrganization.id, v: publishGroundRules.id },
      owner,
    );
  }
  await graphql(
    'mutation($c: ID!) { changeCollaborationStatus(collaborationId: $c, input: { status: ACTIVE }) { id } }',
    { c: id },
    facilitator,
  );
  await Promise.all([facilitator, ...owners].map(signOut));
  return id;
}

/** For a screen's first sight: its first load fetches code and data, slow on a busy machine. */
const SLOW = { timeout: 45_000 };

/** Goes to `url` and waits until `ready` shows there. */
async function visit(page: Page, url: string, ready: Locator): Promise<void> {
  await page.goto(url);
  await expect(ready).toBeVisible(SLOW);
}

/**
 * Opens a shared document in the portal's viewer and waits for its first page to be drawn; the
 * address the viewer fetched (the stamped copy's).
 */
async function view(page: Page, shared: Locator, name: string, label: string): Promise<string> {
  const fetched = page.waitForResponse((r) => /\/grants\/[^/]+\/files\/[^/?]+$/.test(r.url()));
  await shared.getByRole('button', { name: `Ver ${name}` }).click();
  const response = await fetched;
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/pdf');
  const viewer = page.getByRole('dialog', { name });
  // The first document shown brings pdf.js and its worker.
  await expect(viewer.getByTestId('pdf-page-label')).toHaveText(label, SLOW);
  const canvas = viewer.getByRole('img', { name: label });
  await expect(canvas).toBeVisible();
  await expect(viewer.getByLabel('Dibujando la página…')).toHaveCount(0);
  await expect(viewer.getByRole('alert')).toHaveCount(0);
  // Drawn, not blank: the page's text (and the stamp) put dark pixels on the canvas.
  const dark = await canvas.evaluate((element) => {
    const c = element as HTMLCanvasElement;
    const pixels = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    let count = 0;
    for (let i = 0; i < pixels.length; i += 4) if (pixels[i]! < 128 && pixels[i + 3]! > 0) count++;
    return count;
  });
  expect(dark).toBeGreaterThan(100);
  return response.url();
}

test('a cost study shared in part, viewed stamped, traced and revoked', async ({ browser }) => {
  test.setTimeout(300_000);
  const collaborationId = await collaborationWithFourCompanies();
  const portal = (path: string) => webUrl(`/portal/c/${collaborationId}/${path}`);

  // 1. Panadería writes the item with both documents, uploaded from its disk.
  const owner = await signedInPage(browser, DEMO.panaderia);
  const create = owner.getByRole('button', { name: 'Nueva información' });
  await visit(owner, portal('items'), create);
  await create.click();
  const editor = owner.getByRole('dialog');
  await editor.getByLabel(/^Área/).click();
  await owner.getByRole('option', { name: 'Costes' }).click();
  await editor.getByLabel(/^Título/).fill(ITEM);
  await editor
    .getByLabel(/^Texto/)
    .fill('El estudio de costes del obrador y nuestra lista de precios.');
  await editor.getByLabel('Documentos', { exact: true }).setInputFiles([
    { name: STUDY, mimeType: 'application/pdf', buffer: await costStudy() },
    {
      name: PRICES,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await priceList(),
    },
  ]);
  await expect(editor.getByRole('button', { name: `Quitar ${STUDY}` })).toBeVisible();
  await expect(editor.getByRole('button', { name: `Quitar ${PRICES}` })).toBeVisible();
  await editor.getByRole('button', { name: 'Crear información' }).click();
  await expect(editor).toBeHidden();

  // 2. It asks to share both, whole and downloadable, with Molino and Transportes.
  const card = owner.getByRole('article', { name: ITEM });
  await card.getByRole('button', { name: 'Pedir compartir' }).click();
  const share = owner.getByRole('dialog');
  await share.getByRole('radio', { name: 'Organizaciones concretas' }).check();
  await share.getByLabel(/^Organizaciones destinatarias/).click();
  await owner.getByRole('option', { name: ORG.molino }).click();
  await owner.getByRole('option', { name: ORG.transportes }).click();
  await owner.keyboard.press('Escape');
  for (const name of [STUDY, PRICES]) {
    await share
      .getByRole('radiogroup', { name: `Qué compartir de ${name}` })
      .getByRole('radio', { name: 'Entero' })
      .check();
  }
  for (const download of await share.getByRole('switch', { name: 'Permitir descargarlo' }).all())
    await download.check();
  await expect(share.getByTestId(/^file-summary-/)).toHaveText([
    'Entero · con descarga',
    'Entero · con descarga',
  ]);
  await share.getByRole('button', { name: 'Enviar solicitud' }).click();
  await expect(share.getByText('Pendiente de la facilitación')).toBeVisible();
  await expectNoMissingTranslations(owner);
  await share.getByRole('button', { name: 'Cerrar' }).last().click();

  // 3. The facilitator narrows it per recipient, sees the pages each will get, and approves.
  const facilitator = await signedInPage(browser, DEMO.facilitator);
  const review = facilitator.getByRole('button', { name: `Revisar «${ITEM}»` });
  await visit(facilitator, webUrl(`/console/c/${collaborationId}/queue`), review);
  await review.click();
  const recipients = facilitator.getByRole('tablist', { name: 'Destinatarios' });
  await expect(recipients).toBeVisible(SLOW);

  await recipients.getByRole('tab', { name: ORG.molino }).click();
  await facilitator
    .getByRole('radiogroup', { name: `Qué recibe ${ORG.molino} de «${STUDY}»` })
    .getByRole('radio', { name: 'Menos páginas' })
    .check();
  await facilitator.getByLabel(`Páginas de «${STUDY}» para ${ORG.molino}`).fill('1-5');

  await recipients.getByRole('tab', { name: ORG.transportes }).click();
  await facilitator.getByRole('checkbox', { name: `Permitir la descarga de «${STUDY}»` }).uncheck();
  await facilitator
    .getByRole('radiogroup', { name: `Qué recibe ${ORG.transportes} de «${PRICES}»` })
    .getByRole('radio', { name: 'Retener' })
    .check();

  const molinoGets = facilitator.getByRole('region', { name: `Lo que verá ${ORG.molino}` });
  await expect(molinoGets.getByText('páginas 1–5 de 12 · descarga')).toBeVisible();
  await expect(molinoGets.getByText('completo · descarga')).toBeVisible();
  await expect(molinoGets.locator('figcaption')).toHaveText(
    [1, 2, 3, 4, 5].map((n) => `Página ${n}`),
  );
  await expect(molinoGets.getByRole('img', { name: 'Página 1 de 12' })).toBeVisible();
  const transportesGets = facilitator.getByRole('region', {
    name: `Lo que verá ${ORG.transportes}`,
  });
  await expect(transportesGets.getByText('completo · solo ver')).toBeVisible();
  await expect(transportesGets.getByText('retenido')).toBeVisible();
  await expect(transportesGets.locator('figcaption')).toHaveCount(PAGES);
  await expectNoMissingTranslations(facilitator);
  await facilitator.getByRole('button', { name: 'Aprobar' }).click();
  await expect(facilitator.getByText('Solicitud aprobada')).toBeVisible();

  // 4. Molino views pages 1–5 of its stamped copy, and downloads it.
  const molino = await signedInPage(browser, DEMO.molino);
  const atMolino = molino.getByRole('article', { name: ITEM });
  await visit(molino, portal('shared'), atMolino);
  await expect(atMolino.getByText('Páginas 1–5 (5 páginas)')).toBeVisible();
  await expect(atMolino.getByText(PRICES)).toBeVisible();
  const molinoUrl = await view(molino, atMolino, STUDY, 'Página 1 de 5 (página 1 del original)');
  await molino
    .getByRole('dialog', { name: STUDY })
    .getByRole('button', { name: 'Página siguiente' })
    .click();
  await expect(
    molino.getByRole('img', { name: 'Página 2 de 5 (página 2 del original)' }),
  ).toBeVisible();
  await molino.keyboard.press('Escape');
  const download = atMolino.getByRole('link', { name: `Descargar ${STUDY}` });
  const copy = await molino.request.get(webUrl((await download.getAttribute('href'))!));
  expect(copy.status()).toBe(200);
  expect(copy.headers()['content-disposition']).toMatch(/^attachment/);
  const pdf = await copy.body();
  expect((await PDFDocument.load(pdf)).getPageCount()).toBe(5);
  const texts = await pageTexts(pdf);
  for (const [n, text] of texts.entries()) {
    expect(text).toContain(marker(n + 1));
    expect(text).toContain(ORG.molino);
    expect(text).toContain('Olga Molinera');
  }
  expect(texts.join(' ')).not.toContain(marker(6));
  await expect(atMolino.getByRole('link', { name: `Descargar ${PRICES}` })).toBeVisible();
  await expectNoMissingTranslations(molino);

  // 5. Transportes views all 12 pages, may not download, and never sees the price list.
  const transportes = await signedInPage(browser, DEMO.transportes);
  const atTransportes = transportes.getByRole('article', { name: ITEM });
  await visit(transportes, portal('shared'), atTransportes);
  await expect(atTransportes.getByText('12 páginas')).toBeVisible();
  await expect(atTransportes.getByText('Solo ver')).toBeVisible();
  await expect(atTransportes.getByText(PRICES)).toHaveCount(0);
  await expect(atTransportes.getByRole('link', { name: /^Descargar/ })).toHaveCount(0);
  const transportesUrl = await view(transportes, atTransportes, STUDY, 'Página 1 de 12');
  const refused = await transportes.request.get(`${transportesUrl}?download=1`);
  expect(refused.status()).toBe(403);
  const stamped = await pageTexts(await (await transportes.request.get(transportesUrl)).body());
  expect(stamped).toHaveLength(PAGES);
  expect(stamped[11]).toContain(ORG.transportes);
  expect(stamped.join(' ')).not.toContain(ORG.molino);

  // 6. Panadería sees who opened its study: Olga of Molino (viewed and downloaded pages 1–5),
  // Transportes (viewed).
  const who = card.getByRole('button', { name: `Quién ha abierto ${STUDY}` });
  await visit(owner, portal('items'), who);
  await who.click();
  // A row per opening (the viewer may fetch a copy more than once: each fetch is recorded).
  const opened = (organization: string, kind: string) =>
    card.getByRole('row').filter({ hasText: organization }).filter({ hasText: kind }).first();
  await expect(opened(ORG.molino, 'Lo descargó')).toContainText('1–5');
  await expect(opened(ORG.molino, 'Lo descargó')).toContainText('Olga Molinera');
  await expect(opened(ORG.molino, 'Lo vio')).toContainText('1–5');
  await expect(opened(ORG.transportes, 'Lo vio')).toContainText('Todas');
  await expect(opened(ORG.transportes, 'Lo descargó')).toHaveCount(0);
  await expectNoMissingTranslations(owner);

  // 7. A fourth company in the collaboration gets nothing, not even through the address.
  const outsider = await signedInPage(browser, OUTSIDER.email);
  await visit(outsider, portal('shared'), outsider.getByText(NOTHING_SHARED));
  await expect(outsider.getByRole('article')).toHaveCount(0);
  expect((await outsider.request.get(molinoUrl)).status()).toBe(404);

  // 8. The facilitator revokes Molino's access: its link answers 404, Transportes' still works.
  const revoke = facilitator.getByRole('button', {
    name: `Revocar el acceso de ${ORG.molino} a «${ITEM}»`,
  });
  await visit(facilitator, webUrl(`/console/c/${collaborationId}/grants`), revoke);
  await revoke.click();
  await facilitator.getByRole('dialog').getByRole('button', { name: 'Revocar acceso' }).click();
  await expect(facilitator.getByText(/^Acceso .* revocado$/)).toBeVisible();
  expect((await molino.request.get(molinoUrl)).status()).toBe(404);
  await molino.reload();
  await expect(molino.getByText(NOTHING_SHARED)).toBeVisible(SLOW);
  await expect(atMolino).toHaveCount(0);
  expect((await transportes.request.get(transportesUrl)).status()).toBe(200);

  for (const page of [owner, facilitator, molino, transportes, outsider])
    await page.context().close();
});
