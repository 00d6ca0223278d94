import { renderWithProviders } from '@alianza/ui/testing';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AuditFilters, type AuditFilterValues } from './audit-filters';
import { AuditTable, type AuditNames, type AuditRecord } from './audit-table';
import { auditMessages } from './messages';

const none: AuditFilterValues = {
  action: null,
  subject: null,
  person: null,
  organization: null,
  from: null,
  to: null,
};

function renderFilters(values: Partial<AuditFilterValues> = {}, periodInvalid = false) {
  const onChange = vi.fn();
  const onClear = vi.fn();
  renderWithProviders(
    <AuditFilters
      values={{ ...none, ...values }}
      actions={[{ value: 'PLAN_TASK_UPDATED', label: 'Tarea modificada' }]}
      people={[
        { value: 'u-ana', label: 'Ana Pérez' },
        { value: 'u-beto', label: 'Beto Ruiz' },
      ]}
      organizations={[{ value: 'o-pan', label: 'Panadería Sol' }]}
      periodInvalid={periodInvalid}
      onChange={onChange}
      onClear={onClear}
    />,
    { messages: { audit: auditMessages } },
  );
  return { onChange, onClear, user: userEvent.setup({ delay: null }) };
}

const record = (over: Partial<AuditRecord>): AuditRecord => ({
  id: 'r1',
  seq: 7,
  createdAt: '2026-12-05T10:00:00Z',
  action: 'PLAN_TASK_UPDATED',
  actorUserId: 'u-ana',
  actorName: 'Ana Pérez',
  subjectType: 'TASK',
  subjectId: '38c35785-9be2-4c8e-a2a4-1f0c9b8d7e6f',
  organizationId: 'o-pan',
  organizationName: 'Panadería Sol',
  counterpartOrganizationId: null,
  counterpartOrganizationName: null,
  payload: '{}',
  hash: 'h',
  prevHash: 'p',
  ...over,
});

/** As the page names them: the API's names, or what stands for a missing one. */
const names: AuditNames = {
  actor: ({ actorUserId, actorName }) =>
    actorUserId === null
      ? { name: 'Sistema' }
      : actorName
        ? { name: actorName, role: 'Persona participante' }
        : { name: 'Persona que ya no está en la plataforma' },
  organization: (_id, name) => name ?? 'Organización desconocida',
  action: () => 'Tarea modificada',
  subjectType: () => 'Tarea',
};

describe('AuditFilters', () => {
  it('narrows the log to a person and to an organization, by name', async () => {
    const { onChange, user } = renderFilters();
    await user.click(screen.getByRole('combobox', { name: 'Persona' }));
    await user.click(await screen.findByRole('option', { name: 'Beto Ruiz' }));
    expect(onChange).toHaveBeenCalledWith('person', 'u-beto');
    await user.click(screen.getByRole('combobox', { name: 'Organización' }));
    await user.click(await screen.findByRole('option', { name: 'Panadería Sol' }));
    expect(onChange).toHaveBeenCalledWith('organization', 'o-pan');
  });

  it('says when the period ends before it starts, and clears every filter', async () => {
    const { onClear, user } = renderFilters({ from: '2026-12-05', to: '2026-12-01' }, true);
    expect(screen.getByText('El último día no puede ser anterior al primero.')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Quitar filtros' }));
    expect(onClear).toHaveBeenCalled();
  });

  it('refuses a subject that is not a whole id', async () => {
    const { onChange, user } = renderFilters();
    await user.type(screen.getByRole('textbox', { name: 'Identificador del sujeto' }), '38c3');
    await user.click(screen.getByRole('button', { name: 'Filtrar' }));
    expect(screen.getByText('Escribe un identificador completo (UUID).')).toBeVisible();
    expect(onChange).not.toHaveBeenCalled();
  });
});

describe('AuditTable', () => {
  it('shows people and organizations by name, never by reference', () => {
    renderWithProviders(
      <AuditTable
        records={[
          record({}),
          record({ id: 'r2', seq: 6, actorUserId: 'u-gone', actorName: null }),
          record({ id: 'r3', seq: 5, actorUserId: null, actorName: null, organizationId: null }),
        ]}
        names={names}
        onFilterSubject={() => undefined}
      />,
      { messages: { audit: auditMessages } },
    );
    expect(screen.getByText('Ana Pérez')).toBeVisible();
    expect(screen.getAllByText('Panadería Sol')).toHaveLength(2);
    expect(screen.getByText('Persona que ya no está en la plataforma')).toBeVisible();
    expect(screen.getByText('Sistema')).toBeVisible();
    expect(screen.queryByText(/ref\./)).toBeNull();
  });
});
