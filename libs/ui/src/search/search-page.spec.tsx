import { SearchDocument } from '@alianza/graphql-client';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { screen } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../testing/render';
import { searchMessages } from './messages';
import { SearchPage } from './search-page';

const segment = (text: string, match = false) => ({ __typename: 'SearchTextSegment', text, match });

const hit = {
  __typename: 'SearchHit',
  kind: 'SHARED_ITEM',
  id: 'g1',
  collaborationId: 'c1',
  collaborationTitle: 'Pan de barrio',
  title: 'Excedente de harina',
  rank: 0.6,
  titleHighlight: [segment('Excedente de '), segment('harina', true)],
  highlight: [
    segment('Ofrecemos 400 kg de '),
    segment('harina', true),
    segment(' <b>ecológica</b>; el proveedor es [█ redacted].'),
  ],
  link: { __typename: 'SearchLink', collaborationId: 'c1', kind: 'SHARED_ITEM', targetId: 'g1' },
};

const page = (nodes: unknown[]) => ({
  data: {
    search: {
      __typename: 'SearchHitConnection',
      nodes,
      pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false },
      totalCount: nodes.length,
    },
  },
});

function render(
  url: string,
  result: MockLink.MockedResponse['result'] | undefined,
  language: 'es' | 'en' = 'es',
) {
  const mocks = result
    ? [{ request: { query: SearchDocument, variables: { query: 'harina', first: 20 } }, result }]
    : [];
  renderWithProviders(
    <MockedProvider mocks={mocks}>
      <MemoryRouter initialEntries={[url]}>
        <SearchPage linkTo={(h) => `/c/${h.collaborationId}/shared`} />
      </MemoryRouter>
    </MockedProvider>,
    { messages: { search: searchMessages }, language },
  );
}

describe('SearchPage', () => {
  it('shows each hit with its kind and collaboration, the matched words marked as text', async () => {
    render('/search?q=harina', page([hit]));
    expect(await screen.findByRole('heading', { name: 'Resultados de «harina»' })).toBeVisible();
    expect(await screen.findByText('Compartida con vosotros')).toBeVisible();
    expect(screen.getByText('En Pan de barrio')).toBeVisible();
    const link = screen.getByRole('link', { name: /Excedente de\s*harina/ });
    expect(link).toHaveAttribute('href', '/c/c1/shared');
    const marks = document.querySelectorAll('mark');
    expect([...marks].map((m) => m.textContent)).toEqual(['harina', 'harina']);
    // Markup in a text stays text: nothing of it becomes an element.
    expect(screen.getByText(/<b>ecológica<\/b>/)).toBeVisible();
    expect(document.querySelector('b')).toBeNull();
  });

  it('says when nothing the person may see matches', async () => {
    render('/search?q=harina', page([]));
    expect(
      await screen.findByText(
        'Nada de lo que puedes ver contiene «harina». Prueba con otras palabras.',
      ),
    ).toBeVisible();
  });

  it('asks for words when there are none, without asking the API', () => {
    render('/search', undefined);
    expect(
      screen.getByText('Escribe en la caja de búsqueda, arriba, las palabras que buscas.'),
    ).toBeVisible();
  });

  it('shows an error the person can retry', async () => {
    render('/search?q=harina', { errors: [new GraphQLError('Something went wrong.')] });
    expect(
      await screen.findByRole('button', { name: /Reintentar|Volver a intentar/ }),
    ).toBeVisible();
  });

  it('speaks English', async () => {
    render('/search?q=harina', page([hit]), 'en');
    expect(await screen.findByRole('heading', { name: 'Results for “harina”' })).toBeVisible();
    expect(await screen.findByText('Shared with you')).toBeVisible();
  });
});
