import { MailContent } from './mail-content';
import { renderMail } from './mail-layout';

const content: MailContent = {
  subject: 'Restablece tu contraseña',
  heading: 'Restablece tu contraseña',
  paragraphs: ['Alguien pidió <b>restablecer</b> la contraseña de "ana@example.org".'],
  action: {
    label: 'Elegir una contraseña',
    url: 'https://alianza.example/portal/reset?token=a&b=c',
  },
  afterAction: ['El enlace caduca en 30 minutos.'],
  reason: 'Recibes este mensaje porque se pidió restablecer tu contraseña.',
};

describe('renderMail', () => {
  it('writes the product name, heading, paragraphs, button and footer in HTML and plain text', () => {
    const mail = renderMail('es', content);
    expect(mail.subject).toBe('Restablece tu contraseña');
    for (const part of [mail.html, mail.text]) {
      expect(part).toContain('Alianza');
      expect(part).toContain('Restablece tu contraseña');
      expect(part).toContain('El enlace caduca en 30 minutos.');
      expect(part).toContain('Recibes este mensaje porque se pidió restablecer tu contraseña.');
    }
    expect(mail.html).toContain('<html lang="es">');
    expect(mail.html).toContain(
      'href="https://alianza.example/portal/reset?token=a&amp;b=c" style=',
    );
    expect(mail.text).toContain(
      'Elegir una contraseña:\nhttps://alianza.example/portal/reset?token=a&b=c',
    );
    expect(mail.links).toEqual(['https://alianza.example/portal/reset?token=a&b=c']);
  });

  it('escapes every text it is given in the HTML, and leaves the plain text as written', () => {
    const mail = renderMail('es', content);
    expect(mail.html).not.toContain('<b>restablecer</b>');
    expect(mail.html).toContain(
      '&lt;b&gt;restablecer&lt;/b&gt; la contraseña de &quot;ana@example.org&quot;.',
    );
    expect(mail.text).toContain(
      'Alguien pidió <b>restablecer</b> la contraseña de "ana@example.org".',
    );
  });

  it('has its own fixed words in Spanish and in English', () => {
    expect(renderMail('es', content).text).toContain('las respuestas no se leen');
    expect(renderMail('es', content).html).toContain('Si el botón no funciona');
    const english = renderMail('en', { ...content, subject: 'Reset your password' });
    expect(english.html).toContain('<html lang="en">');
    expect(english.text).toContain('replies are not read');
    expect(english.html).toContain('If the button does not work');
  });

  it('refuses a link that is not absolute http(s)', () => {
    for (const url of ['javascript:alert(1)', '/portal/reset', 'data:text/html,hi'])
      expect(() => renderMail('en', { ...content, action: { label: 'Go', url } })).toThrow(
        /absolute URL|http or https/,
      );
  });

  it('keeps a subject on one line (no header injection) and renders without a button', () => {
    const mail = renderMail('en', {
      ...content,
      subject: 'Hello\r\nBcc: someone@example.org',
      action: undefined,
      afterAction: undefined,
    });
    expect(mail.subject).toBe('Hello Bcc: someone@example.org');
    expect(mail.links).toEqual([]);
    expect(mail.html).not.toContain('<a ');
  });
});
