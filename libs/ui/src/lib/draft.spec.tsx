import type { SessionUserFragment } from '@alianza/graphql-client';
import { Button, PasswordInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderWithProviders } from '../testing/render';
import { DraftNotice, useDraft } from './draft';
import { clearDrafts } from './draft-storage';
import { SessionContext } from './session';

const ANA = { id: 'user-ana', email: 'ana@example.org', displayName: 'Ana' };
const STORED = 'alianza:draft:user-ana:rules:c1';

function RulesForm(props: { formKey?: string | null; onSubmitted?: () => void }) {
  const form = useForm({ initialValues: { text: '', password: '' } });
  const draft = useDraft(props.formKey === undefined ? 'rules:c1' : props.formKey, form, {
    omit: ['password'],
  });
  return (
    <form
      onSubmit={form.onSubmit(() => {
        draft.clear();
        props.onSubmitted?.();
      })}
    >
      <DraftNotice draft={draft} />
      <Textarea label="Reglas" {...form.getInputProps('text')} />
      <PasswordInput label="Contraseña" {...form.getInputProps('password')} />
      <Button type="submit">Enviar</Button>
      <Button onClick={draft.discard}>Cancelar</Button>
    </form>
  );
}

function renderAs(user: { id: string } | null, ui = <RulesForm />) {
  const session = user && {
    user: { ...ANA, ...user } as unknown as SessionUserFragment,
    signOut: async () => undefined,
  };
  return renderWithProviders(
    <SessionContext.Provider value={session}>{ui}</SessionContext.Provider>,
  );
}

const typist = () => userEvent.setup({ delay: null });

describe('useDraft', () => {
  beforeEach(() => window.localStorage.clear());

  it('keeps what is typed and brings it back, with a notice, when the form mounts again', async () => {
    const user = typist();
    const first = renderAs(ANA);
    expect(screen.queryByText(/Borrador recuperado/)).not.toBeInTheDocument();
    await user.type(screen.getByLabelText('Reglas'), 'Nos reunimos cada lunes');
    expect(JSON.parse(window.localStorage.getItem(STORED) ?? '{}')).toEqual({
      text: 'Nos reunimos cada lunes',
    });
    first.unmount();

    renderAs(ANA);
    expect(screen.getByLabelText('Reglas')).toHaveValue('Nos reunimos cada lunes');
    expect(screen.getByRole('status')).toHaveTextContent('Borrador recuperado');
  });

  it('never stores an omitted field such as a password', async () => {
    const user = typist();
    renderAs(ANA);
    await user.type(screen.getByLabelText('Contraseña'), 'secreto-largo');
    expect(window.localStorage.getItem(STORED)).toBeNull();
    await user.type(screen.getByLabelText('Reglas'), 'x');
    expect(window.localStorage.getItem(STORED)).not.toContain('secreto');
  });

  it("keeps one user's draft from another user and from another form", async () => {
    const user = typist();
    const first = renderAs(ANA);
    await user.type(screen.getByLabelText('Reglas'), 'de Ana');
    first.unmount();

    const other = renderAs({ id: 'user-bea' });
    expect(screen.getByLabelText('Reglas')).toHaveValue('');
    other.unmount();
    renderAs(ANA, <RulesForm formKey="rules:c2" />);
    expect(screen.getByLabelText('Reglas')).toHaveValue('');
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('keeps nothing without a signed-in user or a key', async () => {
    const user = typist();
    const first = renderAs(null);
    await user.type(screen.getByLabelText('Reglas'), 'sin sesión');
    first.unmount();
    renderAs(ANA, <RulesForm formKey={null} />);
    await user.type(screen.getByLabelText('Reglas'), 'sin clave');
    expect(window.localStorage.length).toBe(0);
  });

  it('forgets the draft once the form is sent', async () => {
    const user = typist();
    window.localStorage.setItem(STORED, JSON.stringify({ text: 'casi listo' }));
    renderAs(ANA);
    expect(screen.getByLabelText('Reglas')).toHaveValue('casi listo');
    await user.click(screen.getByRole('button', { name: 'Enviar' }));
    await waitFor(() => expect(window.localStorage.getItem(STORED)).toBeNull());
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('discards the draft and empties the form from the notice or on cancel', async () => {
    const user = typist();
    window.localStorage.setItem(STORED, JSON.stringify({ text: 'viejo' }));
    const first = renderAs(ANA);
    await user.click(screen.getByRole('button', { name: 'Descartar borrador' }));
    expect(screen.getByLabelText('Reglas')).toHaveValue('');
    expect(window.localStorage.getItem(STORED)).toBeNull();
    first.unmount();

    renderAs(ANA);
    await user.type(screen.getByLabelText('Reglas'), 'otra vez');
    await user.click(screen.getByRole('button', { name: 'Cancelar' }));
    expect(screen.getByLabelText('Reglas')).toHaveValue('');
    expect(window.localStorage.getItem(STORED)).toBeNull();
  });

  it('drops the draft when the text goes back to how the form started', async () => {
    const user = typist();
    renderAs(ANA);
    await user.type(screen.getByLabelText('Reglas'), 'ab');
    expect(window.localStorage.getItem(STORED)).not.toBeNull();
    await user.clear(screen.getByLabelText('Reglas'));
    expect(window.localStorage.getItem(STORED)).toBeNull();
  });

  it("forgets only the signing-out user's drafts", () => {
    window.localStorage.setItem(STORED, '{"text":"a"}');
    window.localStorage.setItem('alianza:draft:user-bea:rules:c1', '{"text":"b"}');
    window.localStorage.setItem('alianza-language', 'es');
    clearDrafts('user-ana');
    expect(window.localStorage.getItem(STORED)).toBeNull();
    expect(window.localStorage.getItem('alianza:draft:user-bea:rules:c1')).not.toBeNull();
    expect(window.localStorage.getItem('alianza-language')).toBe('es');
  });
});
