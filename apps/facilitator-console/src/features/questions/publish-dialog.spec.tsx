import { MockedProvider } from '@apollo/client/testing/react';
import { renderWithProviders } from '@alianza/ui/testing';
import { Notifications } from '@mantine/notifications';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { questionsMessages } from './messages';
import { publishDraft, PublishDialog } from './publish-dialog';
import {
  ConsolePublishQuestionDocument,
  type ConsoleQuestionFragment,
} from './questions.generated';

const question: ConsoleQuestionFragment = {
  id: 'q1',
  askerOrganizationId: 'panaderia',
  askerOrganizationName: 'Panadería La Espiga',
  askedByName: 'Pedro Panadero',
  subject: 'Precio de la harina',
  body: 'En La Espiga pagamos 0,62 €/kg. ¿Es caro?',
  status: 'ANSWERED',
  answer: 'Está en la media del grupo.',
  answeredAt: '2026-11-23T10:00:00Z',
  askedAt: '2026-11-22T09:00:00Z',
  publication: null,
};

const published = {
  data: {
    publishQuestion: {
      ...question,
      status: 'PUBLISHED',
      publication: {
        id: 'p1',
        question: '¿Es caro pagar la harina a 0,62 €/kg?',
        answer: 'Está en la media del grupo.',
        publishedAt: '2026-11-23T11:00:00Z',
      },
    },
  },
};

function render(onVariables: (v: unknown) => void) {
  const onClose = vi.fn();
  renderWithProviders(
    <MockedProvider
      mocks={[
        {
          request: {
            query: ConsolePublishQuestionDocument,
            variables: (variables: unknown) => {
              onVariables(variables);
              return true;
            },
          },
          result: published,
        },
      ]}
    >
      <>
        <Notifications />
        <PublishDialog question={question} onClose={onClose} />
      </>
    </MockedProvider>,
    { messages: { questions: questionsMessages } },
  );
  return { onClose, user: userEvent.setup({ delay: null }) };
}

describe('PublishDialog', () => {
  it('shows the private question beside a blank one to write anew, and warns', () => {
    render(vi.fn());
    expect(screen.getByText(/Quita todo lo que permita saber quién preguntó/)).toBeInTheDocument();
    expect(screen.getByLabelText(/^Pregunta original/)).toHaveTextContent(
      'En La Espiga pagamos 0,62 €/kg. ¿Es caro?',
    );
    expect(screen.getByLabelText(/Pregunta publicada/)).toHaveValue('');
    expect(screen.getByLabelText(/Respuesta publicada/)).toHaveValue('Está en la media del grupo.');
  });

  it('refuses to publish the private question copied over', async () => {
    const sent = vi.fn();
    const { user, onClose } = render(sent);
    await user.click(screen.getByLabelText(/Pregunta publicada/));
    await user.paste('precio de la harina');
    await user.click(screen.getByRole('button', { name: 'Publicar para todos' }));
    expect(
      await screen.findByText('Es igual que la pregunta privada: reescríbela con tus palabras.'),
    ).toBeInTheDocument();
    expect(sent).not.toHaveBeenCalled();
    expect(onClose).not.toHaveBeenCalled();
  });

  it('publishes the edited texts, trimmed', async () => {
    const sent = vi.fn();
    const { user, onClose } = render(sent);
    await user.click(screen.getByLabelText(/Pregunta publicada/));
    await user.paste('  ¿Es caro pagar la harina a 0,62 €/kg? ');
    await user.click(screen.getByRole('button', { name: 'Publicar para todos' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(sent).toHaveBeenCalledWith({
      questionId: 'q1',
      input: {
        question: '¿Es caro pagar la harina a 0,62 €/kg?',
        answer: 'Está en la media del grupo.',
      },
    });
  });

  it('refuses to publish an empty text', async () => {
    const sent = vi.fn();
    const { user, onClose } = render(sent);
    await user.clear(screen.getByLabelText(/Respuesta publicada/));
    await user.click(screen.getByRole('button', { name: 'Publicar para todos' }));
    // Both are empty now: the question starts blank, the answer was cleared.
    expect(await screen.findAllByText('Obligatorio')).toHaveLength(2);
    expect(sent).not.toHaveBeenCalled();
    expect(onClose).not.toHaveBeenCalled();
  });
});

describe('publishDraft', () => {
  it('never starts from the private question, and from an empty answer when none', () => {
    expect(publishDraft(question)).toEqual({ question: '', answer: question.answer });
    expect(publishDraft({ ...question, answer: null })).toEqual({ question: '', answer: '' });
  });
});
