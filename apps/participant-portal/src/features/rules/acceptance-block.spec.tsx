import { renderWithProviders } from '@alianza/ui/testing';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AcceptanceBlock, type AcceptanceParticipation } from './acceptance-block';
import { rulesMessages } from './messages';

const members = [
  { id: 'm1', role: 'OWNER' as const, member: { displayName: 'Pedro Panadero' } },
  { id: 'm2', role: 'MEMBER' as const, member: { displayName: 'Marta Masa' } },
];

function participation(
  overrides: Partial<AcceptanceParticipation> = {},
  myRole: 'OWNER' | 'MEMBER' = 'OWNER',
): AcceptanceParticipation {
  return {
    status: 'ACCEPTED',
    acceptedGroundRulesVersion: 1,
    mustAcceptGroundRules: false,
    invitationMessage: 'Os invitamos a explorar compras conjuntas.',
    organization: { name: 'Panadería La Espiga', myRole, members },
    ...overrides,
  };
}

function renderBlock(
  p: AcceptanceParticipation,
  options: { version?: number | null; onAccept?: () => void; language?: 'es' | 'en' } = {},
) {
  const version = options.version === undefined ? 2 : options.version;
  return renderWithProviders(
    <AcceptanceBlock
      participation={p}
      currentVersion={version === null ? null : { id: 'v', version }}
      collaborationStatus="ACTIVE"
      accepting={false}
      onAccept={options.onAccept ?? (() => undefined)}
      invitationActions={<button type="button">Rechazar</button>}
    />,
    { messages: { rules: rulesMessages }, language: options.language },
  );
}

describe('AcceptanceBlock', () => {
  it('asks an owner to accept a new version, once they confirm they read it', async () => {
    const onAccept = vi.fn();
    renderBlock(participation({ mustAcceptGroundRules: true }), { onAccept });

    expect(screen.getByText('Debéis aceptar las reglas (versión 2)')).toBeInTheDocument();
    const accept = screen.getByRole('button', { name: 'Aceptar las reglas (versión 2)' });
    expect(accept).toBeDisabled();

    await userEvent.click(screen.getByRole('checkbox', { name: /He leído las reglas del juego/ }));
    await userEvent.click(accept);
    expect(onAccept).toHaveBeenCalledTimes(1);
  });

  it('treats an older accepted version as due even without the flag', () => {
    renderBlock(participation({ acceptedGroundRulesVersion: 1 }), { version: 2 });
    expect(
      screen.getByRole('button', { name: 'Aceptar las reglas (versión 2)' }),
    ).toBeInTheDocument();
  });

  it('tells a member who must accept, without an accept button', () => {
    renderBlock(participation({ mustAcceptGroundRules: true }, 'MEMBER'));

    expect(screen.getByText('Debéis aceptar las reglas (versión 2)')).toBeInTheDocument();
    expect(
      screen.getByText(
        'Solo la persona responsable de Panadería La Espiga puede aceptarlas: Pedro Panadero.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Aceptar las reglas/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
  });

  it('shows nothing when the rules in force are already accepted', () => {
    renderBlock(participation({ acceptedGroundRulesVersion: 2 }));
    expect(screen.queryByText(/Debéis aceptar/)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Aceptar las reglas/ })).not.toBeInTheDocument();
    expect(screen.queryByText(/responsable/)).not.toBeInTheDocument();
  });

  it('shows an invitation with its message, the accept button and the invitation actions', () => {
    renderBlock(participation({ status: 'INVITED', acceptedGroundRulesVersion: null }));

    expect(
      screen.getByText('Panadería La Espiga está invitada a esta colaboración'),
    ).toBeInTheDocument();
    expect(screen.getByText('Os invitamos a explorar compras conjuntas.')).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Aceptar las reglas (versión 2)' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Rechazar' })).toBeInTheDocument();
  });

  it('says an invitation waits for the rules when none are published', () => {
    renderBlock(participation({ status: 'INVITED', acceptedGroundRulesVersion: null }), {
      version: null,
    });
    expect(screen.getByText('Las reglas del juego aún no están publicadas')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Aceptar las reglas/ })).not.toBeInTheDocument();
  });

  it('speaks English', () => {
    renderBlock(participation({ mustAcceptGroundRules: true }, 'MEMBER'), { language: 'en' });
    expect(screen.getByText('You must accept the rules (version 2)')).toBeInTheDocument();
    expect(
      screen.getByText('Only the owner of Panadería La Espiga can accept them: Pedro Panadero.'),
    ).toBeInTheDocument();
  });
});
