import { MockedProvider } from '@apollo/client/testing/react';
import { renderWithProviders } from '@alianza/ui/testing';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { questionsMessages } from './messages';
import { QuestionView } from './question-detail';
import type { ConsoleQuestionFragment } from './questions.generated';

const base: ConsoleQuestionFragment = {
  id: 'q1',
  askerOrganizationId: 'panaderia',
  askerOrganizationName: 'Panadería La Espiga',
  askedByName: 'Pedro Panadero',
  subject: 'Precio de la harina',
  body: '¿Es caro 0,62 €/kg?',
  status: 'OPEN',
  answer: null,
  answeredAt: null,
  askedAt: '2026-11-22T09:00:00Z',
  publication: null,
};

function render(question: ConsoleQuestionFragment, closed = false) {
  renderWithProviders(
    <MockedProvider mocks={[]}>
      <QuestionView question={question} closed={closed} />
    </MockedProvider>,
    { messages: { questions: questionsMessages } },
  );
}

describe('QuestionView', () => {
  it('tells the facilitator who asked, and offers to answer an open question', () => {
    render(base);
    expect(screen.getByText('Panadería La Espiga · Pedro Panadero')).toBeInTheDocument();
    expect(screen.getByLabelText(/Respuesta privada/)).toHaveValue('');
    expect(screen.getByRole('button', { name: 'Responder' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Publicar anonimizada' })).not.toBeInTheDocument();
  });

  it('lets the facilitator change an answer and publish it once answered', () => {
    render({ ...base, status: 'ANSWERED', answer: 'En la media.', answeredAt: base.askedAt });
    expect(screen.getByLabelText(/Respuesta privada/)).toHaveValue('En la media.');
    expect(screen.getByRole('button', { name: 'Guardar la respuesta' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Publicar anonimizada' })).toBeInTheDocument();
  });

  it('freezes a published answer and offers to withdraw the publication', () => {
    render({
      ...base,
      status: 'PUBLISHED',
      answer: 'En la media.',
      answeredAt: base.askedAt,
      publication: {
        id: 'p1',
        question: '¿Es caro pagar 0,62 €/kg?',
        answer: 'Está en la media.',
        publishedAt: base.askedAt,
      },
    });
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.getByText('¿Es caro pagar 0,62 €/kg?')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Retirar la publicación' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Publicar anonimizada' })).not.toBeInTheDocument();
  });

  it('changes nothing once the collaboration is closed', () => {
    render({ ...base, status: 'ANSWERED', answer: 'En la media.' }, true);
    expect(screen.getByText(/La colaboración está cerrada/)).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
