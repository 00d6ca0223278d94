import {
  MyNotificationPreferencesDocument,
  SetNotificationPreferenceDocument,
  type NotificationPreferenceFieldsFragment,
} from '@alianza/graphql-client';
import { MockedProvider } from '@apollo/client/testing/react';
import { Notifications } from '@mantine/notifications';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ComponentProps } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../testing/render';
import { notificationPreferencesMessages } from './messages';
import { NotificationPreferencesSection } from './notification-preferences-section';

// With their type name: the documents read these fields through a fragment on it.
const typename = 'NotificationPreference' as const;
const list: (NotificationPreferenceFieldsFragment & { __typename: typeof typename })[] = [
  { __typename: typename, kind: 'GRANT_RECEIVED', delivery: 'DAILY', defaultDelivery: 'DAILY' },
  {
    __typename: typename,
    kind: 'GRANT_REVOKED',
    delivery: 'IMMEDIATE',
    defaultDelivery: 'IMMEDIATE',
  },
];
const loaded = {
  request: { query: MyNotificationPreferencesDocument },
  result: { data: { myNotificationPreferences: list } },
};

function render(mocks: ComponentProps<typeof MockedProvider>['mocks']) {
  renderWithProviders(
    <MockedProvider mocks={mocks}>
      <>
        <Notifications />
        <NotificationPreferencesSection kinds={['GRANT_RECEIVED', 'GRANT_REVOKED']} />
      </>
    </MockedProvider>,
    { messages: { 'notification-preferences': notificationPreferencesMessages } },
  );
  return userEvent.setup({ delay: null });
}

describe('NotificationPreferencesSection', () => {
  it('says it is loading, then shows the choices', async () => {
    render([loaded]);
    expect(screen.getByLabelText('Cargando…')).toBeInTheDocument();
    const revoked = await screen.findByRole('radiogroup', { name: /Se retiró un acceso/ });
    expect(within(revoked).getByRole('radio', { name: 'Inmediato' })).toBeChecked();
  });

  it('says what went wrong when the list does not load, and tries again', async () => {
    const user = render([
      { request: { query: MyNotificationPreferencesDocument }, error: new Error('offline') },
      loaded,
    ]);
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Reintentar' }));
    expect(await screen.findAllByRole('radiogroup')).toHaveLength(2);
  });

  it('saves a choice and says so', async () => {
    const sent = vi.fn();
    const user = render([
      loaded,
      {
        request: {
          query: SetNotificationPreferenceDocument,
          variables: (variables: unknown) => {
            sent(variables);
            return true;
          },
        },
        result: {
          data: {
            setNotificationPreference: {
              __typename: typename,
              kind: 'GRANT_RECEIVED',
              delivery: 'IN_APP',
              defaultDelivery: 'DAILY',
            },
          },
        },
      },
    ]);
    const shared = await screen.findByRole('radiogroup', { name: /Han compartido información/ });
    await user.click(within(shared).getByRole('radio', { name: 'Solo en la aplicación' }));
    expect(
      await screen.findByText('«Han compartido información contigo»: Solo en la aplicación'),
    ).toBeInTheDocument();
    expect(sent).toHaveBeenCalledWith({
      input: { kind: 'GRANT_RECEIVED', delivery: 'IN_APP' },
    });
    expect(within(shared).getByRole('radio', { name: 'Solo en la aplicación' })).toBeChecked();
  });
});
