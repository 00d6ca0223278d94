// Overlap detection on declared activity, in the browser, on the demo collaboration: the
// facilitator sets the option lists of an area, Panadería and Molino declare their activity and
// upload their customer lists (identifiers written differently), the console shows what they
// share and how many customers — and the facilitator declares the overlap. Neither company's
// portal shows anything of the other's.
import { expect, test, type Browser, type Page } from '@playwright/test';
import {
  DEMO,
  expectNoMissingTranslations,
  screen,
  setLanguage,
  signIn,
  webUrl,
} from './support/pages';

const RUN = Date.now().toString(36);
const DEMO_COLLABORATION = 'Alianza del pan de barrio';
const AREA = 'Ideas de mercado';
const MARKETS = [`Andalucía ${RUN}`, `Madrid ${RUN}`];
const PRODUCTS = [`Pan de masa madre ${RUN}`, `Bollería ${RUN}`];
const DOMAIN = `acme-${RUN}.es`;
const PRIVATE_NOTE = `Las dos venden harina a los mismos obradores ${RUN}`;
const SHARED_NOTE = `Coincidís en un mercado: lo que compartáis en esta área pasará por mí ${RUN}`;
const MAIL_DOMAIN = `hornos-${RUN}.es`;
/** Panadería writes them one way… */
const PANADERIA_FILE = [
  'NIF;Nombre',
  'B-1234.5678;Harinas del Norte',
  `https://www.${DOMAIN}/contacto`,
  `compras@${MAIL_DOMAIN}`,
  'Z-1111.1111;Solo nuestro',
].join('\n');
/** …Molino another: three of them are the same customers. */
const MOLINO_FILE = ['b12345678', DOMAIN, MAIL_DOMAIN.toUpperCase(), 'C22222222'].join('\n');

async function newPage(browser: Browser, app: 'console' | 'portal', email: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, app, email);
  return page;
}

async function openScreen(page: Page, app: 'console' | 'portal', nav: string): Promise<void> {
  await page.goto(webUrl(`/${app}/`));
  await page.getByRole('link', { name: DEMO_COLLABORATION }).first().click();
  await page.getByRole('navigation').getByRole('link', { name: nav }).click();
  await expect(page.getByRole('heading', { level: 1, name: nav })).toBeVisible();
}

async function setList(page: Page, dimension: string, labels: string[]): Promise<void> {
  await page.getByRole('button', { name: `Editar la lista «${dimension}»` }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Opciones, una por línea').fill(labels.join('\n'));
  await dialog.getByRole('button', { name: 'Guardar lista' }).click();
  await expect(page.getByText('Lista guardada').first()).toBeVisible();
  await expect(dialog).toBeHidden();
}

/** A company marks its options and uploads its customer file (made here, never on disk). */
async function declare(
  page: Page,
  options: string[],
  file: { name: string; content: string },
  accepted: string,
): Promise<void> {
  await openScreen(page, 'portal', 'Nuestra actividad');
  await expect(page.getByText('Quién ve qué')).toBeVisible();
  await expect(page.getByText(/nadie puede volver a verlo, tampoco vosotros/)).toBeVisible();
  for (const option of options) await page.getByRole('checkbox', { name: option }).check();
  await page.getByRole('button', { name: 'Guardar declaración' }).click();
  await expect(page.getByText('Declaración guardada').first()).toBeVisible();
  await page.locator('input[type="file"]').setInputFiles({
    name: file.name,
    mimeType: 'text/csv',
    buffer: Buffer.from(file.content, 'utf8'),
  });
  await page.getByRole('button', { name: 'Subir y cifrar' }).click();
  await expect(page.getByText('Lista de clientes subida').first()).toBeVisible();
  await expect(page.getByText(accepted)).toBeVisible();
}

test('declared activity and customer lists become overlaps only the facilitator sees', async ({
  browser,
}) => {
  test.setTimeout(300_000);
  // 1. The facilitator: nothing detected yet; sets the markets and products of an area.
  const facilitator = await newPage(browser, 'console', DEMO.facilitator);
  await openScreen(facilitator, 'console', 'Solapamientos detectados');
  await expect(facilitator.getByText(/Solo ves lo que coincide entre dos o más/)).toBeVisible();
  await expect(facilitator.getByText(/Aún no hay solapamientos en esta área/)).toBeVisible();
  await expect(facilitator.getByRole('combobox', { name: 'Área' })).toHaveValue(AREA);
  await setList(facilitator, 'Mercados y regiones', MARKETS);
  await setList(facilitator, 'Productos y servicios', PRODUCTS);
  await expect(facilitator.getByText(MARKETS[0]!)).toBeVisible();
  await screen(facilitator, 'es', 'activity-01-console-lists');

  // 2. Panadería and Molino declare, each in private, and upload their lists.
  const panaderia = await newPage(browser, 'portal', DEMO.panaderia);
  await declare(
    panaderia,
    [MARKETS[0]!, PRODUCTS[0]!],
    { name: 'clientes-espiga.csv', content: PANADERIA_FILE },
    '4 identificadores aceptados · 0 repetidos · 0 líneas no reconocidas',
  );
  await expectNoMissingTranslations(panaderia);
  await screen(panaderia, 'es', 'activity-02-portal-declared');
  const molino = await newPage(browser, 'portal', DEMO.molino);
  await declare(
    molino,
    [MARKETS[0]!, MARKETS[1]!],
    { name: 'clientes-molino.txt', content: MOLINO_FILE },
    '4 identificadores aceptados · 0 repetidos · 0 líneas no reconocidas',
  );

  // 3. Molino's portal shows only its own: nothing of Panadería's options, file or customers.
  await molino.reload();
  await expect(molino.getByRole('checkbox', { name: MARKETS[1]! })).toBeChecked();
  await expect(molino.getByRole('checkbox', { name: PRODUCTS[0]! })).not.toBeChecked();
  const molinoText = await molino.locator('body').innerText();
  expect(molinoText).toContain('clientes-molino.txt');
  for (const secret of ['clientes-espiga.csv', DOMAIN, MAIL_DOMAIN, 'b12345678', 'B-1234'])
    expect(molinoText).not.toContain(secret);

  // 4. The console shows what the pair shares and how many customers — three, never which.
  await facilitator.reload();
  const row = facilitator.getByRole('row', { name: /Molino del Sur y Panadería La Espiga/ });
  await expect(row.getByText(MARKETS[0]!)).toBeVisible();
  await expect(row.getByRole('cell', { name: '3', exact: true })).toBeVisible();
  await expect(row.getByText('Por revisar')).toBeVisible();
  const consoleText = await facilitator.locator('body').innerText();
  for (const secret of [DOMAIN, MAIL_DOMAIN, 'b12345678', 'clientes-espiga.csv'])
    expect(consoleText).not.toContain(secret);
  await expectNoMissingTranslations(facilitator);
  await screen(facilitator, 'es', 'activity-03-console-detected');

  // 5. The facilitator declares it: its own note (drawn from what was detected) and, apart,
  // the text the parties read.
  await row
    .getByRole('button', {
      name: 'Declarar el solapamiento entre Molino del Sur y Panadería La Espiga',
    })
    .click();
  const dialog = facilitator.getByRole('dialog');
  const own = dialog.getByLabel('Solo para ti (facilitador)');
  await expect(own).toHaveValue('Detectado en la actividad declarada.');
  await own.fill(PRIVATE_NOTE);
  await dialog.getByLabel('Lo verán las empresas implicadas').fill(SHARED_NOTE);
  await dialog.getByRole('button', { name: 'Declarar solapamiento' }).click();
  await expect(facilitator.getByText('Solapamiento declarado').first()).toBeVisible();
  await expect(row.getByText('Declarado')).toBeVisible();
  await expect(row.getByRole('button')).toHaveCount(0);
  // Panadería now sees the overlap declared with Molino and the text written for it: never the
  // facilitator's note, nor anything Molino declared.
  await panaderia.reload();
  await expect(
    panaderia.getByRole('heading', { name: 'Solapamientos declarados que os afectan' }),
  ).toBeVisible();
  await expect(panaderia.getByText(/^Con Molino del Sur · /)).toBeVisible();
  await expect(panaderia.getByText(SHARED_NOTE)).toBeVisible();
  expect(await panaderia.locator('body').innerText()).not.toContain(PRIVATE_NOTE);
  // The areas screen shows both texts to the facilitator, each under who reads it.
  await openScreen(facilitator, 'console', 'Áreas y solapamientos');
  await facilitator.getByRole('combobox', { name: 'Área' }).click();
  await facilitator.getByRole('option', { name: new RegExp(`^${AREA} · `) }).click();
  await expect(facilitator.getByRole('columnheader', { name: 'Tu nota (solo tú)' })).toBeVisible();
  await expect(facilitator.getByText(PRIVATE_NOTE)).toBeVisible();
  await expect(facilitator.getByText(SHARED_NOTE)).toBeVisible();
  await openScreen(facilitator, 'console', 'Solapamientos detectados');

  // 6. The same screen in English.
  await setLanguage(facilitator, 'en');
  await expect(
    facilitator.getByRole('heading', { level: 1, name: 'Detected overlaps' }),
  ).toBeVisible();
  await expect(
    facilitator.getByRole('columnheader', { name: 'Customers in common' }),
  ).toBeVisible();
  await expectNoMissingTranslations(facilitator);
  await screen(facilitator, 'en', 'activity-03-console-detected');
  await setLanguage(panaderia, 'en');
  await expect(panaderia.getByRole('heading', { level: 1, name: 'Our activity' })).toBeVisible();
  await expectNoMissingTranslations(panaderia);
  await screen(panaderia, 'en', 'activity-02-portal-declared');
});
