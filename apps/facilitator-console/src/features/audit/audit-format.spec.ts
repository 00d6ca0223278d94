import { describe, expect, it } from 'vitest';
import { actionOptions, isUuid, prettyPayload, shortId } from './audit-format';

describe('audit formatting', () => {
  it('indents JSON payloads and leaves anything else as it is', () => {
    expect(prettyPayload('{"reference":"ABC","reason":"x"}')).toBe(
      '{\n  "reference": "ABC",\n  "reason": "x"\n}',
    );
    expect(prettyPayload('not json')).toBe('not json');
  });

  it('offers the known actions first and adds unknown ones seen in the records', () => {
    const options = actionOptions(['grant.read', 'future.thing', 'future.thing']);
    expect(options[0]).toBe('collaboration.created');
    expect(options.filter((o) => o === 'grant.read')).toHaveLength(1);
    expect(options[options.length - 1]).toBe('future.thing');
  });

  it('checks subject ids and shortens them for display', () => {
    expect(isUuid(' 38c35785-9be2-4f6d-aad2-e0509e9c6280 ')).toBe(true);
    expect(isUuid('38c35785')).toBe(false);
    expect(shortId('38c35785-9be2-4f6d-aad2-e0509e9c6280')).toBe('38c35785');
  });
});
