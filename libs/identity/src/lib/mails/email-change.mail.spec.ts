import { maskEmail } from './email-change.mail';

describe('maskEmail', () => {
  it('keeps the first letter and the domain, hides the rest of the local part', () => {
    expect(maskEmail('nueva.persona@empresa.example')).toBe('n***@empresa.example');
    expect(maskEmail('a@b.example')).toBe('a***@b.example');
  });

  it('hides what is not an address at all', () => {
    expect(maskEmail('@empresa.example')).toBe('***');
    expect(maskEmail('no-address')).toBe('***');
  });
});
