// The whole story of issue 5 in the browser, as its people would live it, in Spanish: the
// facilitator sets up a collaboration, three companies join in the portal, one shares a
// redacted item with another through the facilitator, the third sees nothing, a contribution
// is confirmed and a task is done. Then the key screens again in English.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { DEMO, expectNoMissingTranslations, screen, setLanguage, signIn } from './support/pages';

const RUN = Date.now().toString(36);
const TITLE = `Compras conjuntas ${RUN}`;
const ITEM = `Precio de la harina ${RUN}`;
const BODY =
  'Pagamos la harina a 0,62 €/kg a **Harinas Ebro**, el proveedor de siempre. Contacto: **Ana del almacén**.';
const CONTRIBUTION = `Préstamo de horno ${RUN}`;
const TASK = `Pedir presupuesto conjunto ${RUN}`;

const ORG = {
  panaderia: 'Panadería La Espiga',
  molino: 'Molino del Sur',
  transportes: 'Transportes Rápidos',
} as const;

async function newPage(browser: Browser, app: 'console' | 'portal', email: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, app, email);
  return page;
}

async function nav(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name }).click();
}

/** Chooses in a Mantine Select/MultiSelect inside the open dialog (typing first when searchable). */
async function pickOption(
  page: Page,
  label: RegExp,
  search: string,
  option: string,
): Promise<void> {
  const input = page.getByRole('dialog').getByLabel(label).first();
  // Clicking the chosen option again would clear it (Mantine's allowDeselect).
  if ((await input.inputValue()) === option) return;
  await input.click();
  if (await input.isEditable()) await input.fill(search);
  await page.getByRole('option', { name: option }).click();
}

/**
 * Selects an element's text as a person would: pressing the mouse on its first character,
 * dragging to its last one (the text may wrap), each a little inside the character so that the
 * caret lands before the first and after the last.
 */
async function dragOver(page: Page, target: ReturnType<Page['locator']>): Promise<void> {
  await target.scrollIntoViewIfNeeded();
  const ends = () =>
    target.evaluate((element) => {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
      const charBox = (node: Text, index: number) => {
        const range = document.createRange();
        range.setStart(node, index);
        range.setEnd(node, index + 1);
        return range.getBoundingClientRect();
      };
      const first = charBox(nodes[0]!, 0);
      const lastNode = nodes[nodes.length - 1]!;
      const last = charBox(lastNode, lastNode.data.length - 1);
      return [
        { x: first.left + first.width * 0.25, y: first.top + first.height / 2 },
        { x: last.left + last.width * 0.75, y: last.top + last.height / 2 },
      ];
    });
  // Wait for the page to stop scrolling: the points are in the viewport.
  let [from, to] = await ends();
  await expect
    .poll(async () => {
      const previous = JSON.stringify([from, to]);
      [from, to] = await ends();
      return JSON.stringify([from, to]) === previous;
    })
    .toBe(true);
  await page.mouse.move(from!.x, from!.y);
  await page.mouse.down();
  await page.mouse.move(to!.x, to!.y, { steps: 5 });
  await page.mouse.up();
}

test.describe.configure({ mode: 'serial' });

let collaborationUrl = '';

test('the whole story, in Spanish', async ({ browser }) => {
  test.setTimeout(600_000);
  // 1. The facilitator creates a collaboration, publishes the ground rules and invites three companies.
  const console_ = await newPage(browser, 'console', DEMO.facilitator);
  await screen(console_, 'es', '01-console-collaborations');
  await console_.getByRole('button', { name: 'Nueva colaboración' }).click();
  await console_.getByLabel(/^Título/).fill(TITLE);
  await console_.getByLabel(/^Objetivo/).fill('Comprar harina juntos para pagar menos.');
  await console_.getByRole('button', { name: 'Crear colaboración' }).click();
  await expect(console_.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  collaborationUrl = console_.url();

  await nav(console_, 'Reglas del juego');
  await console_.getByRole('button', { name: 'Publicar nueva versión' }).click();
  await console_
    .getByLabel(/^Reglas entre las partes/)
    .fill('Lo que se comparte aquí no sale de aquí. Cada parte decide qué comparte.');
  await console_
    .getByLabel(/^Reglas hacia terceros/)
    .fill('Nada se cuenta a terceros sin permiso escrito de su dueño.');
  await console_.getByRole('button', { name: 'Revisar y publicar' }).click();
  await console_.getByRole('button', { name: /Sí, publicar la versión 1/ }).click();
  await expect(console_.getByText(/versión 1/i).first()).toBeVisible();

  await nav(console_, 'Participantes e invitaciones');
  for (const organization of Object.values(ORG)) {
    await console_.getByRole('button', { name: 'Invitar organización' }).click();
    await pickOption(console_, /^Organización/, organization.slice(0, 6), organization);
    await console_
      .getByLabel(/^Mensaje de invitación/)
      .fill('Os proponemos comprar harina juntos.');
    await console_.getByRole('button', { name: 'Enviar invitación' }).click();
    await expect(console_.getByRole('cell', { name: organization }).first()).toBeVisible();
  }
  await screen(console_, 'es', '02-console-participants');

  // 2. Each owner accepts the invitation and the ground rules in the portal.
  const owners = {
    panaderia: await newPage(browser, 'portal', DEMO.panaderia),
    molino: await newPage(browser, 'portal', DEMO.molino),
    transportes: await newPage(browser, 'portal', DEMO.transportes),
  };
  for (const [key, page] of Object.entries(owners)) {
    await page.reload();
    const card = page.getByRole('article', { name: TITLE });
    await card
      .getByRole('link', { name: 'Aceptar la invitación' })
      .or(card.getByRole('button', { name: 'Aceptar la invitación' }))
      .click();
    await page
      .getByRole('checkbox', { name: /He leído las reglas del juego \(versión 1\)/ })
      .check();
    await page.getByRole('button', { name: 'Aceptar las reglas (versión 1)' }).click();
    await expect(page.getByRole('button', { name: 'Aceptar las reglas (versión 1)' })).toBeHidden();
    if (key === 'panaderia') await screen(page, 'es', '03-portal-rules-accepted');
  }

  // 3. The facilitator activates the collaboration.
  await console_.goto(collaborationUrl);
  await console_.getByRole('button', { name: 'Activar la colaboración' }).click();
  await console_.getByRole('button', { name: 'Sí, continuar' }).click();
  await expect(console_.getByText('Activa').first()).toBeVisible();

  // 4. The facilitator watches the queue while Panadería asks to share an item with Molino only,
  //    hiding one field.
  await nav(console_, 'Cola de solicitudes');
  await expect(console_.getByText('En directo')).toBeVisible();

  const a = owners.panaderia;
  await a.goto(`${collaborationUrl.replace('/console/', '/portal/')}/items`);
  await a.getByRole('button', { name: 'Nueva información' }).click();
  await pickOption(a, /^Área/, 'Cost', 'Costes');
  await a
    .getByRole('dialog')
    .getByLabel(/^Título/)
    .fill(ITEM);
  await a.getByRole('button', { name: 'Añadir dato' }).click();
  await a
    .getByLabel(/^Nombre del dato/)
    .nth(0)
    .fill('Proveedor');
  await a
    .getByLabel(/^Valor/)
    .nth(0)
    .fill('Harinas Ebro');
  await a.getByRole('button', { name: 'Añadir dato' }).click();
  await a
    .getByLabel(/^Nombre del dato/)
    .nth(1)
    .fill('Volumen mensual');
  await a
    .getByLabel(/^Valor/)
    .nth(1)
    .fill('1200 kg');
  await a
    .getByRole('dialog')
    .getByLabel(/^Texto/)
    .fill(BODY);
  await a.getByRole('button', { name: 'Crear información' }).click();
  const itemCard = a.getByRole('article', { name: ITEM });
  await itemCard.getByRole('button', { name: 'Pedir compartir' }).click();
  await a.getByRole('radio', { name: 'Organizaciones concretas' }).check();
  await pickOption(a, /^Organizaciones destinatarias/, 'Molino', ORG.molino);
  await a.keyboard.press('Escape');
  await a.getByRole('checkbox', { name: 'Proveedor' }).check();
  // The assistant sees the supplier still named in the text; Panadería sends it anyway.
  await expect(
    a.getByText('«Proveedor» está oculto, pero su valor sale 1 vez en el texto.'),
  ).toBeVisible();
  await a.getByRole('button', { name: 'Enviar solicitud' }).click();
  await expect(a.getByText('Pendiente de la facilitación')).toBeVisible();
  await screen(a, 'es', '04-portal-request-sent');
  await a.getByRole('dialog').getByRole('button', { name: 'Cerrar' }).last().click();

  // 5. The request reaches the queue live; the facilitator previews it per recipient and
  //    approves with an extra redaction (the contact's name) for Molino.
  const review = console_.getByRole('button', { name: `Revisar «${ITEM}»` });
  await expect(review).toBeVisible();
  await review.click();
  const molinoView = console_.getByRole('region', { name: `Lo que verá ${ORG.molino}` });
  await expect(molinoView).toBeVisible();
  // The supplier field is hidden, but the text still names it: the preview shows the leak.
  await expect(molinoView.getByText('Harinas Ebro')).toBeVisible();
  // The passage is chosen on the formatted text, with the mouse: no Markdown, no positions.
  const text = console_.getByRole('group', { name: 'El texto, tal como se lee' });
  await expect(text).not.toContainText('**');
  await dragOver(console_, text.getByText('Ana del almacén'));
  await expect(console_.getByText('Seleccionado: «Ana del almacén»')).toBeVisible();
  await console_.getByRole('button', { name: 'Ocultar la selección' }).click();
  await expect(molinoView.getByText('Ana del almacén')).toHaveCount(0);
  // The server flags the supplier still named in the text: no approval without confirming.
  await expect(
    console_.getByText('Un dato oculto se sigue pudiendo leer', { exact: true }),
  ).toBeVisible();
  await console_.getByRole('button', { name: 'Aprobar' }).click();
  await expect(
    console_.getByText('Oculta ese valor también, o confirma que lo sabes.'),
  ).toBeVisible();
  await expect(console_.getByText('Aprobada')).toHaveCount(0);
  // One click hides it in the text for Molino too; then the approval needs no confirmation.
  await console_.getByRole('button', { name: 'Ocultar «Proveedor» en el texto' }).click();
  await expect(molinoView).not.toContainText('Harinas Ebro');
  await expect(
    console_.getByRole('checkbox', { name: /Apruebo sabiendo que un dato oculto/ }),
  ).toHaveCount(0);
  await screen(console_, 'es', '05-console-review');
  await console_.getByRole('button', { name: 'Aprobar' }).click();
  await expect(console_.getByText('Aprobada').first()).toBeVisible();

  // 6. Molino sees its redacted version with the watermark; Transportes sees nothing.
  const b = owners.molino;
  await b.goto(`${collaborationUrl.replace('/console/', '/portal/')}/shared`);
  const shared = b.getByRole('article', { name: ITEM });
  await expect(shared).toBeVisible();
  await expect(shared.getByText('1200 kg')).toBeVisible();
  await expect(shared).not.toContainText('Harinas Ebro');
  await expect(shared.getByText('Ana del almacén')).toHaveCount(0);
  await expect(shared.getByText('texto oculto').first()).toBeVisible();
  await expect(shared).toContainText(
    'a texto oculto, el proveedor de siempre. Contacto: texto oculto.',
  );
  await expect(shared).not.toContainText('*');
  await expect(shared.getByTestId('watermark')).toContainText(ORG.molino);
  await screen(b, 'es', '06-portal-shared-with-us');

  const c = owners.transportes;
  await c.goto(`${collaborationUrl.replace('/console/', '/portal/')}/shared`);
  await expect(c.getByRole('heading', { level: 1, name: 'Compartido con nosotros' })).toBeVisible();
  await expect(c.getByRole('article')).toHaveCount(0);
  await expect(c.getByText(ITEM)).toHaveCount(0);

  // 7. Panadería declares a contribution to Molino; Molino confirms it.
  await a.goto(`${collaborationUrl.replace('/console/', '/portal/')}/ledger`);
  await a.getByRole('button', { name: 'Declarar aportación' }).click();
  await pickOption(a, /^A quién/, 'Molino', ORG.molino);
  await a.keyboard.press('Escape');
  await pickOption(a, /^Tipo de aportación/, 'Trab', 'Trabajo');
  await a.getByLabel(/^Qué disteis/).fill(CONTRIBUTION);
  await a.getByLabel(/^Valor en puntos/).fill('12');
  await a.getByRole('button', { name: 'Declarar', exact: true }).click();
  await b.goto(`${collaborationUrl.replace('/console/', '/portal/')}/ledger`);
  await b.getByRole('button', { name: `Confirmar «${CONTRIBUTION}»` }).click();
  await expect(b.getByText('Confirmada').first()).toBeVisible();
  await screen(b, 'es', '07-portal-ledger');

  // 8. The facilitator plans a task for Panadería; Panadería marks it done; the plan shows it.
  await console_.goto(`${collaborationUrl}/plan`);
  await console_.getByRole('button', { name: 'Nuevo hito' }).click();
  await console_
    .getByRole('dialog')
    .getByLabel(/^Título del hito/)
    .fill('Primer pedido conjunto');
  await console_.getByRole('button', { name: 'Crear hito' }).click();
  await console_.getByRole('tab', { name: 'Tareas' }).click();
  await console_.getByRole('button', { name: 'Nueva tarea' }).click();
  await console_
    .getByRole('dialog')
    .getByLabel(/^Título de la tarea/)
    .fill(TASK);
  await pickOption(console_, /^Hito/, 'Primer', 'Primer pedido conjunto');
  await pickOption(console_, /^Organización responsable/, 'Pana', ORG.panaderia);
  await console_.getByRole('button', { name: 'Crear tarea' }).click();
  await expect(console_.getByRole('region', { name: 'Por hacer' }).getByText(TASK)).toBeVisible();

  await a.goto(`${collaborationUrl.replace('/console/', '/portal/')}/plan`);
  await a.getByLabel(`Estado de «${TASK}»`).selectOption('DONE');
  await expect(a.getByLabel(`Estado de «${TASK}»`)).toHaveValue('DONE');
  await screen(a, 'es', '08-portal-plan');

  await console_.reload();
  await console_.getByRole('tab', { name: 'Tareas' }).click();
  await expect(console_.getByRole('region', { name: 'Hecha' }).getByText(TASK)).toBeVisible();
  await screen(console_, 'es', '09-console-plan');

  for (const page of [console_, a, b, c]) await expectNoMissingTranslations(page);
  for (const page of [console_, a, b, c]) await page.context().close();
});

test('the key screens of the same story, in English', async ({ browser }) => {
  test.setTimeout(300_000);
  expect(collaborationUrl, 'runs after the Spanish story').not.toBe('');
  const portalUrl = collaborationUrl.replace('/console/', '/portal/');

  const console_ = await newPage(browser, 'console', DEMO.facilitator);
  await setLanguage(console_, 'en');
  await console_.goto(`${collaborationUrl}/queue?status=APPROVED`);
  await expect(console_.getByRole('heading', { level: 1, name: 'Disclosure queue' })).toBeVisible();
  await expect(console_.getByText(ITEM)).toBeVisible();
  await screen(console_, 'en', '05-console-queue');
  await console_.goto(`${collaborationUrl}/view-as`);
  await expect(
    console_.getByRole('heading', { level: 1, name: 'View as a participant' }),
  ).toBeVisible();
  await console_.goto(`${collaborationUrl}/ledger`);
  await expect(console_.getByRole('heading', { level: 1, name: 'Give and receive' })).toBeVisible();
  await screen(console_, 'en', '07-console-ledger');
  await console_.goto(`${collaborationUrl}/plan?tab=tasks`);
  await expect(console_.getByRole('region', { name: 'Done' }).getByText(TASK)).toBeVisible();
  await screen(console_, 'en', '09-console-plan');

  const b = await newPage(browser, 'portal', DEMO.molino);
  await setLanguage(b, 'en');
  await b.goto(`${portalUrl}/shared`);
  const shared = b.getByRole('article', { name: ITEM });
  await expect(shared.getByText('redacted').first()).toBeVisible();
  await expect(shared.getByText('Harinas Ebro')).toHaveCount(0);
  await screen(b, 'en', '06-portal-shared-with-us');
  await b.goto(`${portalUrl}/ledger`);
  await expect(b.getByText(CONTRIBUTION)).toBeVisible();
  await expect(b.getByText('Confirmed').first()).toBeVisible();
  await screen(b, 'en', '07-portal-ledger');
  await b.goto(portalUrl);
  await expect(b.getByRole('heading', { name: 'Ground rules' }).first()).toBeVisible();
  await screen(b, 'en', '03-portal-rules');

  for (const page of [console_, b]) await expectNoMissingTranslations(page);
});
