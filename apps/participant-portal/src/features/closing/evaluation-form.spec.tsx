import type { SessionUserFragment } from '@alianza/graphql-client';
import { SessionContext } from '@alianza/ui';
import { renderWithProviders } from '@alianza/ui/testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { EvaluationForm } from './evaluation-form';
import { closingMessages } from './messages';

const objectives = [
  { id: 'obj-1', title: 'Comprar harina juntos', description: 'Un pedido conjunto al mes.' },
  { id: 'obj-2', title: 'Compartir rutas' },
];
const peers = [
  { organizationId: 'org-molino', name: 'Molino del Sur' },
  { organizationId: 'org-transportes', name: 'Transportes Rápidos' },
];

function render(
  props: Partial<Parameters<typeof EvaluationForm>[0]> = {},
  language: 'es' | 'en' = 'es',
) {
  const onSubmit = vi.fn();
  renderWithProviders(
    <EvaluationForm objectives={objectives} peers={peers} onSubmit={onSubmit} {...props} />,
    { messages: { closing: closingMessages }, language },
  );
  return { onSubmit, user: userEvent.setup({ delay: null }) };
}

const score = (name: string, label: string) =>
  within(screen.getByRole('radiogroup', { name: `Puntuación de ${name}` })).getByRole('radio', {
    name: label,
  });

// Forms with many fields render slowly in jsdom on a busy machine.
vi.setConfig({ testTimeout: 20_000 });

describe('EvaluationForm', () => {
  it('cannot be sent until every objective and every peer has a score', async () => {
    const { user, onSubmit } = render();
    const send = screen.getByRole('button', { name: 'Enviar evaluación' });
    expect(send).toBeDisabled();
    expect(screen.getByText('Faltan 4 puntuaciones')).toBeInTheDocument();

    await user.click(score('Comprar harina juntos', '4 · Bastante'));
    await user.click(score('Compartir rutas', '2 · Poco'));
    await user.click(score('Molino del Sur', '5 · Mucho'));
    expect(send).toBeDisabled();
    expect(screen.getByText('Falta 1 puntuación')).toBeInTheDocument();

    await user.click(send);
    expect(onSubmit).not.toHaveBeenCalled();

    await user.click(score('Transportes Rápidos', '3 · Suficiente'));
    expect(send).toBeEnabled();
    expect(screen.queryByText(/Falta/)).not.toBeInTheDocument();
  });

  it('submits the input in the API shape, comments trimmed', async () => {
    const { user, onSubmit } = render();
    await user.click(score('Comprar harina juntos', '4 · Bastante'));
    await user.click(score('Compartir rutas', '1 · Muy poco'));
    await user.click(score('Molino del Sur', '5 · Mucho'));
    await user.click(score('Transportes Rápidos', '3 · Suficiente'));
    const molino = screen.getByRole('group', { name: 'Molino del Sur' });
    await user.click(within(molino).getByLabelText('Comentario (opcional)'));
    await user.paste('  Harina a tiempo ');
    await user.click(screen.getByLabelText('Valoración general (opcional)'));
    await user.paste('Repetiríamos');
    await user.click(screen.getByRole('button', { name: 'Enviar evaluación' }));

    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(onSubmit).toHaveBeenCalledWith({
      objectiveRatings: [
        { objectiveId: 'obj-1', rating: 4, comment: '' },
        { objectiveId: 'obj-2', rating: 1, comment: '' },
      ],
      peerRatings: [
        { organizationId: 'org-molino', rating: 5, comment: 'Harina a tiempo' },
        { organizationId: 'org-transportes', rating: 3, comment: '' },
      ],
      assessment: 'Repetiríamos',
    });
  });

  it('starts from the last evaluation sent and offers to send it again', async () => {
    const { user, onSubmit } = render({
      previous: {
        id: 'ev-1',
        organizationId: 'org-panaderia',
        assessment: 'Bien',
        updatedAt: '2026-11-20T10:00:00Z',
        objectiveRatings: [
          { objectiveId: 'obj-1', rating: 3, comment: 'Algo' },
          { objectiveId: 'obj-2', rating: 2, comment: '' },
        ],
        peerRatings: [
          { organizationId: 'org-molino', rating: 4, comment: '' },
          { organizationId: 'org-transportes', rating: 5, comment: '' },
        ],
      },
    });
    expect(screen.getByText(/Enviasteis vuestra evaluación el/)).toBeInTheDocument();
    expect(score('Comprar harina juntos', '3 · Suficiente')).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Enviar de nuevo' }));
    expect(onSubmit).toHaveBeenCalledWith(
      expect.objectContaining({
        objectiveRatings: [
          { objectiveId: 'obj-1', rating: 3, comment: 'Algo' },
          { objectiveId: 'obj-2', rating: 2, comment: '' },
        ],
        assessment: 'Bien',
      }),
    );
  });

  it('keeps the scores given so far as a draft of the signed-in user, until sent', async () => {
    window.localStorage.clear();
    const session = {
      user: { id: 'user-ana' } as SessionUserFragment,
      signOut: async () => undefined,
    };
    const form = (onSubmit = vi.fn()) => (
      <SessionContext.Provider value={session}>
        <EvaluationForm
          objectives={objectives}
          peers={peers}
          draftKey="evaluation:c1"
          onSubmit={onSubmit}
        />
      </SessionContext.Provider>
    );
    const user = userEvent.setup({ delay: null });
    const first = renderWithProviders(form(), { messages: { closing: closingMessages } });
    await user.click(score('Comprar harina juntos', '4 · Bastante'));
    first.unmount();

    const onSubmit = vi.fn().mockResolvedValue({ data: {} });
    renderWithProviders(form(onSubmit), { messages: { closing: closingMessages } });
    expect(screen.getByText(/Borrador recuperado/)).toBeInTheDocument();
    expect(score('Comprar harina juntos', '4 · Bastante')).toBeChecked();
    await user.click(score('Compartir rutas', '2 · Poco'));
    await user.click(score('Molino del Sur', '5 · Mucho'));
    await user.click(score('Transportes Rápidos', '3 · Suficiente'));
    await user.click(screen.getByRole('button', { name: 'Enviar evaluación' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(window.localStorage.length).toBe(0));
  });

  it('speaks English', () => {
    render({}, 'en');
    expect(screen.getByRole('button', { name: 'Send evaluation' })).toBeDisabled();
    expect(
      screen.getByRole('radiogroup', { name: 'Score for Molino del Sur' }),
    ).toBeInTheDocument();
  });
});
