import { DEMO_PASSWORD } from './product';

/** The address of this worker's product, one of those the global setup started. */
export function webUrl(path: string): string {
  const urls = process.env['ALIANZA_WEB_URLS']?.split(' ');
  const base = urls?.[Number(process.env['TEST_PARALLEL_INDEX'] ?? 0)];
  if (!base)
    throw new Error('ALIANZA_WEB_URLS is not set: run through `playwright test` (global setup)');
  return `${base}${path}`;
}

/**
 * One GraphQL call, as the account of `token` if given; fails on any error. For setup that is
 * not the screen under test.
 */
export async function graphql<T = Record<string, any>>(
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<T> {
  const res = await fetch(webUrl('/graphql'), {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data!;
}

/** A session of `email` (demo password) for API calls; end it with `signOut`. */
export async function bearerToken(email: string): Promise<string> {
  const { login } = await graphql<{ login: { bearerToken: string } }>(
    'mutation($input: LoginInput!) { login(input: $input) { bearerToken } }',
    { input: { email, password: DEMO_PASSWORD, issueBearerToken: true } },
  );
  return login.bearerToken;
}

export async function signOut(token: string): Promise<void> {
  await graphql('mutation { logout }', {}, token);
}
