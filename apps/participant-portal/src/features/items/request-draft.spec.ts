import { describe, expect, it } from 'vitest';
import type { PortalDisclosureRequestFragment, PortalItemVersionFragment } from './items.generated';
import { draftFrom, expiryInstant, toDisclosureRequestInput } from './request-draft';

const LATEST: PortalItemVersionFragment = {
  id: 'v2',
  itemId: 'i1',
  version: 2,
  title: 'Coste de la harina',
  body: 'Nuestro coste es 12.4 EUR con Harinas Sur.',
  thirdPartyRule: 'ADVISORS',
  createdAt: '2026-03-01T10:00:00.000Z',
  files: [],
  fields: [
    { key: 'coste-unitario', label: 'Coste unitario', type: 'NUMBER', number: 12.4, text: null },
    { key: 'proveedor', label: 'Proveedor', type: 'TEXT', number: null, text: 'Harinas Sur' },
  ],
};

const REQUEST: PortalDisclosureRequestFragment = {
  id: 'r1',
  itemId: 'i1',
  status: 'CHANGES_REQUESTED',
  autoApproved: false,
  flags: { reciprocityPolicy: false },
  audienceKind: 'NAMED',
  recipientOrganizationIds: ['o2'],
  createdAt: '2026-03-01T10:00:00.000Z',
  decidedAt: '2026-03-02T10:00:00.000Z',
  decisionMessage: 'Oculta también el proveedor',
  expiresAt: null,
  note: 'Para comparar',
  itemVersion: { id: 'v1', version: 1 },
  proposedRedaction: {
    fieldKeys: ['proveedor', 'margen'],
    spans: [{ start: 3, end: 9 }],
    files: [],
  },
};

describe('asking again', () => {
  it('starts from the previous request of the same version', () => {
    const draft = draftFrom({ ...REQUEST, itemVersion: { id: 'v2', version: 2 } }, LATEST);
    expect(draft).toMatchObject({
      audienceKind: 'NAMED',
      recipientOrganizationIds: ['o2'],
      note: 'Para comparar',
      proposal: { fieldKeys: ['margen', 'proveedor'], spans: [{ start: 3, end: 9 }] },
    });
  });

  it('drops spans and vanished fields when the item has a newer version', () => {
    expect(draftFrom(REQUEST, LATEST).proposal).toEqual({ fieldKeys: ['proveedor'], spans: [] });
  });

  it('pins the request to the version and sends recipients only for a named audience', () => {
    const draft = draftFrom(undefined, LATEST);
    expect(
      toDisclosureRequestInput(
        {
          ...draft,
          audienceKind: 'ALL_ACTIVE',
          recipientOrganizationIds: ['o2'],
          proposal: { fieldKeys: ['proveedor'], spans: [] },
          note: '  Para comparar ',
        },
        LATEST,
      ),
    ).toEqual({
      version: 2,
      audienceKind: 'ALL_ACTIVE',
      recipientOrganizationIds: null,
      redaction: { fieldKeys: ['proveedor'], spans: [], files: [] },
      expiresAt: null,
      note: 'Para comparar',
    });
  });

  it('makes an expiry day last until its end', () => {
    expect(expiryInstant(null)).toBeNull();
    const instant = new Date(expiryInstant('2026-12-31') ?? '');
    expect(instant.getFullYear()).toBe(2026);
    expect(instant.getMonth()).toBe(11);
    expect(instant.getDate()).toBe(31);
    expect(instant.getHours()).toBe(23);
    expect(instant.getMinutes()).toBe(59);
  });
});
