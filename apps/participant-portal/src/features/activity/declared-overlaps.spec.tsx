import { renderWithProviders } from '@alianza/ui/testing';
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { DeclaredOverlaps } from './declared-overlaps';
import { activityMessages } from './messages';

vi.setConfig({ testTimeout: 20_000 });

const names = new Map([
  ['org-us', 'Panadería La Espiga'],
  ['org-molino', 'Molino del Sur'],
  ['org-trans', 'Transportes Rápidos'],
]);

function render(overlaps: Parameters<typeof DeclaredOverlaps>[0]['overlaps']) {
  renderWithProviders(
    <DeclaredOverlaps
      overlaps={overlaps}
      areaNames={new Map([['area-1', 'Compras']])}
      organizationNames={names}
      ownOrganizationIds={['org-us']}
    />,
    { messages: { activity: activityMessages } },
  );
}

describe('DeclaredOverlaps', () => {
  it('names the other organizations and the area, never our own organization', () => {
    render([
      {
        id: 'o1',
        areaId: 'area-1',
        organizationIds: ['org-molino', 'org-us', 'org-trans'],
        sharedNote: 'Venden a los mismos obradores.',
        createdAt: '2026-11-20T10:00:00Z',
      },
    ]);
    expect(
      screen.getByText('Con Molino del Sur y Transportes Rápidos · Compras'),
    ).toBeInTheDocument();
    expect(screen.getByText('Venden a los mismos obradores.')).toBeInTheDocument();
    expect(screen.queryByText(/Panadería La Espiga/)).not.toBeInTheDocument();
  });

  it('says so when nothing concerns us', () => {
    render([]);
    expect(
      screen.getByText(
        'La facilitación no ha declarado ningún solapamiento que afecte a vuestra organización.',
      ),
    ).toBeInTheDocument();
  });
});
