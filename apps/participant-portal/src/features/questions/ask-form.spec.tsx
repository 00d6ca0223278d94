import { MockedProvider } from '@apollo/client/testing/react';
import { renderWithProviders } from '@alianza/ui/testing';
import { Notifications } from '@mantine/notifications';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AskForm } from './ask-form';
import { questionsMessages } from './messages';
import { PortalAskQuestionDocument } from './questions.generated';

const asked = {
  data: {
    askQuestion: {
      id: 'q1',
      askedByName: 'Pedro Panadero',
      subject: null,
      body: '¿Podemos compartir rutas?',
      status: 'OPEN',
      answer: null,
      answeredAt: null,
      askedAt: '2026-11-23T10:00:00Z',
      publication: null,
    },
  },
};

function render(onVariables: (v: unknown) => void) {
  renderWithProviders(
    <MockedProvider
      mocks={[
        {
          request: {
            query: PortalAskQuestionDocument,
            variables: (variables: unknown) => {
              onVariables(variables);
              return true;
            },
          },
          result: asked,
        },
      ]}
    >
      <>
        <Notifications />
        <AskForm collaborationId="c1" />
      </>
    </MockedProvider>,
    { messages: { questions: questionsMessages } },
  );
  return userEvent.setup({ delay: null });
}

describe('AskForm', () => {
  it('says that only the facilitator sees the question', () => {
    render(vi.fn());
    expect(screen.getByText(/Es privada: solo la facilitación la ve/)).toBeInTheDocument();
  });

  it('sends the question trimmed, without a subject when none is given, and clears the form', async () => {
    const sent = vi.fn();
    const user = render(sent);
    const body = screen.getByLabelText(/Tu pregunta/);
    await user.type(body, '  ¿Podemos compartir rutas? ');
    await user.click(screen.getByRole('button', { name: 'Enviar la pregunta' }));
    expect(await screen.findByText('Pregunta enviada a la facilitación')).toBeInTheDocument();
    expect(sent).toHaveBeenCalledWith({
      collaborationId: 'c1',
      input: { subject: null, body: '¿Podemos compartir rutas?' },
    });
    await waitFor(() => expect(body).toHaveValue(''));
  });

  it('asks for the question before sending', async () => {
    const sent = vi.fn();
    const user = render(sent);
    await user.type(screen.getByLabelText(/Asunto/), 'Rutas');
    await user.click(screen.getByRole('button', { name: 'Enviar la pregunta' }));
    expect(await screen.findByText('Escribe tu pregunta.')).toBeInTheDocument();
    expect(sent).not.toHaveBeenCalled();
  });
});
