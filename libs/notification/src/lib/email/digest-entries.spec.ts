import { NotificationDelivery, NotificationKind } from '@alianza/shared';
import { DigestGroup, digestEntries } from './digest-entries';

const c1 = '11111111-1111-4111-8111-111111111111';
const c2 = '22222222-2222-4222-8222-222222222222';
const group = (g: Partial<DigestGroup> & Pick<DigestGroup, 'kind'>): DigestGroup => ({
  collaborationId: c1,
  facilitates: false,
  count: 1,
  delivery: null,
  ...g,
});

describe("a digest's entries", () => {
  it('counts each kind, linking to its screen in the one collaboration, else to the app', () => {
    expect(
      digestEntries([
        group({ kind: NotificationKind.GRANT_RECEIVED, count: 2 }),
        group({ kind: NotificationKind.PLAN_OVERDUE, count: 1 }),
        group({ kind: NotificationKind.PLAN_OVERDUE, collaborationId: c2, count: 3 }),
      ]),
    ).toEqual({
      app: 'portal',
      entries: [
        { kind: NotificationKind.GRANT_RECEIVED, count: 2, path: `/portal/c/${c1}/shared` },
        { kind: NotificationKind.PLAN_OVERDUE, count: 4, path: '/portal/' },
      ],
    });
  });

  it('leads a facilitator to the console', () => {
    expect(
      digestEntries([
        group({ kind: NotificationKind.PLAN_PROPOSAL, facilitates: true, count: 5 }),
        group({ kind: NotificationKind.GRANT_RECEIVED, collaborationId: c2 }),
      ]),
    ).toEqual({
      app: 'console',
      entries: [
        { kind: NotificationKind.PLAN_PROPOSAL, count: 5, path: `/console/c/${c1}/plan` },
        { kind: NotificationKind.GRANT_RECEIVED, count: 1, path: `/portal/c/${c2}/shared` },
      ],
    });
  });

  it('leaves out the kinds since kept in the app, and is nothing when none is left', () => {
    const kept = group({
      kind: NotificationKind.GRANT_RECEIVED,
      delivery: NotificationDelivery.IN_APP,
    });
    // Switched to immediately since: they were not emailed, so the digest still tells them.
    const now = group({
      kind: NotificationKind.BENCHMARK_OPEN,
      delivery: NotificationDelivery.IMMEDIATE,
    });
    expect(digestEntries([kept, now])?.entries.map((e) => e.kind)).toEqual([
      NotificationKind.BENCHMARK_OPEN,
    ]);
    expect(digestEntries([kept])).toBeUndefined();
    expect(digestEntries([])).toBeUndefined();
  });
});
