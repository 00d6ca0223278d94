// k-anonymous benchmarking in the browser, on the demo collaboration (three companies): the
// facilitator defines a round with k = 3 (warned first that the default k = 5 could never
// publish), each company submits privately (10, 20 and 40: the finding of issue 11), the
// facilitator closes, and each company sees the one figure that is safe to publish for three
// values, their average, with the screen's promise. Then a round where only two submit is withheld: the facilitator is told why,
// a company that gave sees "nothing published", the one that did not give sees nothing.
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
const COST = `Coste por envío ${RUN}`;
const ORDERS = `Pedidos semanales ${RUN}`;
const MARGIN = `Margen bruto ${RUN}`;

async function newPage(browser: Browser, app: 'console' | 'portal', email: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, app, email);
  return page;
}

/** Opens the demo collaboration's benchmarking screen. */
async function benchmarks(page: Page, app: 'console' | 'portal'): Promise<void> {
  await page.goto(webUrl(`/${app}/`));
  await page.getByRole('link', { name: DEMO_COLLABORATION }).first().click();
  await page.getByRole('navigation').getByRole('link', { name: 'Benchmarking' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Benchmarking' })).toBeVisible();
}

/** The facilitator defines a round asking the three demo companies, k = 3. */
async function createRound(
  page: Page,
  metric: string,
  options: { lowerIsBetter?: boolean; expectWarning?: boolean } = {},
): Promise<void> {
  await page.getByRole('button', { name: 'Nueva ronda' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(/^Métrica/).fill(metric);
  await dialog.getByLabel(/^Unidad/).fill('€');
  if (options.expectWarning) {
    // Three companies for the default k = 5: the form warns before anything is created.
    await expect(dialog.getByRole('alert')).toContainText(
      'Solo 3 empresas para un grupo mínimo de 5: esta ronda nunca podrá publicar resultados.',
    );
    await expect(dialog.getByRole('button', { name: 'Crear igualmente' })).toBeVisible();
  }
  if (options.lowerIsBetter) await dialog.getByLabel('Un valor más alto es mejor').uncheck();
  await dialog.getByLabel(/^Mínimo de empresas para publicar/).fill('3');
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Crear ronda' }).click();
  await expect(page.getByText('Ronda creada: se ha avisado a las empresas')).toBeVisible();
  await expect(page.getByRole('region', { name: `${metric} (€)` })).toBeVisible();
}

/** A company submits its value to an open round, told first who can see it. */
async function submit(page: Page, metric: string, value: string): Promise<void> {
  const round = page.getByRole('region', { name: `${metric} (€)` });
  await expect(round.getByText('Ninguna otra empresa verá tu valor, nunca.')).toBeVisible();
  await expect(round.getByText('Tampoco la facilitación: solo tu organización.')).toBeVisible();
  await round.getByLabel('Tu valor (€)').fill(value);
  await round.getByRole('button', { name: 'Enviar valor' }).click();
  await expect(page.getByText('Valor enviado')).toBeVisible();
  await expect(round.getByRole('button', { name: 'Reemplazar valor' })).toBeVisible();
}

/** The facilitator closes the selected round now. */
async function closeRound(page: Page, metric: string): Promise<void> {
  await page.getByRole('button', { name: `Ver: ${metric}` }).click();
  const round = page.getByRole('region', { name: `${metric} (€)` });
  await round.getByRole('button', { name: 'Cerrar ahora' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Cerrar y calcular' }).click();
  await expect(page.getByText('Ronda cerrada')).toBeVisible();
}

test('a round of 10, 20 and 40 from the three demo companies publishes only their average', async ({
  browser,
}) => {
  test.setTimeout(300_000);
  // 1. The facilitator defines the round (lower cost is better), warned about k first.
  const facilitator = await newPage(browser, 'console', DEMO.facilitator);
  await benchmarks(facilitator, 'console');
  await createRound(facilitator, COST, { lowerIsBetter: true, expectWarning: true });
  const consoleRound = facilitator.getByRole('region', { name: `${COST} (€)` });
  await expect(
    consoleRound.getByText('Han enviado 0 de 3 empresas (hacen falta al menos 3).'),
  ).toBeVisible();
  await expect(
    consoleRound.getByText('Nadie más que cada empresa ve su valor, tampoco tú.'),
  ).toBeVisible();
  await expectNoMissingTranslations(facilitator);
  await screen(facilitator, 'es', 'benchmarks-01-console-open');

  // 2. Each company submits in private.
  const companies = [
    { email: DEMO.panaderia, value: '10' },
    { email: DEMO.molino, value: '20' },
    { email: DEMO.transportes, value: '40' },
  ];
  const portals: Page[] = [];
  for (const company of companies) {
    const page = await newPage(browser, 'portal', company.email);
    await benchmarks(page, 'portal');
    await submit(page, COST, company.value);
    portals.push(page);
  }
  await screen(portals[0] as Page, 'es', 'benchmarks-02-portal-submitted');

  // 3. The facilitator sees the count (not the values) and closes.
  await facilitator.reload();
  await expect(
    consoleRound.getByText('Han enviado 3 de 3 empresas (hacen falta al menos 3).'),
  ).toBeVisible();
  await closeRound(facilitator, COST);
  await expect(consoleRound.getByText('Publicado', { exact: true })).toBeVisible();
  // Three values, k = 3: one group, its average (10 + 20 + 40) / 3 = 23.33 alone. Until issue
  // 11 this showed Q1 15, median 20, Q3 30, from which 10, 20 and 40 follow.
  await expect(
    consoleRound.getByRole('img', {
      name: 'Medias publicadas por grupos: Todas las empresas: 23,33 €',
    }),
  ).toBeAttached();
  await expect(consoleRound.getByRole('row', { name: /^Todas las empresas/ })).toContainText(
    '23,33 €',
  );
  await expect(consoleRound.getByText(/Mediana|cuartil|Q1|Q3/)).toHaveCount(0);
  await expectNoMissingTranslations(facilitator);
  await screen(facilitator, 'es', 'benchmarks-03-console-published');

  // 4. Each company sees the average, its own value and the promise; no group to sit in.
  for (const [i, company] of companies.entries()) {
    const page = portals[i] as Page;
    await page.reload();
    const round = page.getByRole('region', { name: `${COST} (€)` });
    await expect(round.getByText(`Tu valor: ${company.value} €`)).toBeVisible();
    await expect(
      round.getByText(
        'Media de las 3 empresas. Con tan pocas empresas no se publican grupos: solo la media de todas.',
      ),
    ).toBeVisible();
    await expect(round.getByRole('row', { name: /^Todas las empresas/ })).toContainText('23,33 €');
    await expect(
      round.getByRole('table', {
        name: /^Solo se publican medias de grupos de al menos 3 empresas\. Nunca el mínimo, el máximo, la mediana ni el valor de nadie/,
      }),
    ).toBeVisible();
    await expect(round.getByText(/Tu valor está en el grupo|Mediana|cuartil/)).toHaveCount(0);
  }
  await screen(portals[0] as Page, 'es', 'benchmarks-04-portal-position');

  // The portal screen in English.
  const english = portals[1] as Page;
  await setLanguage(english, 'en');
  const round = english.getByRole('region', { name: `${COST} (€)` });
  await expect(
    round.getByText(
      'Average of the 3 companies. With so few companies no groups are published: only the average of all.',
    ),
  ).toBeVisible();
  await expect(round.getByRole('row', { name: /^All companies/ })).toContainText('23.33 €');
  await expectNoMissingTranslations(english);
  await screen(english, 'en', 'benchmarks-04-portal-position');
  await setLanguage(english, 'es');
});

test('a round where only two companies submit publishes nothing', async ({ browser }) => {
  test.setTimeout(300_000);
  const facilitator = await newPage(browser, 'console', DEMO.facilitator);
  await benchmarks(facilitator, 'console');
  await createRound(facilitator, ORDERS);

  const givers: Page[] = [];
  for (const [email, value] of [
    [DEMO.panaderia, '120'],
    [DEMO.molino, '80'],
  ] as const) {
    const page = await newPage(browser, 'portal', email);
    await benchmarks(page, 'portal');
    await submit(page, ORDERS, value);
    givers.push(page);
  }

  await facilitator.reload();
  await closeRound(facilitator, ORDERS);
  const consoleRound = facilitator.getByRole('region', { name: `${ORDERS} (€)` });
  await expect(consoleRound.getByText('No se ha publicado nada')).toBeVisible();
  await expect(consoleRound.getByText(/Menos de 3 empresas enviaron su valor/)).toBeVisible();
  await screen(facilitator, 'es', 'benchmarks-05-console-withheld');

  const giver = givers[0] as Page;
  await giver.reload();
  await expect(
    giver
      .getByRole('region', { name: `${ORDERS} (€)` })
      .getByText(/No se ha publicado ningún resultado/),
  ).toBeVisible();

  const nonGiver = await newPage(browser, 'portal', DEMO.transportes);
  await benchmarks(nonGiver, 'portal');
  await expect(
    nonGiver
      .getByRole('region', { name: `${ORDERS} (€)` })
      .getByText(/Tu organización no envió su valor, así que no ve el resultado/),
  ).toBeVisible();
  await expectNoMissingTranslations(nonGiver);
  await screen(nonGiver, 'es', 'benchmarks-06-portal-give-to-get');
});

test('a round with noise added says how noisy it will be, warns about the range and explains the published figures', async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const facilitator = await newPage(browser, 'console', DEMO.facilitator);
  await benchmarks(facilitator, 'console');
  await facilitator.getByRole('button', { name: 'Nueva ronda' }).click();
  const dialog = facilitator.getByRole('dialog');
  await dialog.getByLabel(/^Métrica/).fill(MARGIN);
  await dialog.getByLabel(/^Unidad/).fill('€');
  await dialog.getByLabel(/^Mínimo de empresas para publicar/).fill('3');
  await dialog.getByRole('radio', { name: /Cifras con ruido añadido/ }).check();
  await dialog.getByLabel(/^Valor más alto razonable/).fill('50');
  // The preview comes from the API, from public facts only: three companies, ε = 1 over 0–50.
  await expect(
    dialog.getByText(/^Con 3 empresas, la mediana suele quedar a menos de ±[\d,]+ de la real\.$/),
  ).toBeVisible();
  await expect(dialog.getByText(/el ruido cubre buena parte del rango/)).toBeVisible();
  await expectNoMissingTranslations(facilitator);
  await screen(facilitator, 'es', 'benchmarks-07-console-noise-preview');
  await dialog.getByRole('button', { name: /^Crear/ }).click();
  await expect(facilitator.getByText('Ronda creada: se ha avisado a las empresas')).toBeVisible();

  const portals: Page[] = [];
  for (const [email, value] of [
    [DEMO.panaderia, '10'],
    [DEMO.molino, '20'],
    [DEMO.transportes, '1000'], // counts as 50
  ] as const) {
    const page = await newPage(browser, 'portal', email);
    await benchmarks(page, 'portal');
    await expect(
      page
        .getByRole('region', { name: `${MARGIN} (€)` })
        .getByText(
          'Los valores por debajo de 0 € cuentan como 0 €, y los de encima de 50 € como 50 €: así ninguna empresa puede mover mucho las cifras.',
        ),
    ).toBeVisible();
    await submit(page, MARGIN, value);
    portals.push(page);
  }
  await screen(portals[2] as Page, 'es', 'benchmarks-08-portal-range');

  await facilitator.reload();
  await closeRound(facilitator, MARGIN);
  const consoleRound = facilitator.getByRole('region', { name: `${MARGIN} (€)` });
  const figures = consoleRound.getByRole('table', {
    name: 'Cifras publicadas con ruido añadido para proteger a cada empresa (3 empresas). Se calcularon una sola vez, al cerrar.',
  });
  await expect(figures.getByRole('row', { name: /^la mediana/ })).toContainText(/±[\d,]+ €/);
  await screen(facilitator, 'es', 'benchmarks-09-console-noisy');

  const portal = portals[0] as Page;
  await portal.reload();
  const round = portal.getByRole('region', { name: `${MARGIN} (€)` });
  await expect(
    round.getByText(
      /^Cifras con ruido añadido para proteger a cada empresa: el cuartil inferior \(25 %\) suele quedar a menos de ±[\d,]+ € de la real\.$/,
    ),
  ).toBeVisible();
  await expect(
    round.getByText(/^Tu valor está por encima de [0-3] de las 3 cifras publicadas con ruido\.$/),
  ).toBeVisible();
  // The same figures for the facilitator and the company: drawn once.
  const median = await figures.getByRole('row', { name: /^la mediana/ }).textContent();
  await expect(round.getByRole('row', { name: /^la mediana/ })).toHaveText(median ?? '');
  await expectNoMissingTranslations(portal);
  await screen(portal, 'es', 'benchmarks-10-portal-noisy');
  await setLanguage(portal, 'en');
  await expect(
    round.getByText(
      /^Figures with noise added to protect each company: the lower quartile \(25%\) is typically within ±[\d.]+ € of the true one\.$/,
    ),
  ).toBeVisible();
  await expectNoMissingTranslations(portal);
  await setLanguage(portal, 'es');
});
