import { redactionMessages } from '@alianza/ui';
import { renderWithProviders, selectText } from '@alianza/ui/testing';
import { fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { sharedMessages } from '../shared/messages';
import { itemsMessages } from './messages';
import { EMPTY_PROPOSAL, type RedactionProposal as Proposal } from './redaction';
import { RedactionProposal } from './redaction-proposal';

const BODY = 'Vendemos el kilo a 4,20 €. La harina nos la sirve **Molinos Reunidos** cada martes.';
/** The body as read: what spans count. */
const TEXT = 'Vendemos el kilo a 4,20 €. La harina nos la sirve Molinos Reunidos cada martes.';
const FIELDS = [
  {
    key: 'precio-por-kilo',
    label: 'Precio por kilo',
    type: 'NUMBER' as const,
    number: 4.2,
    text: null,
  },
  {
    key: 'proveedor',
    label: 'Proveedor',
    type: 'TEXT' as const,
    number: null,
    text: 'Molinos Reunidos',
  },
];

function Harness(props: { onChange: (value: Proposal) => void }) {
  const [value, setValue] = useState<Proposal>(EMPTY_PROPOSAL);
  return (
    <RedactionProposal
      title="Harina"
      fields={FIELDS}
      body={BODY}
      value={value}
      onChange={(next) => {
        setValue(next);
        props.onChange(next);
      }}
    />
  );
}

function render(onChange = vi.fn(), language: 'es' | 'en' = 'es') {
  renderWithProviders(<Harness onChange={onChange} />, {
    messages: { items: itemsMessages, shared: sharedMessages, redaction: redactionMessages },
    language,
  });
  return onChange;
}

const span = (text: string) => ({
  start: TEXT.indexOf(text),
  end: TEXT.indexOf(text) + text.length,
});

describe('RedactionProposal', () => {
  it('yields the API input for a checked field and a passage selected on the formatted text', () => {
    const onChange = render();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Proveedor' }));
    selectText(
      screen.getByRole('group', { name: 'El texto, tal como se lee' }),
      'Molinos Reunidos',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Ocultar la selección' }));
    expect(onChange).toHaveBeenLastCalledWith({
      fieldKeys: ['proveedor'],
      spans: [span('Molinos Reunidos')],
    });
  });

  it('warns that a hidden field is still in the text, and hides it there in one click', () => {
    const onChange = render();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Proveedor' }));
    expect(
      screen.getByText('«Proveedor» está oculto, pero su valor sale 1 vez en el texto.'),
    ).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Ocultar «Proveedor» en el texto' }));
    expect(onChange).toHaveBeenLastCalledWith({
      fieldKeys: ['proveedor'],
      spans: [span('Molinos Reunidos')],
    });
    expect(screen.queryByText('Un dato oculto sigue a la vista')).toBeNull();
  });

  it('has no boxes to type positions in', () => {
    render();
    expect(screen.queryByLabelText(/posición/)).toBeNull();
    expect(screen.queryByRole('spinbutton')).toBeNull();
  });

  it('previews what recipients get with the server’s function: no stray asterisks', () => {
    render(vi.fn(), 'en');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Precio por kilo' }));
    selectText(screen.getByRole('group', { name: 'The text, as it reads' }), 'Molinos Reunidos');
    fireEvent.click(screen.getByRole('button', { name: 'Hide the selection' }));
    expect(screen.getByText('1 field hidden')).toBeInTheDocument();
    const preview = screen.getByText('redacted').closest('p')!;
    expect(preview.textContent).toBe(
      'Vendemos el kilo a 4,20 €. La harina nos la sirve redacted cada martes.',
    );
    expect(preview.textContent).not.toContain('*');
  });
});
