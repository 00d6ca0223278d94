import { describe, expect, it } from 'vitest';
import { consoleSearchLink } from './search-links';

describe('consoleSearchLink', () => {
  it('opens each kind of hit on the screen that shows it', () => {
    const at = (kind: Parameters<typeof consoleSearchLink>[0]['kind']) =>
      consoleSearchLink({ kind, collaborationId: 'c1' });
    expect(at('AUDIT_RECORD')).toBe('/c/c1/audit');
    expect(at('ITEM')).toBe('/c/c1/queue');
    expect(at('PUBLICATION')).toBe('/c/c1/publications');
    expect(at('PUBLISHED_ANSWER')).toBe('/c/c1/questions');
    expect(at('MILESTONE')).toBe('/c/c1/plan');
  });
});
