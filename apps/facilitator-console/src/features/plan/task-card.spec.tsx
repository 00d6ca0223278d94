import { MockedProvider } from '@apollo/client/testing/react';
import { renderWithProviders } from '@alianza/ui/testing';
import { Notifications } from '@mantine/notifications';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { planMessages } from './messages';
import { ConsolePlanDocument, ConsoleRemoveTaskDocument } from './plan.generated';
import { TaskCard } from './task-card';
import type { PlanModel, PlanTask } from './use-plan';

const task: PlanTask = {
  id: 't1',
  milestoneId: 'm1',
  milestoneTitle: 'Pedido conjunto',
  title: 'Pedir presupuestos',
  description: '',
  status: 'TODO',
  blockedReason: null,
  dueDate: null,
  overdue: false,
  proposalStatus: 'ACCEPTED',
  responsibleOrganizationId: 'o1',
  responsibleUserId: null,
};

const model = (readOnly = false) =>
  ({
    collaborationId: 'c1',
    readOnly,
    milestones: [{ id: 'm1', title: 'Pedido conjunto', status: 'PLANNED' }],
    organizations: [{ id: 'o1', name: 'Panadería Sol' }],
    organizationName: () => 'Panadería Sol',
  }) as unknown as PlanModel;

function render(onRemove: (variables: unknown) => void, readOnly = false) {
  const removed = {
    request: {
      query: ConsoleRemoveTaskDocument,
      variables: (variables: unknown) => {
        onRemove(variables);
        return true;
      },
    },
    result: {
      data: { removeTask: { __typename: 'PlanRemoval', id: 't1', outcome: 'ARCHIVED' } },
    },
  };
  const plan = {
    request: { query: ConsolePlanDocument, variables: () => true },
    result: { data: null },
    maxUsageCount: 10,
  };
  renderWithProviders(
    <MockedProvider mocks={[removed, plan] as never}>
      <>
        <Notifications />
        <TaskCard task={task} model={model(readOnly)} />
      </>
    </MockedProvider>,
    { messages: { plan: planMessages } },
  );
  return userEvent.setup({ delay: null });
}

describe('TaskCard', () => {
  it('removes a task only after asking, saying that history keeps it', async () => {
    const onRemove = vi.fn();
    const user = render(onRemove);
    await user.click(
      screen.getByRole('button', { name: 'Acciones de la tarea «Pedir presupuestos»' }),
    );
    await user.click(await screen.findByRole('menuitem', { name: 'Quitar la tarea' }));
    expect(screen.getByText('¿Quitar la tarea «Pedir presupuestos»?')).toBeVisible();
    expect(screen.getByText(/se archiva en lugar de borrarse/)).toBeVisible();
    expect(onRemove).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Quitar' }));
    await waitFor(() => expect(onRemove).toHaveBeenCalledWith({ taskId: 't1' }));
  });

  it('cancelling the question removes nothing', async () => {
    const onRemove = vi.fn();
    const user = render(onRemove);
    await user.click(
      screen.getByRole('button', { name: 'Acciones de la tarea «Pedir presupuestos»' }),
    );
    await user.click(await screen.findByRole('menuitem', { name: 'Quitar la tarea' }));
    await user.click(screen.getByRole('button', { name: 'Cancelar' }));
    await waitFor(() =>
      expect(screen.queryByText('¿Quitar la tarea «Pedir presupuestos»?')).toBeNull(),
    );
    expect(onRemove).not.toHaveBeenCalled();
  });

  it('opens the task as it is to change it, its milestone fixed', async () => {
    const user = render(vi.fn());
    await user.click(
      screen.getByRole('button', { name: 'Acciones de la tarea «Pedir presupuestos»' }),
    );
    await user.click(await screen.findByRole('menuitem', { name: 'Cambiar la tarea' }));
    expect(screen.getByRole('textbox', { name: /Título de la tarea/ })).toHaveValue(
      'Pedir presupuestos',
    );
    expect(screen.getByRole('combobox', { name: /^Hito/ })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Guardar cambios' })).toBeVisible();
  });

  it('offers no changes in a closed collaboration', () => {
    render(vi.fn(), true);
    expect(screen.queryByRole('button', { name: /Acciones de la tarea/ })).toBeNull();
  });
});
