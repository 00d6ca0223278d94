import { renderWithProviders } from '@alianza/ui/testing';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { areasMessages } from './messages';
import { OverlapMatrix } from './overlap-matrix';

const espiga = { id: 'org-espiga', name: 'Panadería La Espiga' };
const molino = { id: 'org-molino', name: 'Molino del Sur' };
const transportes = { id: 'org-transportes', name: 'Transportes Rápidos' };
const organizations = [espiga, molino, transportes];
const overlaps = [
  { id: 'o1', organizationIds: [molino.id, espiga.id], note: 'Harina', sharedNote: '' },
];

function renderMatrix(
  props: Partial<Parameters<typeof OverlapMatrix>[0]> = {},
  language: 'es' | 'en' = 'es',
) {
  const onToggle = vi.fn();
  renderWithProviders(
    <OverlapMatrix
      label="Costes"
      organizations={organizations}
      overlaps={overlaps}
      onToggle={onToggle}
      {...props}
    />,
    { messages: { areas: areasMessages }, language },
  );
  return { onToggle };
}

describe('OverlapMatrix', () => {
  it('shows a declared overlap in both cells of the pair', () => {
    renderMatrix();
    expect(
      screen.getByRole('button', {
        name: 'Solapamiento entre Panadería La Espiga y Molino del Sur: declarado',
      }),
    ).toHaveAttribute('aria-pressed', 'true');
    expect(
      screen.getByRole('button', {
        name: 'Solapamiento entre Molino del Sur y Panadería La Espiga: declarado',
      }),
    ).toHaveAttribute('aria-pressed', 'true');
    expect(
      screen.getByRole('button', {
        name: 'Solapamiento entre Molino del Sur y Transportes Rápidos: no declarado',
      }),
    ).toHaveAttribute('aria-pressed', 'false');
  });

  it('disables the diagonal', async () => {
    const { onToggle } = renderMatrix();
    const self = screen.getByRole('button', { name: 'Molino del Sur consigo misma: no aplica' });
    expect(self).toBeDisabled();
    await userEvent.click(self);
    expect(onToggle).not.toHaveBeenCalled();
  });

  it('calls onToggle with the pair when an empty cell is clicked', async () => {
    const { onToggle } = renderMatrix();
    await userEvent.click(
      screen.getByRole('button', {
        name: 'Solapamiento entre Transportes Rápidos y Panadería La Espiga: no declarado',
      }),
    );
    expect(onToggle).toHaveBeenCalledTimes(1);
    expect(onToggle).toHaveBeenCalledWith(
      [transportes, espiga],
      expect.objectContaining({ state: 'none' }),
    );
  });

  it('hands over the declared overlap when a declared cell is clicked', async () => {
    const { onToggle } = renderMatrix();
    await userEvent.click(
      screen.getByRole('button', {
        name: 'Solapamiento entre Molino del Sur y Panadería La Espiga: declarado',
      }),
    );
    expect(onToggle).toHaveBeenCalledWith(
      [molino, espiga],
      expect.objectContaining({ state: 'declared', pairOverlaps: [overlaps[0]] }),
    );
  });

  it('marks pairs inside a group overlap as declared in a group', () => {
    renderMatrix({
      overlaps: [
        {
          id: 'g',
          organizationIds: [espiga.id, molino.id, transportes.id],
          note: '',
          sharedNote: '',
        },
      ],
    });
    expect(
      screen.getByRole('button', {
        name: 'Solapamiento entre Transportes Rápidos y Molino del Sur: declarado en un grupo',
      }),
    ).toBeInTheDocument();
  });

  it('works from the keyboard: Enter toggles, arrows move between cells', async () => {
    const { onToggle } = renderMatrix();
    const user = userEvent.setup();
    const first = screen.getByRole('button', {
      name: 'Solapamiento entre Panadería La Espiga y Molino del Sur: declarado',
    });
    first.focus();
    await user.keyboard('{ArrowRight}');
    expect(
      screen.getByRole('button', {
        name: 'Solapamiento entre Panadería La Espiga y Transportes Rápidos: no declarado',
      }),
    ).toHaveFocus();
    // Down from (Espiga, Transportes) is (Molino, Transportes); left of it skips the diagonal.
    await user.keyboard('{ArrowDown}{ArrowLeft}');
    expect(
      screen.getByRole('button', {
        name: 'Solapamiento entre Molino del Sur y Panadería La Espiga: declarado',
      }),
    ).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onToggle).toHaveBeenCalledWith(
      [molino, espiga],
      expect.objectContaining({ state: 'declared' }),
    );
  });

  it('disables every cell when read only', () => {
    renderMatrix({ disabled: true });
    for (const button of screen.getAllByRole('button')) expect(button).toBeDisabled();
  });

  it('speaks English', () => {
    renderMatrix({}, 'en');
    expect(
      screen.getByRole('button', {
        name: 'Overlap between Panadería La Espiga and Molino del Sur: declared',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', {
        name: 'Overlap between Molino del Sur and Transportes Rápidos: not declared',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Molino del Sur with itself: not applicable' }),
    ).toBeDisabled();
    expect(screen.getByRole('table', { name: 'Costes' })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Transportes Rápidos' })).toBeInTheDocument();
  });
});
