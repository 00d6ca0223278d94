import { guardedLookup, isForbiddenAddress, urlProblem } from './webhook-target';

describe('webhook targets (SSRF)', () => {
  it('refuses loopback, private, link-local and mapped addresses', () => {
    for (const address of [
      '127.0.0.1',
      '10.1.2.3',
      '172.16.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '::1',
      'fe80::1',
      'fd00::1',
      '::ffff:127.0.0.1',
      '0.0.0.0',
    ])
      expect([address, isForbiddenAddress(address)]).toEqual([address, true]);
    for (const address of ['93.184.216.34', '2606:2800:220:1:248:1893:25c8:1946'])
      expect([address, isForbiddenAddress(address)]).toEqual([address, false]);
  });

  it('wants https on a public host unless private targets are allowed', () => {
    expect(urlProblem('https://hooks.example.org/a', false)).toBeNull();
    expect(urlProblem('http://hooks.example.org/a', false)).toBe('url must start with https://');
    expect(urlProblem('not a url', false)).toMatch(/^url must be an absolute URL/);
    expect(urlProblem('https://user:pw@hooks.example.org/', false)).toMatch(/user name/);
    expect(urlProblem('https://localhost/a', false)).toMatch(/localhost/);
    expect(urlProblem('https://127.0.0.1/a', false)).toMatch(/loopback/);
    expect(urlProblem('https://[::1]/a', false)).toMatch(/loopback/);
    expect(urlProblem('http://127.0.0.1:8080/a', true)).toBeNull();
  });

  it('refuses a name that resolves to a forbidden address at connection time', async () => {
    const lookup = guardedLookup(false);
    const error = await new Promise<Error | null>((resolve) =>
      lookup('localhost', {}, (err) => resolve(err)),
    );
    expect(error?.message).toMatch(/which webhooks may not reach/);
    const allowed = await new Promise<Error | null>((resolve) =>
      guardedLookup(true)('localhost', {}, (err) => resolve(err)),
    );
    expect(allowed).toBeNull();
  });
});
