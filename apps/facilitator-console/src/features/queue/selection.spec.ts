import { afterEach, describe, expect, it } from 'vitest';
import { spanFromRange, spanFromSelection, textOffsetWithin } from './selection';

function mount(html: string): HTMLElement {
  const container = document.createElement('div');
  container.innerHTML = html;
  document.body.appendChild(container);
  return container;
}

afterEach(() => {
  document.body.innerHTML = '';
  document.getSelection()?.removeAllRanges();
});

describe('span selection', () => {
  it('counts offsets across highlighted pieces as offsets of the whole text', () => {
    const container = mount('Nuestro <mark>coste</mark> es 12 EUR');
    const after = container.childNodes[2] as Text; // " es 12 EUR"
    expect(textOffsetWithin(container, after, 4)).toBe('Nuestro coste es '.length);
    const range = document.createRange();
    range.setStart(container.querySelector('mark')!.firstChild!, 0);
    range.setEnd(after, 3);
    expect(spanFromRange(container, range)).toEqual({ start: 8, end: 16 });
  });

  it('clamps a selection that starts before or ends after the text', () => {
    const before = mount('<p>título</p>');
    const container = mount('abc<mark>def</mark>ghi');
    const range = document.createRange();
    range.setStart(before.firstChild!.firstChild!, 2);
    range.setEnd(container.querySelector('mark')!.firstChild!, 2);
    expect(spanFromRange(container, range)).toEqual({ start: 0, end: 5 });
  });

  it('handles element positions (offsets counted in child nodes)', () => {
    const container = mount('ab<mark>cd</mark>ef');
    const range = document.createRange();
    range.setStart(container, 1);
    range.setEnd(container, 3);
    expect(spanFromRange(container, range)).toEqual({ start: 2, end: 6 });
  });

  it('gives nothing for a collapsed selection or one elsewhere', () => {
    const other = mount('otra cosa');
    const container = mount('texto');
    const selection = document.getSelection()!;
    const range = document.createRange();
    range.setStart(container.firstChild!, 2);
    range.collapse(true);
    selection.addRange(range);
    expect(spanFromSelection(container, selection)).toBeNull();
    selection.removeAllRanges();
    const elsewhere = document.createRange();
    elsewhere.selectNodeContents(other);
    selection.addRange(elsewhere);
    expect(spanFromSelection(container, selection)).toBeNull();
    expect(spanFromSelection(container, null)).toBeNull();
  });
});
