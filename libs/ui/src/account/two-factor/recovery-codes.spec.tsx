import { describe, expect, it } from 'vitest';
import { shortAgent } from './account-events-log';
import { recoveryCodesFile } from './recovery-codes';
import { groupedSecret } from './setup-flow';

describe('two-step verification helpers', () => {
  it('writes the recovery codes file: a header, then a code per line', () => {
    expect(recoveryCodesFile('Codes for ana', ['AAAA-BBBB', 'CCCC-DDDD'])).toBe(
      'Codes for ana\n\nAAAA-BBBB\nCCCC-DDDD\n',
    );
  });

  it('groups the key in fours, as apps show it', () => {
    expect(groupedSecret('JBSWY3DPEHPK3PXP')).toBe('JBSW Y3DP EHPK 3PXP');
    expect(groupedSecret('ABCDE')).toBe('ABCD E');
  });

  it('names a browser and its system from a user agent, Edge before the Chrome it says it is', () => {
    expect(
      shortAgent(
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36 Edg/131.0',
      ),
    ).toBe('Edge, Windows');
    expect(
      shortAgent('Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0'),
    ).toBe('Firefox, Linux');
    expect(shortAgent('curl/8.5.0')).toBe('curl/8.5.0');
    expect(shortAgent(null)).toBeNull();
  });
});
