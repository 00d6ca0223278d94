import { scrapeAllowed } from './metrics-access';

const TOKEN = 'scrape-token-of-2026';

describe('scrapeAllowed', () => {
  it('lets any scrape through when no token is configured', () => {
    expect(scrapeAllowed(undefined, undefined)).toBe(true);
  });

  it('requires the configured token as a bearer token', () => {
    expect(scrapeAllowed(undefined, TOKEN)).toBe(false);
    expect(scrapeAllowed('Bearer wrong token', TOKEN)).toBe(false);
    expect(scrapeAllowed('Bearer a', TOKEN)).toBe(false);
    expect(scrapeAllowed(`Basic ${TOKEN}`, TOKEN)).toBe(false);
    expect(scrapeAllowed(['Bearer x', 'Bearer y'], TOKEN)).toBe(false);
    expect(scrapeAllowed(`Bearer ${TOKEN}x`, TOKEN)).toBe(false);
  });

  it('accepts the configured token', () => {
    expect(scrapeAllowed(`Bearer ${TOKEN}`, TOKEN)).toBe(true);
    expect(scrapeAllowed(`bearer ${TOKEN}`, TOKEN)).toBe(true);
  });
});
