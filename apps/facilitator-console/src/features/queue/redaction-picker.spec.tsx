import { renderWithProviders } from '@alianza/ui/testing';
import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { queueMessages } from './messages';
import type { FieldLike } from './preview-columns';
import { toPerRecipientInput, type ExtraRedactions } from './redaction';
import { RedactionPicker } from './redaction-picker';

const BODY = 'Nuestro coste es 0,62 EUR con Harinas del Sur.';
const FIELDS: FieldLike[] = [
  { key: 'coste', label: 'Coste por kg', type: 'NUMBER', number: 0.62, text: null },
  { key: 'proveedor', label: 'Proveedor', type: 'TEXT', number: null, text: 'Harinas del Sur' },
  { key: 'margen', label: 'Margen', type: 'NUMBER', number: 0.31, text: null },
];
const RECIPIENTS = [
  { organizationId: 'molino', organizationName: 'Molino del Sur' },
  { organizationId: 'transportes', organizationName: 'Transportes Rápidos' },
];

/** The picker as the review uses it: controlled, the approve input shaped from its value. */
function Harness(props: { onInput: (input: ReturnType<typeof toPerRecipientInput>) => void }) {
  const [value, setValue] = useState<ExtraRedactions>({});
  return (
    <RedactionPicker
      recipients={RECIPIENTS}
      fields={FIELDS}
      body={BODY}
      proposed={{ fieldKeys: ['margen'], spans: [] }}
      value={value}
      onChange={(next) => {
        setValue(next);
        props.onInput(toPerRecipientInput(next, ['molino', 'transportes']));
      }}
    />
  );
}

function selectInBody(bodyLabel: string, text: string) {
  const container = screen.getByRole('group', { name: bodyLabel });
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const index = node.textContent?.indexOf(text) ?? -1;
    if (index >= 0) {
      const range = document.createRange();
      range.setStart(node, index);
      range.setEnd(node, index + text.length);
      const selection = document.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      fireEvent(document, new Event('selectionchange'));
      return;
    }
  }
  throw new Error(`"${text}" not in the body`);
}

function render(language: 'es' | 'en' = 'es') {
  const inputs: ReturnType<typeof toPerRecipientInput>[] = [];
  renderWithProviders(<Harness onInput={(input) => inputs.push(input)} />, {
    messages: { queue: queueMessages },
    language,
  });
  return { last: () => inputs[inputs.length - 1] };
}

describe('RedactionPicker', () => {
  it('turns hidden fields and a selected passage into the perRecipient input for that recipient', async () => {
    const user = userEvent.setup();
    const { last } = render();
    expect(screen.getByRole('checkbox', { name: /Margen/ })).toBeDisabled();
    expect(screen.getByRole('checkbox', { name: /Margen/ })).toBeChecked();
    await user.click(screen.getByRole('checkbox', { name: /Proveedor/ }));
    selectInBody('Texto original', 'Harinas del Sur');
    expect(screen.getByText('Selección: «Harinas del Sur» (30–45)')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Ocultar selección' }));
    const start = BODY.indexOf('Harinas del Sur');
    expect(last()).toEqual([
      {
        organizationId: 'molino',
        redaction: { fieldKeys: ['proveedor'], spans: [{ start, end: start + 15 }] },
      },
    ]);
    expect(
      screen.getByRole('button', { name: `Mostrar de nuevo el fragmento ${start}–${start + 15}` }),
    ).toBeInTheDocument();
  });

  it('keeps each recipient’s redactions apart, and accepts typed positions', async () => {
    const user = userEvent.setup();
    const { last } = render();
    await user.click(screen.getByRole('tab', { name: 'Transportes Rápidos' }));
    await user.type(screen.getByLabelText('Desde (posición)'), '8');
    await user.type(screen.getByLabelText('Hasta (posición)'), '13');
    await user.click(screen.getByRole('button', { name: 'Ocultar ese tramo' }));
    expect(last()).toEqual([
      {
        organizationId: 'transportes',
        redaction: { fieldKeys: [], spans: [{ start: 8, end: 13 }] },
      },
    ]);
  });

  it('refuses a range outside the text', async () => {
    const user = userEvent.setup();
    const { last } = render();
    await user.type(screen.getByLabelText('Desde (posición)'), '40');
    await user.type(screen.getByLabelText('Hasta (posición)'), '30');
    await user.click(screen.getByRole('button', { name: 'Ocultar ese tramo' }));
    expect(screen.getByRole('alert')).toHaveTextContent('desde 0 hasta 46');
    expect(last()).toBeUndefined();
  });

  it('clears one recipient and copies to all', async () => {
    const user = userEvent.setup();
    const { last } = render();
    await user.click(screen.getByRole('checkbox', { name: /Coste por kg/ }));
    await user.click(
      screen.getByRole('button', { name: 'Aplicar lo mismo a todos los destinatarios' }),
    );
    expect(last()?.map((e) => [e.organizationId, e.redaction.fieldKeys])).toEqual([
      ['molino', ['coste']],
      ['transportes', ['coste']],
    ]);
    await user.click(
      screen.getByRole('button', { name: 'Quitar las ocultaciones para Molino del Sur' }),
    );
    expect(last()?.map((e) => e.organizationId)).toEqual(['transportes']);
    expect(screen.getByRole('checkbox', { name: /Coste por kg/ })).not.toBeChecked();
  });

  it('speaks English', async () => {
    const user = userEvent.setup();
    const { last } = render('en');
    expect(screen.getByRole('group', { name: 'Fields Molino del Sur will not see' })).toBeVisible();
    expect(screen.getByText('Already hidden by the proposal')).toBeInTheDocument();
    selectInBody('Original text', 'coste');
    await user.click(screen.getByRole('button', { name: 'Hide selection' }));
    expect(last()).toEqual([
      { organizationId: 'molino', redaction: { fieldKeys: [], spans: [{ start: 8, end: 13 }] } },
    ]);
    await user.click(
      screen.getByRole('button', { name: 'Clear the redactions for Molino del Sur' }),
    );
    expect(last()).toEqual([]);
  });
});
