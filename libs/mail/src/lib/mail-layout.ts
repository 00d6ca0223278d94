import { Locale, MailContent } from './mail-content';

export const PRODUCT_NAME = 'Alianza';

/** The layout's own words, in each language. */
const FIXED: Record<Locale, { linkFallback: string; automatic: string }> = {
  es: {
    linkFallback: 'Si el botón no funciona, copia este enlace en tu navegador:',
    automatic: 'Este mensaje se envió automáticamente; las respuestas no se leen.',
  },
  en: {
    linkFallback: 'If the button does not work, copy this link into your browser:',
    automatic: 'This message was sent automatically; replies are not read.',
  },
};

export interface RenderedMail {
  subject: string;
  html: string;
  text: string;
  /** The links the message carries (the button's), for the local outbox's log and page. */
  links: string[];
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** Only absolute http(s) links go into a message (never `javascript:` or a relative path). */
function safeUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`A mail link must be an absolute URL: ${url}`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    throw new Error(`A mail link must be http or https: ${url}`);
  return parsed.toString();
}

/** One line of a subject or heading: no line breaks (a header cannot carry them). */
function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

const FONT = `font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Helvetica,Arial,sans-serif`;

/**
 * The message as HTML (inline styles, every text escaped) and plain text: the product's name, the
 * heading, the paragraphs, the button (with its link written out), and a footer with why the
 * person got it.
 */
export function renderMail(locale: Locale, content: MailContent): RenderedMail {
  const fixed = FIXED[locale];
  const subject = oneLine(content.subject);
  const heading = oneLine(content.heading);
  const url = content.action ? safeUrl(content.action.url) : undefined;
  const paragraph = (text: string) =>
    `<p style="margin:0 0 16px;font-size:15px;line-height:1.5;color:#1f2933">${escapeHtml(text)}</p>`;
  const small = (text: string) =>
    `<p style="margin:0 0 8px;font-size:12px;line-height:1.5;color:#616e7c">${escapeHtml(text)}</p>`;
  const button =
    content.action && url
      ? `<p style="margin:24px 0"><a href="${escapeHtml(url)}" style="display:inline-block;padding:12px 20px;background:#1d4ed8;color:#ffffff;text-decoration:none;border-radius:6px;font-size:15px;font-weight:600">${escapeHtml(content.action.label)}</a></p>` +
        small(fixed.linkFallback) +
        `<p style="margin:0 0 16px;font-size:12px;line-height:1.5;word-break:break-all"><a href="${escapeHtml(url)}" style="color:#1d4ed8">${escapeHtml(url)}</a></p>`
      : '';
  const html = `<!doctype html>
<html lang="${locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;padding:0;background:#f5f7fa;${FONT}">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f5f7fa;padding:24px 0">
<tr><td align="center">
<table role="presentation" width="560" cellpadding="0" cellspacing="0" style="max-width:560px;width:100%;background:#ffffff;border:1px solid #e4e7eb;border-radius:8px">
<tr><td style="padding:20px 32px;border-bottom:1px solid #e4e7eb;font-size:18px;font-weight:700;color:#1d4ed8;${FONT}">${PRODUCT_NAME}</td></tr>
<tr><td style="padding:32px;${FONT}">
<h1 style="margin:0 0 20px;font-size:22px;line-height:1.3;color:#1f2933">${escapeHtml(heading)}</h1>
${content.paragraphs.map(paragraph).join('\n')}
${button}
${(content.afterAction ?? []).map(paragraph).join('\n')}
</td></tr>
<tr><td style="padding:20px 32px;border-top:1px solid #e4e7eb;${FONT}">
${small(content.reason)}
${small(`${PRODUCT_NAME} · ${fixed.automatic}`)}
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`;
  const blocks = [
    PRODUCT_NAME,
    `${heading}\n${'='.repeat(Math.min(heading.length, 72))}`,
    ...content.paragraphs,
    ...(content.action && url ? [`${content.action.label}:\n${url}`] : []),
    ...(content.afterAction ?? []),
    `-- \n${content.reason}\n${PRODUCT_NAME} · ${fixed.automatic}`,
  ];
  return { subject, html, text: `${blocks.join('\n\n')}\n`, links: url ? [url] : [] };
}
