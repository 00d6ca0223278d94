import { MeDocument, SetMyLanguageDocument } from '@alianza/graphql-client';
import { MockedProvider } from '@apollo/client/testing/react';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../testing/render';
import { AccountLanguageSwitch } from './account-language-switch';
import { LanguageSwitch } from './language-switch';
import { SessionGate } from './session';

const me = (locale: 'ES' | 'EN') => ({
  request: { query: MeDocument },
  result: {
    data: {
      me: {
        __typename: 'User',
        id: 'u1',
        email: 'ana@example.org',
        displayName: 'Ana',
        isFacilitator: false,
        isPlatformAdmin: false,
        locale,
      },
    },
  },
});

describe('the language of the account', () => {
  it('signed in, takes the account’s language over the browser’s, and remembers it', async () => {
    localStorage.setItem('alianza.language', 'es');
    renderWithProviders(
      <MockedProvider mocks={[me('EN')]}>
        <SessionGate appTitle="Portal">
          <p>app</p>
        </SessionGate>
      </MockedProvider>,
    );
    expect(await screen.findByText('app')).toBeVisible();
    await waitFor(() => expect(document.documentElement.lang).toBe('en'));
    expect(localStorage.getItem('alianza.language')).toBe('en');
  });

  it('keeps the choice of the signed-in switch on the account', async () => {
    const saved = vi.fn(() => ({
      data: { setMyLanguage: { __typename: 'User', id: 'u1', locale: 'EN' } },
    }));
    renderWithProviders(
      <MockedProvider
        mocks={[
          {
            request: { query: SetMyLanguageDocument, variables: { input: { locale: 'EN' } } },
            result: saved,
          },
        ]}
      >
        <AccountLanguageSwitch />
      </MockedProvider>,
    );
    await userEvent.click(screen.getByText('English'));
    await waitFor(() => expect(saved).toHaveBeenCalledTimes(1));
    expect(document.documentElement.lang).toBe('en');
  });

  it('signed out, switches only this browser', async () => {
    const told = vi.fn();
    renderWithProviders(<LanguageSwitch onChange={told} />);
    await userEvent.click(screen.getByText('English'));
    expect(told).toHaveBeenCalledWith('en');
    expect(localStorage.getItem('alianza.language')).toBe('en');
  });
});
