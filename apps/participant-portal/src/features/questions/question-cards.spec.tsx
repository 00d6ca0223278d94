import type { QuestionFieldsFragment } from '@alianza/graphql-client';
import { renderWithProviders } from '@alianza/ui/testing';
import { screen, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { questionsMessages } from './messages';
import { OwnQuestionCard, PublishedAnswerCard } from './question-cards';

const publication = {
  id: 'p1',
  question: '¿Se puede compartir un precio sin identificar a quien lo da?',
  answer: 'Sí, como dato agregado.',
  publishedAt: '2026-11-23T11:00:00Z',
};

const own: QuestionFieldsFragment = {
  id: 'q1',
  askedByName: 'Pedro Panadero',
  subject: 'Precio de la harina',
  body: 'Pagamos 0,62 €/kg.',
  status: 'OPEN',
  answer: null,
  answeredAt: null,
  askedAt: '2026-11-22T09:00:00Z',
  publication: null,
};

const render = (ui: ReactElement) =>
  renderWithProviders(ui, { messages: { questions: questionsMessages } });

describe('OwnQuestionCard', () => {
  it('shows an open question as waiting for the answer', () => {
    render(<OwnQuestionCard question={own} />);
    const card = screen.getByRole('article', { name: 'Precio de la harina' });
    expect(within(card).getByText('Sin responder')).toBeInTheDocument();
    expect(within(card).getByText(/Preguntada por Pedro Panadero/)).toBeInTheDocument();
    expect(
      within(card).getByText('Esperando la respuesta de la facilitación.'),
    ).toBeInTheDocument();
  });

  it('shows the answer and, once published, the version everyone reads', () => {
    render(
      <OwnQuestionCard
        question={{ ...own, status: 'PUBLISHED', answer: 'Está en la media.', publication }}
      />,
    );
    expect(screen.getByText('Está en la media.')).toBeInTheDocument();
    expect(screen.getByText('Publicada')).toBeInTheDocument();
    expect(screen.getByText(/publicó una versión sin vuestro nombre/)).toBeInTheDocument();
    expect(screen.getByText(publication.question)).toBeInTheDocument();
  });
});

describe('PublishedAnswerCard', () => {
  it('shows the published question and answer, named by the question', () => {
    render(<PublishedAnswerCard publication={publication} />);
    const card = screen.getByRole('article', { name: publication.question });
    expect(within(card).getByText(publication.answer)).toBeInTheDocument();
  });
});
