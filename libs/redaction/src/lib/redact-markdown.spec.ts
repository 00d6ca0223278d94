import { REDACTION_MARKER as M, seededRandom as prng } from '@alianza/shared';
import type { Nodes } from 'mdast';
import { BLOCK_SEPARATOR, canonicalText, parseMarkdown } from './canonical-text';
import { MARKER_STAND_IN, markersStandingIn, redactMarkdown } from './redact-markdown';
import type { Span } from './spans';

function spansOf(body: string, quotes: string[]): Span[] {
  const text = canonicalText(body);
  return quotes.map((q) => {
    const start = text.indexOf(q);
    if (start < 0) throw new Error(`"${q}" is not in "${text}"`);
    return { start, end: start + q.length };
  });
}

const hide = (body: string, ...quotes: string[]) => redactMarkdown(body, spansOf(body, quotes));

describe('canonicalText', () => {
  it('is the text a reader sees: no markup, blocks apart', () => {
    expect(
      canonicalText(
        '# Costes\n\nPagamos *poco* a [Harinas Sur](https://hs.example)\n\n- uno\n- `dos`',
      ),
    ).toBe(['Costes', 'Pagamos poco a Harinas Sur', 'uno', 'dos'].join(BLOCK_SEPARATOR));
    expect(canonicalText('Precio \\*neto\\* &amp; IVA')).toBe('Precio *neto* & IVA');
  });
});

describe('redactMarkdown', () => {
  it('hides a bold supplier without leaving its asterisks', () => {
    const body = 'Pagamos 0,62 EUR/kg a **Harinas Sur** cada mes';
    expect(canonicalText(body)).toBe('Pagamos 0,62 EUR/kg a Harinas Sur cada mes');
    expect(hide(body, 'Harinas Sur')).toBe(`Pagamos 0,62 EUR/kg a ${M} cada mes`);
    expect(hide(body, 'Harinas Sur cada')).toBe(`Pagamos 0,62 EUR/kg a ${M} mes`);
    expect(hide(body, 'Harinas')).toBe(`Pagamos 0,62 EUR/kg a ${M}**&#x20;Sur** cada mes`);
  });

  it('merges hidden parts that touch into one marker', () => {
    expect(hide('a *b* **c** d', 'b c')).toBe(`a ${M} d`);
  });

  it('takes the address away from a link whose text is hidden, and unused definitions', () => {
    expect(hide('Ver [Harinas Sur](https://harinassur.example) hoy', 'Sur')).toBe(
      `Ver Harinas ${M} hoy`,
    );
    const out = hide('Ver [Harinas Sur][hs] hoy\n\n[hs]: https://harinassur.example', 'Harinas');
    expect(out).toBe(`Ver ${M} Sur hoy`);
  });

  it('hides an image whole, with its address', () => {
    expect(hide('Logo ![Harinas Sur](https://hs.example/logo.png) fin', 'Sur')).toBe(
      `Logo ${M} fin`,
    );
  });

  it('keeps code as code and the rest of the body as written', () => {
    expect(hide('Usa `clave-123` ya', 'clave')).toBe(`Usa ${M}\`-123\` ya`);
    expect(hide('```\nsecreto total\n```', 'secreto total')).toBe(M);
    expect(redactMarkdown('**sin** cambios', [])).toBe('**sin** cambios');
  });

  it('never turns the text after a marker into a link', () => {
    const out = hide('Secreto(nota)', 'Secreto');
    expect(out).toBe(`${M}\\(nota)`);
  });
});

const WORDS = [
  'Harinas',
  'Sur',
  'pagamos',
  '0,62',
  'EUR/kg',
  'cada',
  'mes',
  'coste',
  'año',
  'plazo',
];

/** A random body from the constructs people write: no hard breaks, single-line code. */
function randomBody(r: ReturnType<typeof prng>): string {
  const words = (n: number) => Array.from({ length: n }, () => r.pick(WORDS)).join(' ');
  const inline = () => {
    const parts = Array.from({ length: r.int(1, 5) }, () => {
      const w = words(r.int(1, 3));
      return r.pick([
        w,
        w,
        `*${w}*`,
        `**${w}**`,
        `_${w}_`,
        `\`${w}\``,
        `[${w}](https://x.example/${r.int(1, 99)})`,
        `***${w}***`,
        `**${words(1)} *${w}* ${words(1)}**`,
      ]);
    });
    return parts.join(r.pick([' ', ', ', ' y ']));
  };
  const block = () =>
    r.pick([
      () => inline(),
      () => `${'#'.repeat(r.int(1, 3))} ${inline()}`,
      () => `- ${inline()}\n- ${inline()}`,
      () => `1. ${inline()}\n2. ${inline()}`,
      () => `> ${inline()}`,
      () => `\`\`\`\n${words(r.int(1, 4))}\n\`\`\``,
    ])();
  return Array.from({ length: r.int(1, 4) }, block).join('\n\n');
}

/** The oracle: canonical text with every covered run (block boundaries excepted) as one marker. */
function expectedText(text: string, spans: Span[]): string {
  const hidden = Array.from(text, (_, i) => spans.some((s) => i >= s.start && i < s.end));
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const hide = hidden[i] && text[i] !== '\n';
    if (!hide) out += text[i];
    else if (i === 0 || !hidden[i - 1] || text[i - 1] === '\n') out += M;
  }
  return out;
}

/** Text nodes outside code that hold Markdown syntax: what a reader would see as stray markup. */
function strayMarkup(node: Nodes, found: string[] = []): string[] {
  if (node.type === 'text' && /[*_`[]|\]\(/.test(node.value)) found.push(node.value);
  if ('children' in node) for (const child of node.children as Nodes[]) strayMarkup(child, found);
  return found;
}

/** REDACTION_CASES sets the number of random bodies (600 by default); REDACTION_SEED the first. */
const CASES = Number(process.env['REDACTION_CASES'] ?? 600);
const FIRST_SEED = Number(process.env['REDACTION_SEED'] ?? 1);

describe('redactMarkdown, property', () => {
  it('leaves no markup behind, no hidden text, and every visible character', () => {
    for (let seed = FIRST_SEED; seed < FIRST_SEED + CASES; seed++) {
      const r = prng(seed);
      const body = randomBody(r);
      const text = canonicalText(body);
      const spans = Array.from({ length: r.int(1, 3) }, () => {
        const start = r.int(0, text.length - 1);
        return { start, end: r.int(start + 1, Math.min(text.length, start + 20)) };
      });
      const out = redactMarkdown(body, spans);
      // Parsed as the web apps do: each marker stands for one character while parsing.
      const tree = parseMarkdown(markersStandingIn(out));
      const context = `seed ${seed}: ${JSON.stringify(body)} ${JSON.stringify(spans)} → ${JSON.stringify(out)}`;
      expect({ context, stray: strayMarkup(tree) }).toEqual({ context, stray: [] });
      expect({
        context,
        text: canonicalText(markersStandingIn(out)).replaceAll(MARKER_STAND_IN, M),
      }).toEqual({
        context,
        text: expectedText(text, spans),
      });
    }
  });
});
