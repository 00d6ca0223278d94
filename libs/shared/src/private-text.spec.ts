import { repeatsPrivateText } from './private-text';

const original = {
  subject: 'Precio de la harina',
  body: 'En La Espiga pagamos 0,62 €/kg. ¿Es caro?',
};

describe('repeatsPrivateText', () => {
  it('finds the private question copied, whatever the case and white space', () => {
    expect(
      repeatsPrivateText(
        'Precio de la harina\n\nEn La Espiga pagamos 0,62 €/kg. ¿Es caro?',
        original,
      ),
    ).toBe(true);
    expect(repeatsPrivateText('  en la espiga PAGAMOS 0,62 €/kg.   ¿Es caro? ', original)).toBe(
      true,
    );
    expect(repeatsPrivateText('precio de la harina', original)).toBe(true);
    expect(
      repeatsPrivateText('Precio de la harina', { subject: null, body: 'Precio de la harina' }),
    ).toBe(true);
  });

  it('lets a rewritten text through', () => {
    expect(repeatsPrivateText('¿Es caro pagar la harina a 0,62 €/kg?', original)).toBe(false);
    expect(repeatsPrivateText('', original)).toBe(false);
  });
});
