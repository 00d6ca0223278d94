import { CollaborationGateDocument } from '@alianza/graphql-client';
import { MockedProvider } from '@apollo/client/testing/react';
import { screen } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../testing/render';
import { CollaborationGate, NotFoundPage } from './not-found';

const ID = '0b0f8a52-4c4e-4c55-9d41-2b4f3f5f6a7b';

const answer = (id: string, found: boolean, asked: () => void) => ({
  request: {
    query: CollaborationGateDocument,
    variables: (variables: { id: string }) => {
      asked();
      return variables.id === id;
    },
  },
  result: found
    ? { data: { collaboration: { __typename: 'Collaboration', id, title: 'Compras' } } }
    : {
        errors: [
          new GraphQLError('Collaboration not found', { extensions: { code: 'NOT_FOUND' } }),
        ],
      },
});

function renderAt(path: string, mocks: unknown[], language: 'es' | 'en' = 'es') {
  renderWithProviders(
    <MockedProvider mocks={mocks as never}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path="c/:collaborationId" element={<CollaborationGate />}>
            <Route index element={<p>Pantalla de la colaboración</p>} />
          </Route>
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
    { language },
  );
}

describe('CollaborationGate', () => {
  it('shows the screen of a collaboration the reader has', async () => {
    const asked = vi.fn();
    renderAt(`/c/${ID}`, [answer(ID, true, asked)]);
    expect(await screen.findByText('Pantalla de la colaboración')).toBeVisible();
  });

  it('says a collaboration the API does not know (or keeps from the reader) is not there, with no retry', async () => {
    renderAt(`/c/${ID}`, [answer(ID, false, vi.fn())]);
    expect(
      await screen.findByRole('heading', {
        name: 'Esta colaboración no existe o no tienes acceso a ella',
      }),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Volver al inicio' })).toHaveAttribute('href', '/');
    expect(screen.queryByRole('button', { name: 'Reintentar' })).not.toBeInTheDocument();
    expect(screen.queryByText('Pantalla de la colaboración')).not.toBeInTheDocument();
  });

  it('does not even ask about a malformed id', async () => {
    const asked = vi.fn();
    renderAt('/c/not-an-id', [answer('not-an-id', true, asked)], 'en');
    expect(
      await screen.findByRole('heading', {
        name: 'This collaboration does not exist, or you have no access to it',
      }),
    ).toBeVisible();
    expect(asked).not.toHaveBeenCalled();
  });
});

describe('NotFoundPage', () => {
  it('names an unknown address as such, with the way home', () => {
    renderAt('/nowhere', []);
    expect(screen.getByRole('heading', { name: 'No encontramos esta página' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Volver al inicio' })).toBeVisible();
  });
});
