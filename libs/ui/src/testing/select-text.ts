import { fireEvent } from '@testing-library/react';

/**
 * Selects the first occurrence of `text` in what `container` shows, across elements (as a
 * mouse drag over formatted text would; a blank in `text` matches any blanks, as between
 * paragraphs), and tells the page the selection changed.
 */
export function selectText(container: Element, text: string): void {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  const shown = nodes.map((n) => n.data).join('');
  const pattern = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  const match = new RegExp(pattern).exec(shown);
  if (!match) throw new Error(`"${text}" is not in "${shown}"`);
  const start = match.index;
  const at = (offset: number, preferNext: boolean): [Text, number] => {
    let before = 0;
    for (const node of nodes) {
      const end = before + node.data.length;
      if (offset < end || (offset === end && !preferNext)) return [node, offset - before];
      before = end;
    }
    const last = nodes[nodes.length - 1] as Text;
    return [last, last.data.length];
  };
  const range = document.createRange();
  range.setStart(...at(start, true));
  range.setEnd(...at(start + match[0].length, false));
  const selection = document.getSelection() as Selection;
  selection.removeAllRanges();
  selection.addRange(range);
  fireEvent(document, new Event('selectionchange'));
}
