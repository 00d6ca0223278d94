import { luminance } from '@mantine/core';
/** API pair balances → the giver × receiver grid of the heatmap. */

export interface PairBalanceLike {
  readonly giverOrganizationId: string;
  /** Null: given to the collaboration as a whole. */
  readonly receiverOrganizationId: string | null;
  /** Exact decimal string. */
  readonly value: string;
}

export interface MatrixParty {
  /** Null for "the collaboration as a whole" (a receiver column only). */
  readonly id: string | null;
  readonly name: string;
}

export interface MatrixCell {
  readonly giverId: string;
  readonly receiverId: string | null;
  /** The exact amount, "0" where nothing was given. */
  readonly value: string;
  /** 0 (nothing) to 1 (the largest amount of the grid). */
  readonly intensity: number;
  /** Giver and receiver are the same organization: not a real pair. */
  readonly self: boolean;
}

export interface PairMatrix {
  readonly givers: MatrixParty[];
  readonly receivers: MatrixParty[];
  /** rows[giver][receiver], in the order of `givers` and `receivers`. */
  readonly rows: MatrixCell[][];
  readonly max: number;
}

/**
 * Every organization is a row (giver) and a column (receiver); a last column "to the whole
 * collaboration" appears only when some contribution went there. Intensity is the cell's
 * amount over the largest amount, so the colour scale always spans the grid.
 */
export function buildPairMatrix(
  pairs: readonly PairBalanceLike[],
  organizations: readonly { id: string; name: string }[],
  wholeCollaborationName: string,
  unknownName: string,
): PairMatrix {
  const known = new Map(organizations.map((o) => [o.id, o.name]));
  const ids = new Set(organizations.map((o) => o.id));
  for (const p of pairs) {
    ids.add(p.giverOrganizationId);
    if (p.receiverOrganizationId) ids.add(p.receiverOrganizationId);
  }
  const parties: MatrixParty[] = [...ids]
    .map((id) => ({ id, name: known.get(id) ?? unknownName }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const receivers: MatrixParty[] = pairs.some((p) => p.receiverOrganizationId === null)
    ? [...parties, { id: null, name: wholeCollaborationName }]
    : parties;
  const key = (giver: string, receiver: string | null) => `${giver}→${receiver ?? ''}`;
  const values = new Map(
    pairs.map((p) => [key(p.giverOrganizationId, p.receiverOrganizationId), p.value]),
  );
  const max = pairs.reduce((m, p) => Math.max(m, Number(p.value)), 0);
  const rows = parties.map((giver) =>
    receivers.map((receiver) => {
      const value = values.get(key(giver.id as string, receiver.id)) ?? '0';
      const amount = Number(value);
      return {
        giverId: giver.id as string,
        receiverId: receiver.id,
        value,
        intensity: max > 0 && amount > 0 ? amount / max : 0,
        self: giver.id === receiver.id,
      };
    }),
  );
  return { givers: parties, receivers, rows, max };
}

/** Teal 9, the theme's primary colour (ADR 0041). */
const TEAL = [8, 127, 91] as const;

/**
 * Background and text colour for a cell of the given intensity (teal scale); the text black or
 * white, whichever contrasts more with the cell as shown on the white table (both read alike at
 * luminance 0.179).
 */
export function heatColor(intensity: number): { background: string; color: string } {
  if (intensity <= 0) return { background: 'transparent', color: 'inherit' };
  const alpha = 0.12 + 0.83 * Math.min(1, intensity);
  const shown = TEAL.map((channel) => Math.round(255 - (255 - channel) * alpha));
  return {
    background: `rgba(${TEAL.join(', ')}, ${alpha.toFixed(2)})`,
    color: luminance(`rgb(${shown.join(', ')})`) > 0.179 ? 'inherit' : 'white',
  };
}
