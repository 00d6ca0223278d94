import {
  CreateCalendarFeedDocument,
  MyAccountEventsDocument,
  MyCalendarFeedDocument,
  RevokeCalendarFeedDocument,
} from '@alianza/graphql-client';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../testing/render';
import { CalendarFeedSection } from './calendar-feed-section';
import { calendarFeedMessages } from './messages';

const URL = 'https://alianza.example/calendar/feed/alzc_s3cr3t.ics';
const FEED: { __typename: string; id: string; createdAt: string; lastUsedAt: string | null } = {
  __typename: 'CalendarFeed',
  id: 'f1',
  createdAt: '2026-12-01T10:00:00Z',
  lastUsedAt: null,
};

const mine = (feed: typeof FEED | null): MockLink.MockedResponse => ({
  request: { query: MyCalendarFeedDocument },
  result: { data: { myCalendarFeed: feed } },
});
const events: MockLink.MockedResponse = {
  request: { query: MyAccountEventsDocument, variables: { first: 20 } },
  result: {
    data: {
      myAccountEvents: {
        __typename: 'AccountEventConnection',
        nodes: [],
        totalCount: 0,
        pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false },
      },
    },
  },
};
const created = (feed = FEED): MockLink.MockedResponse => ({
  request: { query: CreateCalendarFeedDocument },
  result: {
    data: { createCalendarFeed: { __typename: 'CreatedCalendarFeed', url: URL, feed } },
  },
});

function render(mocks: MockLink.MockedResponse[], language: 'es' | 'en' = 'es') {
  renderWithProviders(
    <MockedProvider mocks={mocks}>
      <CalendarFeedSection />
    </MockedProvider>,
    { messages: { 'calendar-feed': calendarFeedMessages }, language },
  );
  return userEvent.setup({ delay: null });
}

/** A loaded machine may take over a second to answer a mocked mutation or open a modal. */
const WAIT = { timeout: 5000 };

describe('the calendar section of the security screen', () => {
  it('explains the calendar address, makes one and shows it once with a copy button', async () => {
    const user = render([mine(null), created(), mine(FEED), events]);
    expect(
      await screen.findByText('Aún no tienes una dirección de calendario.', undefined, WAIT),
    ).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Calendario' })).toBeVisible();
    expect(screen.getByText(/quien la tenga verá tus hitos y tareas/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Crear mi dirección de calendario' }));
    const alert = await screen.findByRole('alert', undefined, WAIT);
    const address = within(alert).getByRole('textbox', { name: 'Dirección de tu calendario' });
    expect(address).toHaveValue(URL);
    expect(address).toHaveAttribute('readonly');
    expect(within(alert).getByRole('button', { name: 'Copiar la dirección' })).toBeVisible();
    expect(
      await screen.findByText(/Tienes una dirección de calendario activa/, undefined, WAIT),
    ).toBeVisible();
    expect(screen.getByText('Ningún calendario la ha consultado todavía.')).toBeVisible();
    await user.click(within(alert).getByRole('button', { name: 'Ya la he añadido' }));
    expect(screen.queryByDisplayValue(URL)).toBeNull();
  });

  it('turns the address off only once confirmed, in English too', async () => {
    const user = render(
      [
        mine({ ...FEED, lastUsedAt: new Date(Date.now() - 10 * 60_000).toISOString() }),
        {
          request: { query: RevokeCalendarFeedDocument },
          result: { data: { revokeCalendarFeed: true } },
        },
        mine(null),
        events,
      ],
      'en',
    );
    expect(
      await screen.findByText('Your calendar last read it 10 minutes ago.', undefined, WAIT),
    ).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Turn the address off' }));
    const dialog = await screen.findByRole('dialog', undefined, WAIT);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.getByText(/You have an active calendar address/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Turn the address off' }));
    await user.click(
      within(await screen.findByRole('dialog', undefined, WAIT)).getByRole('button', {
        name: 'Turn off',
      }),
    );
    expect(
      await screen.findByText('You do not have a calendar address yet.', undefined, WAIT),
    ).toBeVisible();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull(), WAIT);
  });

  it('warns before replacing an address, and says when making one fails', async () => {
    const user = render([
      mine(FEED),
      {
        request: { query: CreateCalendarFeedDocument },
        result: {
          errors: [new GraphQLError('Too many', { extensions: { code: 'RATE_LIMITED' } })],
        },
      },
    ]);
    await user.click(
      await screen.findByRole('button', { name: 'Crear una dirección nueva' }, undefined),
    );
    const dialog = await screen.findByRole('dialog', undefined, WAIT);
    expect(within(dialog).getByText(/dejará de funcionar/)).toBeVisible();
    await user.click(within(dialog).getByRole('button', { name: 'Crear la dirección nueva' }));
    expect(await within(dialog).findByRole('alert', undefined, WAIT)).toBeVisible();
    expect(screen.queryByDisplayValue(URL)).toBeNull();
  });
});
