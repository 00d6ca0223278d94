// The daily jobs of both apps on a phone (390 × 844, ADR 0042), on the demo collaboration: the
// facilitator approves a request from the queue and answers a question; a participant reads what
// was shared with it, looks at the rules, moves a task and asks a question. On every screen
// visited nothing is wider than the phone and no control is cut; the navigation is a drawer.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { bearerToken, graphql, signOut } from './support/api';
import { DEMO, expectNoMissingTranslations, settled, signedInPage, webUrl } from './support/pages';

const RUN = Date.now().toString(36);
const DEMO_COLLABORATION = 'Alianza del pan de barrio';
const PHONE = { width: 390, height: 844 };
/** A phone's browser: its own contexts are made here, so `test.use` would not reach them. */
const PHONE_CONTEXT = { viewport: PHONE, isMobile: true, hasTouch: true } as const;

interface Demo {
  collaborationId: string;
  panaderiaParticipation: string;
  molinoOrganization: string;
  costsArea: string;
}

/** The demo collaboration's ids, as Panadería and Molino see them. */
async function demo(panaderia: string, molino: string): Promise<Demo> {
  const mine = async (token: string) => {
    const { collaborations } = await graphql<{
      collaborations: {
        nodes: {
          id: string;
          title: string;
          myParticipations: { id: string; organizationId: string }[];
        }[];
      };
    }>(
      '{ collaborations(first: 100) { nodes { id title myParticipations { id organizationId } } } }',
      {},
      token,
    );
    const found = collaborations.nodes.find((c) => c.title === DEMO_COLLABORATION);
    expect(found, 'the demo collaboration').toBeDefined();
    return found!;
  };
  const [a, b] = [await mine(panaderia), await mine(molino)];
  const { collaboration } = await graphql<{
    collaboration: { areas: { nodes: { id: string; name: string }[] } };
  }>(
    'query($c: ID!) { collaboration(id: $c) { areas(first: 100) { nodes { id name } } } }',
    { c: a.id },
    panaderia,
  );
  const areas = collaboration.areas.nodes;
  return {
    collaborationId: a.id,
    panaderiaParticipation: a.myParticipations[0]!.id,
    molinoOrganization: b.myParticipations[0]!.organizationId,
    costsArea: areas.find((area) => area.name === 'Costes')!.id,
  };
}

/** Panadería asks to share a new item of the moderated «Costes» area with Molino. */
async function requestForMolino(token: string, ids: Demo, title: string): Promise<string> {
  const { createItem } = await graphql<{ createItem: { itemId: string } }>(
    'mutation($p: ID!, $a: ID!, $t: String!) { createItem(participationId: $p, areaId: $a, input: { title: $t, body: "Pagamos 0,62 €/kg." }) { itemId } }',
    { p: ids.panaderiaParticipation, a: ids.costsArea, t: title },
    token,
  );
  const { requestDisclosure } = await graphql<{
    requestDisclosure: { id: string; status: string };
  }>(
    'mutation($i: ID!, $r: [ID!]) { requestDisclosure(itemId: $i, input: { audienceKind: NAMED, recipientOrganizationIds: $r }) { id status } }',
    { i: createItem.itemId, r: [ids.molinoOrganization] },
    token,
  );
  expect(requestDisclosure.status).toBe('PENDING');
  return requestDisclosure.id;
}

async function phonePage(browser: Browser, email: string): Promise<Page> {
  const page = await signedInPage(browser, email, PHONE_CONTEXT);
  expect(page.viewportSize()).toEqual(PHONE);
  return page;
}

/**
 * The screen fits the phone: the page does not scroll sideways, and no button, link or field is
 * cut by the screen's edge or by a box around it. Boxes that scroll sideways on purpose (a wide
 * grid) and the closed drawer (off the screen to the left) are left out.
 */
async function fitsThePhone(page: Page, heading?: string): Promise<void> {
  // A screen's first visit loads its code and its data: slow on a busy two-core machine.
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible({
    timeout: 45_000,
  });
  await expect(page.getByText(/^(Cargando|Loading)/)).toHaveCount(0);
  // Nothing still moving: the drawer sliding shut passes through the screen's edge.
  await settled(page);
  const problems = await page.evaluate(() => {
    const width = window.innerWidth;
    const found: string[] = [];
    const page = document.scrollingElement!;
    if (page.scrollWidth > width) found.push(`the page is ${page.scrollWidth}px wide`);
    const controls = document.querySelectorAll<HTMLElement>(
      'button, a[href], input:not([type=radio]):not([type=checkbox]), select, textarea, label',
    );
    for (const control of controls) {
      const box = control.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1 || box.right <= 0) continue;
      const name = (control.getAttribute('aria-label') ?? control.textContent ?? '').trim();
      let cut = false;
      let scrolled = false;
      for (let up = control.parentElement; up && !cut && !scrolled; up = up.parentElement) {
        const overflow = getComputedStyle(up).overflowX;
        scrolled = overflow === 'auto' || overflow === 'scroll';
        if (overflow === 'hidden' || overflow === 'clip') {
          const frame = up.getBoundingClientRect();
          cut = box.left < frame.left - 1 || box.right > frame.right + 1;
        }
      }
      if (scrolled) continue;
      if (getComputedStyle(control).textOverflow === 'ellipsis') cut = false;
      cut ||= box.left < -1 || box.right > width + 1;
      if (cut) found.push(`${control.tagName} «${name.slice(0, 50)}» ${box.left}–${box.right}`);
    }
    return found;
  });
  expect(problems, page.url()).toEqual([]);
}

/** Opens the drawer with the burger, follows one of its links, and the drawer closes. */
async function throughTheDrawer(page: Page, link: string): Promise<void> {
  const navigation = page.getByRole('navigation');
  const target = navigation.getByRole('link', { name: link, exact: true });
  await expect(target).toBeHidden();
  // A page that is still settling (its route, its first data) may close a drawer opened in the
  // same instant: open it again until its link shows.
  await expect(async () => {
    if (!(await target.isVisible()))
      await page.getByRole('button', { name: 'Abrir el menú' }).click();
    await expect(target).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  await target.click();
  await expect(page.getByRole('button', { name: 'Abrir el menú' })).toBeVisible();
  await expect(navigation.getByRole('link', { name: link, exact: true })).toBeHidden();
}

test('the facilitator approves a request and answers a question on a phone', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const ITEM = `Coste del reparto ${RUN}`;
  const SUBJECT = `Horario de reparto ${RUN}`;
  const panaderia = await bearerToken(DEMO.panaderia);
  const molino = await bearerToken(DEMO.molino);
  const ids = await demo(panaderia, molino);
  await requestForMolino(panaderia, ids, ITEM);
  await graphql(
    'mutation($c: ID!, $s: String!) { askQuestion(collaborationId: $c, input: { subject: $s, body: "¿Podemos repartir juntos los lunes?" }) { id } }',
    { c: ids.collaborationId, s: SUBJECT },
    panaderia,
  );
  await Promise.all([signOut(panaderia), signOut(molino)]);

  const page = await phonePage(browser, DEMO.facilitator);
  await page.goto(webUrl('/console/'));
  await fitsThePhone(page, 'Mis colaboraciones');
  await page
    .getByRole('list', { name: /colaboraciones/i })
    .getByRole('link', { name: DEMO_COLLABORATION })
    .click();
  await fitsThePhone(page, DEMO_COLLABORATION);
  // The header fits: the language switch is compact, still named by each language.
  await expect(page.getByRole('radio', { name: 'Español' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'English' })).toBeAttached();

  await throughTheDrawer(page, 'Cola de solicitudes');
  await fitsThePhone(page, 'Cola de solicitudes');
  // The queue is a list of cards, not a table that hides its columns.
  await expect(page.getByRole('table')).toHaveCount(0);
  const card = page.getByRole('listitem').filter({ hasText: ITEM });
  await expect(card.getByText('Molino del Sur')).toBeVisible();
  await card.getByRole('button', { name: `Revisar «${ITEM}»` }).click();
  await fitsThePhone(page, ITEM);
  await page.getByRole('button', { name: 'Aprobar' }).click();
  await expect(page.getByText('Solicitud aprobada')).toBeVisible();

  await throughTheDrawer(page, 'Áreas y solapamientos');
  await fitsThePhone(page, 'Áreas y solapamientos');
  const areas = page.getByRole('list', { name: 'Áreas de intercambio' });
  await expect(areas.getByText('Costes', { exact: true })).toBeVisible();

  await throughTheDrawer(page, 'Preguntas');
  await fitsThePhone(page, 'Preguntas');
  await page.getByRole('button', { name: `Abrir la pregunta «${SUBJECT}»` }).click();
  await fitsThePhone(page, SUBJECT);
  await page.getByLabel(/^Respuesta privada/).fill('Sí: los lunes sale un camión de cada parte.');
  await page.getByRole('button', { name: 'Responder' }).click();
  await expect(page.getByText('Respuesta enviada a la organización')).toBeVisible();
  await expectNoMissingTranslations(page);
  await page.context().close();
});

test('a participant reads what was shared, moves a task and asks a question on a phone', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const ITEM = `Precio del centeno ${RUN}`;
  const SUBJECT = `Pedido conjunto ${RUN}`;
  const panaderia = await bearerToken(DEMO.panaderia);
  const molino = await bearerToken(DEMO.molino);
  const facilitator = await bearerToken(DEMO.facilitator);
  const ids = await demo(panaderia, molino);
  const request = await requestForMolino(panaderia, ids, ITEM);
  await graphql(
    'mutation($r: ID!) { approveDisclosure(requestId: $r) { status } }',
    { r: request },
    facilitator,
  );
  await Promise.all([signOut(panaderia), signOut(molino), signOut(facilitator)]);

  const page = await phonePage(browser, DEMO.molino);
  await page.goto(webUrl('/portal/'));
  await fitsThePhone(page, 'Mis colaboraciones');
  await page.getByRole('link', { name: DEMO_COLLABORATION }).first().click();
  await fitsThePhone(page);

  await throughTheDrawer(page, 'Compartido con nosotros');
  await fitsThePhone(page, 'Compartido con nosotros');
  const shared = page.getByRole('article', { name: ITEM });
  await expect(shared.getByText('Pagamos 0,62 €/kg.')).toBeVisible();
  await page.getByRole('tab', { name: 'Accesos que tenemos' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: ITEM })).toContainText(
    'Panadería La Espiga',
  );
  await fitsThePhone(page, 'Compartido con nosotros');

  // The rules: Molino accepted them with the demo; the screen reads well on the phone.
  await throughTheDrawer(page, 'Reglas del juego');
  await fitsThePhone(page, DEMO_COLLABORATION);
  await expect(page.getByText(/Primero dar, luego recibir/)).toBeVisible();

  await throughTheDrawer(page, 'Plan de acción');
  await fitsThePhone(page, 'Plan de acción');
  const status = page.getByLabel('Estado de «Preparar la oferta de harina ecológica»').first();
  const next = (await status.inputValue()) === 'DOING' ? 'DONE' : 'DOING';
  await status.selectOption(next);
  await expect(status).toHaveValue(next);
  await fitsThePhone(page, 'Plan de acción');

  await throughTheDrawer(page, 'Preguntas al facilitador');
  await fitsThePhone(page, 'Preguntas al facilitador');
  await page.getByLabel(/^Asunto/).fill(SUBJECT);
  await page.getByLabel(/^Tu pregunta/).fill('¿Hacemos el pedido de harina el día 1?');
  await page.getByRole('button', { name: 'Enviar la pregunta' }).click();
  await expect(page.getByRole('article', { name: SUBJECT })).toBeVisible();
  await fitsThePhone(page, 'Preguntas al facilitador');
  await expectNoMissingTranslations(page);
  await page.context().close();
});
