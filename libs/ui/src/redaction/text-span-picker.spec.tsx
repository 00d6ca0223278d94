import { redactMarkdown } from '@alianza/redaction';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../testing/render';
import { selectText } from '../testing/select-text';
import { redactionMessages } from './messages';
import { TextSpanPicker } from './text-span-picker';
import type { Span } from '@alianza/redaction';

const BODY = 'Pagamos 0,62 EUR/kg a **Harinas Sur** cada mes.\n\n- Entrega: `martes`';

function render(options: { locked?: Span[]; language?: 'es' | 'en' } = {}) {
  const changes: Span[][] = [];
  function Harness() {
    const [value, setValue] = useState<Span[]>([]);
    return (
      <TextSpanPicker
        body={BODY}
        locked={options.locked}
        value={value}
        onChange={(spans) => {
          changes.push(spans);
          setValue(spans);
        }}
      />
    );
  }
  renderWithProviders(<Harness />, {
    messages: { redaction: redactionMessages },
    language: options.language,
  });
  return { last: () => changes[changes.length - 1] };
}

describe('TextSpanPicker', () => {
  it('shows the formatted text, never the Markdown source', () => {
    render();
    const text = screen.getByRole('group', { name: 'El texto, tal como se lee' });
    expect(text.textContent).not.toContain('**');
    expect(screen.getByText('Harinas Sur').closest('strong')).not.toBeNull();
  });

  it('turns a selection across formatting into a span of the text as read', async () => {
    const user = userEvent.setup();
    const { last } = render();
    selectText(
      screen.getByRole('group', { name: 'El texto, tal como se lee' }),
      'Harinas Sur cada',
    );
    expect(screen.getByText('Seleccionado: «Harinas Sur cada»')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Ocultar la selección' }));
    const spans = last()!;
    expect(spans).toEqual([{ start: 22, end: 38 }]);
    // What the server will send: no asterisks left around the marker.
    expect(redactMarkdown(BODY, spans)).toBe(
      'Pagamos 0,62 EUR/kg a [█ redacted] mes.\n\n* Entrega: `martes`',
    );
    expect(screen.getByText('Harinas Sur').closest('mark')).not.toBeNull();
    await user.click(screen.getByRole('button', { name: 'Volver a mostrar «Harinas Sur cada»' }));
    expect(last()).toEqual([]);
  });

  it('maps a selection inside code and across blocks', async () => {
    const user = userEvent.setup();
    const { last } = render();
    selectText(screen.getByRole('group', { name: 'El texto, tal como se lee' }), 'mes. Entrega');
    await user.click(screen.getByRole('button', { name: 'Ocultar la selección' }));
    selectText(screen.getByRole('group', { name: 'El texto, tal como se lee' }), 'arte');
    await user.click(screen.getByRole('button', { name: 'Ocultar la selección' }));
    expect(last()).toEqual([
      { start: 39, end: 52 },
      { start: 55, end: 59 },
    ]);
  });

  it('hides a whole sentence with the keyboard', async () => {
    const user = userEvent.setup();
    const { last } = render({ language: 'en' });
    screen.getByRole('combobox', { name: 'Hide a sentence' }).focus();
    await user.keyboard('{ArrowDown}{Enter}');
    expect(last()).toEqual([{ start: 0, end: 43 }]);
  });

  it('shows what the proposal already hides, and does not offer it again', async () => {
    const user = userEvent.setup();
    render({ locked: [{ start: 0, end: 43 }] });
    expect(screen.getByText('Harinas Sur').closest('mark')).toHaveAttribute(
      'title',
      'Ya oculto en la propuesta',
    );
    await user.click(screen.getByRole('combobox', { name: 'Ocultar una frase' }));
    expect(screen.queryByRole('option', { name: /Pagamos/, hidden: true })).toBeNull();
    expect(
      await screen.findByRole('option', { name: 'Entrega: martes', hidden: true }),
    ).toBeInTheDocument();
  });
});
