import { describe, expect, it } from 'vitest';
import { portalSearchLink } from './search-links';

describe('portalSearchLink', () => {
  it('opens each kind of hit on the screen that shows it', () => {
    const at = (kind: Parameters<typeof portalSearchLink>[0]['kind']) =>
      portalSearchLink({ kind, collaborationId: 'c1' });
    expect(at('SHARED_ITEM')).toBe('/c/c1/shared');
    expect(at('ITEM')).toBe('/c/c1/items');
    expect(at('QUESTION')).toBe('/c/c1/questions');
    expect(at('TASK')).toBe('/c/c1/plan');
    expect(at('PUBLICATION')).toBe('/c/c1');
    expect(at('AUDIT_RECORD')).toBeNull();
  });
});
