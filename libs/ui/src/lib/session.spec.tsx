import { DemoSignInDocument } from '@alianza/graphql-client';
import { MockedProvider } from '@apollo/client/testing/react';
import { renderWithProviders } from '../testing/render';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LoginPage } from './session';

function renderWith(demoSignIn: { password: string } | null) {
  renderWithProviders(
    <MockedProvider
      mocks={[{ request: { query: DemoSignInDocument }, result: { data: { demoSignIn } } }]}
    >
      <LoginPage appTitle="Consola" onSignedIn={() => undefined} />
    </MockedProvider>,
  );
}

describe('LoginPage', () => {
  it('prints no demo password on an instance without demo data', async () => {
    renderWith(null);
    await screen.findByRole('button', { name: 'Entrar' });
    // Let the answer arrive: it must still show nothing.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByText(/demostración/)).toBeNull();
  });

  it('gives the demo password where the demo data is loaded', async () => {
    renderWith({ password: 'alianza-demo-2026' });
    expect(
      await screen.findByText('Cuentas de demostración: contraseña «alianza-demo-2026».'),
    ).toBeVisible();
  });
});
