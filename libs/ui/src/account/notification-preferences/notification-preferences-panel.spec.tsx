import type { NotificationPreferenceFieldsFragment } from '@alianza/graphql-client';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../testing/render';
import { notificationPreferencesMessages } from './messages';
import { NotificationPreferencesPanel } from './notification-preferences-panel';

const preferences: NotificationPreferenceFieldsFragment[] = [
  { kind: 'DISCLOSURE_PENDING', delivery: 'IMMEDIATE', defaultDelivery: 'IMMEDIATE' },
  { kind: 'GRANT_RECEIVED', delivery: 'IN_APP', defaultDelivery: 'DAILY' },
  { kind: 'PLAN_OVERDUE', delivery: 'DAILY', defaultDelivery: 'DAILY' },
];

function render(
  onChange: (kind: string, delivery: string) => Promise<boolean> = async () => true,
  language: 'es' | 'en' = 'es',
) {
  renderWithProviders(
    <NotificationPreferencesPanel
      preferences={preferences}
      kinds={['GRANT_RECEIVED', 'PLAN_OVERDUE']}
      onChange={onChange}
    />,
    { messages: { 'notification-preferences': notificationPreferencesMessages }, language },
  );
  return userEvent.setup({ delay: null });
}

const group = (name: string) => screen.getByRole('radiogroup', { name: new RegExp(name) });

describe('NotificationPreferencesPanel', () => {
  it('shows the kinds of the app, in its order, each with its three choices and its default', () => {
    render();
    const groups = screen.getAllByRole('radiogroup');
    expect(groups).toHaveLength(2);
    const shared = group('Han compartido información contigo');
    expect(within(shared).getByRole('radio', { name: 'Solo en la aplicación' })).toBeChecked();
    expect(within(shared).getByRole('radio', { name: 'Inmediato' })).not.toBeChecked();
    expect(shared).toHaveAccessibleDescription('Si no eliges: Resumen diario');
    expect(
      within(group('Tarea o hito vencido')).getByRole('radio', { name: 'Resumen diario' }),
    ).toBeChecked();
    // A kind the app does not offer is not shown.
    expect(screen.queryByText('Nueva solicitud para compartir')).not.toBeInTheDocument();
  });

  it('saves a choice, showing it at once and holding the kind while it saves', async () => {
    let finish: (saved: boolean) => void = () => undefined;
    const onChange = vi.fn(() => new Promise<boolean>((r) => (finish = r)));
    const user = render(onChange);
    const shared = group('Han compartido información contigo');
    await user.click(within(shared).getByRole('radio', { name: 'Inmediato' }));
    expect(onChange).toHaveBeenCalledWith('GRANT_RECEIVED', 'IMMEDIATE');
    expect(within(shared).getByRole('radio', { name: 'Inmediato' })).toBeChecked();
    expect(within(shared).getByRole('radio', { name: 'Resumen diario' })).toBeDisabled();
    // Another kind can be changed meanwhile.
    expect(
      within(group('Tarea o hito vencido')).getByRole('radio', { name: 'Inmediato' }),
    ).toBeEnabled();
    finish(true);
    await waitFor(() =>
      expect(within(shared).getByRole('radio', { name: 'Resumen diario' })).toBeEnabled(),
    );
  });

  it('brings the previous choice back when saving fails', async () => {
    const user = render(async () => false);
    const shared = group('Han compartido información contigo');
    await user.click(within(shared).getByRole('radio', { name: 'Resumen diario' }));
    await waitFor(() =>
      expect(within(shared).getByRole('radio', { name: 'Solo en la aplicación' })).toBeChecked(),
    );
  });

  it('speaks English', () => {
    render(undefined, 'en');
    const shared = group('Information shared with you');
    expect(within(shared).getByRole('radio', { name: 'In the app only' })).toBeChecked();
    expect(shared).toHaveAccessibleDescription('If you do not choose: Daily digest');
    expect(
      screen.getByRole('region', { name: 'How each kind of notification reaches you' }),
    ).toBeInTheDocument();
  });
});
