import { canonicalText } from './canonical-text';
import { canonicalSpanFromSource, sourceSpanFromCanonical } from './source-offsets';

describe('spans stored against the Markdown source', () => {
  const body =
    'Pagamos 0,62 EUR/kg a **Harinas Sur** cada mes\n\n- precio \\*neto\\* &amp; [IVA](https://x.example)';
  const text = canonicalText(body);
  const source = (q: string) => ({ start: body.indexOf(q), end: body.indexOf(q) + q.length });
  const canonical = (q: string) => ({ start: text.indexOf(q), end: text.indexOf(q) + q.length });

  it('become spans of the canonical text over the same words', () => {
    expect(canonicalSpanFromSource(body, source('Harinas Sur'))).toEqual(canonical('Harinas Sur'));
    expect(canonicalSpanFromSource(body, source('**Harinas Sur** cada'))).toEqual(
      canonical('Harinas Sur cada'),
    );
    expect(canonicalSpanFromSource(body, source('\\*neto\\* &amp; [IVA]'))).toEqual(
      canonical('*neto* & IVA'),
    );
    expect(canonicalSpanFromSource(body, source('**'))).toBeNull();
  });

  it('go back to the source they came from', () => {
    expect(sourceSpanFromCanonical(body, canonical('Harinas Sur'))).toEqual(source('Harinas Sur'));
    expect(sourceSpanFromCanonical(body, canonical('*neto* & IVA'))).toEqual(
      source('*neto\\* &amp; [IVA'),
    );
  });
});
