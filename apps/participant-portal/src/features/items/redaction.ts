import { normalizeSpans, type Span } from '@alianza/redaction';

export type { Span };

/** What the fields and spans of a redaction proposal become: exactly the API's `RedactionInput`. */
export interface RedactionProposal {
  fieldKeys: string[];
  spans: Span[];
}

export const EMPTY_PROPOSAL: RedactionProposal = { fieldKeys: [], spans: [] };

/** The API input for a proposal: unique, sorted field keys and normalised spans. */
export function toRedactionInput(proposal: RedactionProposal): RedactionProposal {
  return {
    fieldKeys: [...new Set(proposal.fieldKeys)].sort(),
    spans: normalizeSpans(proposal.spans).map(({ start, end }) => ({ start, end })),
  };
}

/** Whether a proposal hides anything. */
export function hidesAnything(proposal: RedactionProposal): boolean {
  return proposal.fieldKeys.length > 0 || proposal.spans.length > 0;
}
