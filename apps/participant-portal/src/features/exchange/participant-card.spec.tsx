import { renderWithProviders } from '@alianza/ui/testing';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { PortalExchangeParticipationFragment } from './exchange.generated';
import { matchParties } from './matching';
import { exchangeMessages } from './messages';
import { ParticipantCard } from './participant-card';

const entry = (
  id: string,
  direction: 'SEEK' | 'OFFER',
  contributionType: 'SUPPLY' | 'LEARNING' | 'RECOMMENDATION',
  description: string,
) => ({ id, direction, contributionType, description, updatedAt: '2026-11-23T10:00:00Z' });

const mill: PortalExchangeParticipationFragment = {
  id: 'p2',
  status: 'ACCEPTED',
  active: true,
  organization: {
    id: 'o2',
    name: 'Molino del Sur',
    kind: 'COMPANY',
    whoWeAre: 'Cooperativa de agricultores y molineros.',
    whatWeDo: 'Harinas de trigo, espelta y centeno.',
    whereWeAreGoing: '',
    mission: 'Moler cereal local con trazabilidad.',
  },
  seeks: [entry('s2', 'SEEK', 'RECOMMENDATION', 'Presentación a obradores')],
  offers: [entry('o2', 'OFFER', 'SUPPLY', 'Harina ecológica con contrato anual')],
};

const bakery = {
  seeks: [entry('s1', 'SEEK', 'SUPPLY', 'Harina a precio estable')],
  offers: [entry('o1', 'OFFER', 'LEARNING', 'Fermentación lenta')],
};

function renderCard(us = bakery) {
  return renderWithProviders(
    <ParticipantCard participation={mill} matches={matchParties(us, mill)} />,
    { messages: { exchange: exchangeMessages } },
  );
}

describe('ParticipantCard', () => {
  it('shows the profile in the seeds words, with what is not filled in marked as such', () => {
    renderCard();
    const card = screen.getByRole('article', { name: 'Molino del Sur' });
    expect(within(card).getByText('Quiénes somos')).toBeInTheDocument();
    expect(within(card).getByText('Cooperativa de agricultores y molineros.')).toBeInTheDocument();
    expect(within(card).getByText('Hacia dónde vamos')).toBeInTheDocument();
    expect(within(card).getByText('Sin completar')).toBeInTheDocument();
    expect(within(card).getByText('Harina ecológica con contrato anual')).toBeInTheDocument();
  });

  it('hints at the match when they offer a kind we seek', () => {
    renderCard();
    expect(screen.getByText('Coincidencias')).toBeInTheDocument();
    expect(screen.getByText('Ofrecen lo que buscáis:')).toBeInTheDocument();
    expect(screen.queryByText('Buscan lo que ofrecéis:')).not.toBeInTheDocument();
  });

  it('shows no hint when nothing matches', () => {
    renderCard({ seeks: [], offers: bakery.offers });
    expect(screen.queryByText('Coincidencias')).not.toBeInTheDocument();
  });
});
