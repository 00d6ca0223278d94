import { MockedProvider } from '@apollo/client/testing/react';
import { GraphQLError } from 'graphql';
import { renderWithProviders } from '@alianza/ui/testing';
import { Notifications } from '@mantine/notifications';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { EditCollaborationModal } from './edit-collaboration-modal';
import { overviewMessages } from './messages';
import { ConsoleUpdateCollaborationDocument } from './overview.generated';

const INITIAL = { title: 'Compras conjuntas', objective: 'Comprar mejor', description: '' };

/** The API refuses the title, naming the field as it does (`extensions.details`). */
const refusedTitle = {
  request: { query: ConsoleUpdateCollaborationDocument, variables: () => true },
  result: {
    errors: [
      new GraphQLError('title must be shorter than or equal to 200 characters', {
        extensions: {
          code: 'BAD_USER_INPUT',
          details: { field: 'input.title', rule: 'maxLength', limit: 200 },
        },
      }),
    ],
  },
};

function render(language: 'es' | 'en' = 'es') {
  const onClose = vi.fn();
  renderWithProviders(
    <MockedProvider mocks={[refusedTitle] as never}>
      <>
        <Notifications />
        <EditCollaborationModal collaborationId="c1" opened onClose={onClose} initial={INITIAL} />
      </>
    </MockedProvider>,
    { messages: { overview: overviewMessages }, language },
  );
  return { onClose, user: userEvent.setup({ delay: null }) };
}

describe('EditCollaborationModal', () => {
  it('shows each field’s limit, and holds no more than it', async () => {
    const { user } = render();
    const title = screen.getByRole('textbox', { name: /^Título/ });
    expect(title).toHaveAttribute('maxLength', '200');
    expect(screen.getByText('Hasta 200 caracteres.')).toBeVisible();
    await user.clear(title);
    await user.click(title);
    await user.paste('x'.repeat(250));
    expect(title).toHaveValue('x'.repeat(200));
    await user.clear(title);
    await user.paste('x'.repeat(170));
    expect(screen.getByText('170 de 200 caracteres.')).toBeVisible();
  });

  it('puts the API’s refusal next to the field it names, and stays open', async () => {
    const { user, onClose } = render();
    await user.type(screen.getByRole('textbox', { name: /^Título/ }), ' 2027');
    await user.click(screen.getByRole('button', { name: 'Guardar' }));
    const title = screen.getByRole('textbox', { name: /^Título/ });
    await vi.waitFor(() => expect(title).toHaveAttribute('aria-invalid', 'true'));
    expect(title).toHaveAccessibleDescription(/Demasiado largo: como mucho 200 caracteres\./);
    expect(await screen.findByText('Revisa el campo marcado.')).toBeVisible();
    expect(onClose).not.toHaveBeenCalled();
  });

  it('says it in English for an English reader', async () => {
    const { user } = render('en');
    await user.type(screen.getByRole('textbox', { name: /^Title/ }), ' 2027');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findAllByText('Too long: at most 200 characters.')).not.toHaveLength(0);
  });
});
