import { redactionMessages } from '@alianza/ui';
import { renderWithProviders, selectText } from '@alianza/ui/testing';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { queueMessages } from './messages';
import type { FieldLike } from './preview-columns';
import { toPerRecipientInput, type ExtraRedactions } from './redaction';
import { RedactionPicker } from './redaction-picker';

const BODY = 'Nuestro coste es 0,62 EUR con **Harinas del Sur**.';
/** The body as read: what spans count. */
const TEXT = 'Nuestro coste es 0,62 EUR con Harinas del Sur.';
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
      title="Harina"
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

function selectInBody(text: string) {
  selectText(
    screen.getByRole('group', { name: /El texto, tal como se lee|The text, as it reads/ }),
    text,
  );
}

function render(language: 'es' | 'en' = 'es') {
  const inputs: ReturnType<typeof toPerRecipientInput>[] = [];
  renderWithProviders(<Harness onInput={(input) => inputs.push(input)} />, {
    messages: { queue: queueMessages, redaction: redactionMessages },
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
    selectInBody('Harinas del Sur');
    expect(screen.getByText('Seleccionado: «Harinas del Sur»')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Ocultar la selección' }));
    const start = TEXT.indexOf('Harinas del Sur');
    expect(last()).toEqual([
      {
        organizationId: 'molino',
        redaction: { fieldKeys: ['proveedor'], spans: [{ start, end: start + 15 }] },
      },
    ]);
    expect(
      screen.getByRole('button', { name: 'Volver a mostrar «Harinas del Sur»' }),
    ).toBeInTheDocument();
  });

  it('keeps each recipient’s redactions apart; no positions to type', async () => {
    const user = userEvent.setup();
    const { last } = render();
    await user.click(screen.getByRole('tab', { name: 'Transportes Rápidos' }));
    expect(screen.queryByRole('spinbutton')).toBeNull();
    selectInBody('coste');
    await user.click(screen.getByRole('button', { name: 'Ocultar la selección' }));
    expect(last()).toEqual([
      {
        organizationId: 'transportes',
        redaction: { fieldKeys: [], spans: [{ start: 8, end: 13 }] },
      },
    ]);
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

  it('flags the hidden supplier still named in the text, and hides it there in one click', async () => {
    const user = userEvent.setup();
    const { last } = render();
    await user.click(screen.getByRole('checkbox', { name: /Proveedor/ }));
    expect(screen.getByText('Un dato oculto sigue a la vista')).toBeInTheDocument();
    expect(
      screen.getByText('«Proveedor» está oculto, pero su valor sale 1 vez en el texto.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Ocultar «Proveedor» en el texto' }));
    const start = TEXT.indexOf('Harinas del Sur');
    expect(last()).toEqual([
      {
        organizationId: 'molino',
        redaction: { fieldKeys: ['proveedor'], spans: [{ start, end: start + 15 }] },
      },
    ]);
    expect(screen.queryByText('Un dato oculto sigue a la vista')).toBeNull();
  });

  it('speaks English', async () => {
    const user = userEvent.setup();
    const { last } = render('en');
    expect(screen.getByRole('group', { name: 'Fields Molino del Sur will not see' })).toBeVisible();
    expect(screen.getByText('Already hidden by the proposal')).toBeInTheDocument();
    selectInBody('coste');
    await user.click(screen.getByRole('button', { name: 'Hide the selection' }));
    expect(last()).toEqual([
      { organizationId: 'molino', redaction: { fieldKeys: [], spans: [{ start: 8, end: 13 }] } },
    ]);
    await user.click(
      screen.getByRole('button', { name: 'Clear the redactions for Molino del Sur' }),
    );
    expect(last()).toEqual([]);
  });
});
