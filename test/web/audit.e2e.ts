// The audit log of a collaboration with 200 records, read in the console to its very end: each
// "Cargar más" asks the API for the page after the last cursor (issue 11: that page used to
// fail), and every record shows once, from the newest to the first. Four pages of 50 show it as
// well as ten did (the API's pagination suite pages the log by its cursors too).
import { expect, test, type APIRequestContext } from '@playwright/test';
import { DEMO, signIn, webUrl } from './support/pages';
import { DEMO_PASSWORD } from './support/product';

const RECORDS = 200;
const TITLE = `Registro de ${RECORDS} (${Date.now().toString(36)})`;

/** One GraphQL call as `token`; fails on any error. */
async function gql<T>(
  request: APIRequestContext,
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const res = await request.post(webUrl('/graphql'), {
    headers: { authorization: `Bearer ${token}` },
    data: { query, variables },
  });
  const body = (await res.json()) as { data: T; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data;
}

test('the console pages an audit log of 200 records to its end', async ({ page, request }) => {
  test.setTimeout(600_000);
  // The facilitator's records, made through the API: a new collaboration, then area edits.
  const login = await request.post(webUrl('/graphql'), {
    data: {
      query: `mutation($input: LoginInput!) { login(input: $input) { bearerToken } }`,
      variables: {
        input: { email: DEMO.facilitator, password: DEMO_PASSWORD, issueBearerToken: true },
      },
    },
  });
  const token = ((await login.json()) as { data: { login: { bearerToken: string } } }).data.login
    .bearerToken;
  const { createCollaboration } = await gql<{ createCollaboration: { id: string } }>(
    request,
    token,
    `mutation($t: String!) { createCollaboration(input: { title: $t, objective: "Auditar", description: "" }) { id } }`,
    { t: TITLE },
  );
  const c = createCollaboration.id;
  const { collaboration } = await gql<{ collaboration: { areas: { nodes: { id: string }[] } } }>(
    request,
    token,
    `query($c: ID!) { collaboration(id: $c) { areas(first: 1) { nodes { id } } } }`,
    { c },
  );
  const areas = collaboration.areas.nodes;
  const count = async () =>
    (
      await gql<{ auditLog: { totalCount: number } }>(
        request,
        token,
        `query($c: ID!) { auditLog(collaborationId: $c, first: 1) { totalCount } }`,
        { c },
      )
    ).auditLog.totalCount;
  for (let n = await count(); n < RECORDS; n += 1)
    await gql(
      request,
      token,
      `mutation($id: ID!, $d: String!) { updateArea(areaId: $id, input: { description: $d }) { id } }`,
      { id: areas[0]!.id, d: `Edición ${n}` },
    );
  expect(await count()).toBe(RECORDS);

  await signIn(page, 'console', DEMO.facilitator);
  await page.goto(webUrl(`/console/c/${c}/audit`));
  // Generous waits: the machines that run this suite may be busy.
  const slow = { timeout: 60_000 };
  await expect(page.getByRole('heading', { level: 1, name: 'Registro de auditoría' })).toBeVisible(
    slow,
  );
  const records = page.getByRole('button', { name: /^Datos del registro nº \d+$/ });
  await expect(records).toHaveCount(50, slow);
  const more = page.getByRole('button', { name: 'Cargar más' });
  for (let shown = 50; shown < RECORDS; shown += 50) {
    await more.click();
    await expect(page.getByText(`Mostrando ${shown + 50} de ${RECORDS}`)).toBeVisible(slow);
  }
  await expect(more).toHaveCount(0);
  await expect(records).toHaveCount(RECORDS);
  // Every record once, newest first, down to the first.
  const labels = await records.evaluateAll((buttons) =>
    buttons.map((b) => Number(b.getAttribute('aria-label')!.replace(/\D+/g, ''))),
  );
  expect(labels).toEqual(Array.from({ length: RECORDS }, (_, i) => RECORDS - i));
  await expect(page.getByRole('alert')).toHaveCount(0);
});
