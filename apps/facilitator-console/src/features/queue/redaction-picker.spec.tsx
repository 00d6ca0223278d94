import { redactionMessages } from '@alianza/ui';
import { renderWithProviders, selectText } from '@alianza/ui/testing';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { queueMessages } from './messages';
import type { FieldLike } from './preview-columns';
import { toPerRecipientInput, type ExtraRedactions, type ServerLeak } from './redaction';
import { RedactionPicker, type PickerFiles } from './redaction-picker';

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

/** The report (12 pages, 1–5 and 8 offered with download) and the prices (offered to view). */
const FILE_CONTEXT: PickerFiles = {
  files: [
    { id: 'informe', name: 'informe.pdf', kind: 'PDF', bytes: 20_000, pages: 12 },
    { id: 'tarifas', name: 'tarifas.xlsx', kind: 'SPREADSHEET', bytes: 8_000, pages: null },
    { id: 'notas', name: 'notas.docx', kind: 'DOCUMENT', bytes: 4_000, pages: null },
  ],
  proposed: [
    { fileId: 'informe', pages: [1, 2, 3, 4, 5, 8], download: true },
    { fileId: 'tarifas', pages: null, download: false },
  ],
};

/** The picker as the review uses it: controlled, the approve input shaped from its value. */
function Harness(props: {
  onInput: (input: ReturnType<typeof toPerRecipientInput>) => void;
  fileContext?: typeof FILE_CONTEXT;
  serverLeaks?: readonly ServerLeak[];
}) {
  const [value, setValue] = useState<ExtraRedactions>({});
  return (
    <RedactionPicker
      recipients={RECIPIENTS}
      title="Harina"
      fields={FIELDS}
      body={BODY}
      proposed={{ fieldKeys: ['margen'], spans: [] }}
      fileContext={props.fileContext}
      serverLeaks={props.serverLeaks}
      value={value}
      onChange={(next) => {
        setValue(next);
        props.onInput(toPerRecipientInput(next, ['molino', 'transportes'], props.fileContext));
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

function render(
  language: 'es' | 'en' = 'es',
  fileContext?: typeof FILE_CONTEXT,
  serverLeaks?: readonly ServerLeak[],
) {
  const inputs: ReturnType<typeof toPerRecipientInput>[] = [];
  renderWithProviders(
    <Harness
      onInput={(input) => inputs.push(input)}
      fileContext={fileContext}
      serverLeaks={serverLeaks}
    />,
    { messages: { queue: queueMessages, redaction: redactionMessages }, language },
  );
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

describe('RedactionPicker, documents', () => {
  const pagesOfReport = () => screen.getByRole('textbox', { name: /Páginas de «informe.pdf»/ });

  it('shows what the owner proposes of each file, and offers nothing it did not propose', () => {
    render('es', FILE_CONTEXT);
    const report = screen.getByRole('radiogroup', {
      name: 'Qué recibe Molino del Sur de «informe.pdf»',
    });
    expect(report).toHaveAccessibleDescription('Propuesto: páginas 1–5, 8 de 12 · descarga');
    expect(
      screen.getByRole('radiogroup', { name: 'Qué recibe Molino del Sur de «tarifas.xlsx»' }),
    ).toHaveAccessibleDescription('Propuesto: completo · solo ver');
    expect(
      screen.getByText('La organización no propone compartirlo: Molino del Sur no lo recibirá.'),
    ).toBeInTheDocument();
    // A spreadsheet is whole or nothing; its download was not proposed.
    const prices = screen.getAllByRole('checkbox', { name: /Permitir la descarga/ })[1]!;
    expect(prices).toBeDisabled();
    expect(prices).not.toBeChecked();
  });

  it('narrows the report to typed pages for one recipient; the others keep the proposal', async () => {
    const user = userEvent.setup();
    const { last } = render('es', FILE_CONTEXT);
    await user.click(screen.getAllByRole('radio', { name: 'Menos páginas' })[0]!);
    expect(pagesOfReport()).toHaveValue('1–5, 8');
    await user.clear(pagesOfReport());
    await user.type(pagesOfReport(), '2-4');
    expect(last()).toEqual([
      {
        organizationId: 'molino',
        redaction: {
          fieldKeys: [],
          spans: [],
          files: [
            { fileId: 'informe', pages: [2, 3, 4], download: true },
            { fileId: 'tarifas', pages: null, download: false },
          ],
        },
      },
    ]);
    expect(screen.getByRole('checkbox', { name: '3' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: '5' })).not.toBeChecked();
  });

  it('cannot pick a page outside the proposal: no such page to click, and typed it is an error next to the field', async () => {
    const user = userEvent.setup();
    const { last } = render('es', FILE_CONTEXT);
    await user.click(screen.getAllByRole('radio', { name: 'Menos páginas' })[0]!);
    const pageList = screen.getByRole('group', {
      name: 'Elegir páginas de «informe.pdf» una a una',
    });
    expect(within(pageList).getAllByRole('checkbox')).toHaveLength(6);
    expect(within(pageList).queryByRole('checkbox', { name: '6' })).toBeNull();
    await user.clear(pagesOfReport());
    await user.type(pagesOfReport(), '1-6');
    expect(pagesOfReport()).toHaveAttribute('aria-invalid', 'true');
    expect(pagesOfReport()).toHaveAccessibleDescription(
      expect.stringContaining('Solo puedes elegir entre las páginas propuestas: 1–5, 8.'),
    );
    expect(last()).toEqual([]);
    // Picking a page rewrites the text from what is allowed.
    await user.click(within(pageList).getByRole('checkbox', { name: '5' }));
    expect(pagesOfReport()).toHaveValue('1–4');
    expect(pagesOfReport()).not.toHaveAttribute('aria-invalid', 'true');
    expect(last()?.[0]?.redaction.files?.[0]).toEqual({
      fileId: 'informe',
      pages: [1, 2, 3, 4],
      download: true,
    });
  });

  it('withholds a file and switches a download off', async () => {
    const user = userEvent.setup();
    const { last } = render('es', FILE_CONTEXT);
    await user.click(screen.getByRole('tab', { name: /Transportes Rápidos/ }));
    await user.click(screen.getAllByRole('checkbox', { name: /Permitir la descarga/ })[0]!);
    await user.click(screen.getAllByRole('radio', { name: 'Retener' })[1]!);
    expect(last()).toEqual([
      {
        organizationId: 'transportes',
        redaction: {
          fieldKeys: [],
          spans: [],
          files: [{ fileId: 'informe', pages: [1, 2, 3, 4, 5, 8], download: false }],
        },
      },
    ]);
    expect(screen.getByRole('tab', { name: /Transportes Rápidos/ })).toHaveTextContent('2');
  });

  it('speaks English', async () => {
    const user = userEvent.setup();
    render('en', FILE_CONTEXT);
    expect(
      screen.getByRole('radiogroup', { name: 'What Molino del Sur gets of “informe.pdf”' }),
    ).toHaveAccessibleDescription('Proposed: pages 1–5, 8 of 12 · download');
    await user.click(screen.getAllByRole('radio', { name: 'Fewer pages' })[0]!);
    const pages = screen.getByRole('textbox', { name: /Pages of “informe.pdf”/ });
    await user.clear(pages);
    expect(pages).toHaveAccessibleDescription(
      expect.stringContaining('Choose at least one page, or withhold the document.'),
    );
  });

  describe('hidden values the server found in files', () => {
    /** The hidden margin is on page 3 of the report (Molino) and in the prices' sheet (both). */
    const LEAKS: ServerLeak[] = [
      {
        organizationId: 'molino',
        fieldKey: 'margen',
        fieldLabel: 'Margen',
        inFiles: [
          { fileId: 'informe', fileName: 'informe.pdf', page: 3, sheet: null },
          { fileId: 'tarifas', fileName: 'tarifas.xlsx', page: null, sheet: 'Precios' },
        ],
      },
      {
        organizationId: 'transportes',
        fieldKey: 'margen',
        fieldLabel: 'Margen',
        inFiles: [{ fileId: 'tarifas', fileName: 'tarifas.xlsx', page: null, sheet: 'Precios' }],
      },
    ];
    const places = () =>
      within(screen.getByRole('status', { name: /sale en un documento|shows in a document/ }))
        .getAllByRole('listitem')
        .map((item) => item.textContent);

    it('says, per recipient, which page or sheet shows the value', async () => {
      const user = userEvent.setup();
      render('es', FILE_CONTEXT, LEAKS);
      expect(places()).toEqual([
        'El valor de «Margen» sale en «informe.pdf», página 3.',
        'El valor de «Margen» sale en «tarifas.xlsx», hoja Precios.',
      ]);
      await user.click(screen.getByRole('tab', { name: /Transportes Rápidos/ }));
      expect(places()).toEqual(['El valor de «Margen» sale en «tarifas.xlsx», hoja Precios.']);
    });

    it('drops a place once the recipient no longer gets that page or file', async () => {
      const user = userEvent.setup();
      render('es', FILE_CONTEXT, LEAKS);
      await user.click(screen.getAllByRole('radio', { name: 'Menos páginas' })[0]!);
      await user.clear(pagesOfReport());
      await user.type(pagesOfReport(), '1-2');
      expect(places()).toEqual(['El valor de «Margen» sale en «tarifas.xlsx», hoja Precios.']);
      await user.click(screen.getAllByRole('radio', { name: 'Retener' })[1]!);
      expect(screen.queryByRole('status', { name: /sale en un documento/ })).toBeNull();
    });

    it('speaks English', () => {
      render('en', FILE_CONTEXT, LEAKS);
      expect(places()).toEqual([
        'The value of “Margen” shows in “informe.pdf”, page 3.',
        'The value of “Margen” shows in “tarifas.xlsx”, sheet Precios.',
      ]);
    });
  });
});
