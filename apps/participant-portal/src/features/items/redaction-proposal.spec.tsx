import { renderWithProviders } from '@alianza/ui/testing';
import { fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { sharedMessages } from '../shared/messages';
import { itemsMessages } from './messages';
import { EMPTY_PROPOSAL, type RedactionProposal as Proposal } from './redaction';
import { RedactionProposal } from './redaction-proposal';

const BODY = 'Vendemos el kilo a 4,20 €. La harina nos la sirve Molinos Reunidos cada martes.';
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
    messages: { items: itemsMessages, shared: sharedMessages },
    language,
  });
  return onChange;
}

function select(textarea: HTMLTextAreaElement, text: string) {
  const start = BODY.indexOf(text);
  textarea.setSelectionRange(start, start + text.length);
  fireEvent.select(textarea);
  return { start, end: start + text.length };
}

describe('RedactionProposal', () => {
  it('yields the API input for a checked field and a marked span', () => {
    const onChange = render();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Proveedor' }));
    const body = screen.getByLabelText('Fragmentos del texto que ocultar') as HTMLTextAreaElement;
    const span = select(body, 'Molinos Reunidos');
    fireEvent.click(screen.getByRole('button', { name: 'Ocultar la selección' }));
    expect(onChange).toHaveBeenLastCalledWith({ fieldKeys: ['proveedor'], spans: [span] });
  });

  it('lists marked spans, merges overlapping ones and removes them on demand', () => {
    const onChange = render();
    const body = screen.getByLabelText('Fragmentos del texto que ocultar') as HTMLTextAreaElement;
    const hideButton = screen.getByRole('button', { name: 'Ocultar la selección' });
    expect(hideButton).toBeDisabled();
    const first = select(body, 'Molinos Reunidos');
    fireEvent.click(hideButton);
    const second = select(body, 'Reunidos cada martes');
    fireEvent.click(hideButton);
    expect(onChange).toHaveBeenLastCalledWith({
      fieldKeys: [],
      spans: [{ start: first.start, end: second.end }],
    });
    fireEvent.click(
      screen.getByRole('button', { name: 'Quitar el fragmento «Molinos Reunidos cada martes»' }),
    );
    expect(onChange).toHaveBeenLastCalledWith({ fieldKeys: [], spans: [] });
    expect(screen.getByText('Ningún fragmento marcado.')).toBeInTheDocument();
  });

  it('previews what recipients get: hidden fields gone, marked text as a chip', () => {
    render(vi.fn(), 'en');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Precio por kilo' }));
    const body = screen.getByLabelText('Passages of the text to hide') as HTMLTextAreaElement;
    select(body, 'Molinos Reunidos');
    fireEvent.click(screen.getByRole('button', { name: 'Hide selection' }));
    expect(screen.getByText('1 field hidden')).toBeInTheDocument();
    expect(screen.getByText('redacted')).toBeInTheDocument();
    expect(screen.getByText(/nos la sirve\s+cada martes/)).toBeInTheDocument();
  });
});
