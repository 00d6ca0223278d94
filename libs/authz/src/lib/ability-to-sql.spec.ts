import { Action, Subject, Viewer } from '@alianza/shared';
import { Column, DataSource, Entity, PrimaryColumn } from 'typeorm';
import { defineAbilityFor } from './ability.factory';
import { applyAbility } from './ability-to-sql';
import { EMPTY_ACCESS_CONTEXT } from './access-context';

// A throwaway table standing for any collaboration-scoped subject, in a schema of its own.
@Entity({ name: 'authz_probe', schema: 'authz_spec' })
class ProbeEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'collaboration_id' })
  collaborationId!: string;

  @Column({ type: 'uuid', name: 'participation_id' })
  participationId!: string;
}

const viewer: Viewer = {
  userId: '00000000-0000-4000-8000-000000000001',
  sessionId: 's',
  email: 'v@example.org',
  displayName: 'V',
  isPlatformAdmin: false,
  isFacilitator: false,
};

const C1 = '11111111-1111-4111-8111-111111111111';
const C2 = '22222222-2222-4222-8222-222222222222';
const P1 = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const P2 = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';

describe('abilities compiled into SQL (real PostgreSQL)', () => {
  let ds: DataSource;

  beforeAll(async () => {
    const url = process.env.ALIANZA_TEST_DATABASE_URL!;
    const setup = new DataSource({ type: 'postgres', url });
    await setup.initialize();
    await setup.query('DROP SCHEMA IF EXISTS authz_spec CASCADE');
    await setup.query('CREATE SCHEMA authz_spec');
    await setup.destroy();
    // synchronize only builds this spec's own throwaway table.
    ds = new DataSource({ type: 'postgres', url, entities: [ProbeEntity], synchronize: true });
    await ds.initialize();
    await ds.getRepository(ProbeEntity).insert([
      { id: '00000000-0000-4000-8000-0000000000a1', collaborationId: C1, participationId: P1 },
      { id: '00000000-0000-4000-8000-0000000000a2', collaborationId: C1, participationId: P2 },
      { id: '00000000-0000-4000-8000-0000000000a3', collaborationId: C2, participationId: P2 },
    ]);
  });

  afterAll(async () => {
    await ds.query('DROP SCHEMA IF EXISTS authz_spec CASCADE');
    await ds.destroy();
  });

  const visibleIds = async (ability: ReturnType<typeof defineAbilityFor>, subject: Subject) => {
    const qb = ds.getRepository(ProbeEntity).createQueryBuilder('probe').orderBy('probe.id');
    applyAbility(qb, ability, Action.Read, subject);
    return (await qb.getMany()).map((row) => row.id.slice(-2));
  };

  it('returns nothing when nothing is allowed (deny by default), never everything', async () => {
    expect(
      await visibleIds(
        defineAbilityFor(undefined, EMPTY_ACCESS_CONTEXT),
        Subject.ParticipationEntry,
      ),
    ).toEqual([]);
    expect(
      await visibleIds(defineAbilityFor(viewer, EMPTY_ACCESS_CONTEXT), Subject.ParticipationEntry),
    ).toEqual([]);
  });

  it('filters by the facilitated collaborations, mapping properties to aliased columns', async () => {
    const ability = defineAbilityFor(viewer, {
      ...EMPTY_ACCESS_CONTEXT,
      facilitatedCollaborationIds: [C1],
    });
    expect(await visibleIds(ability, Subject.ParticipationEntry)).toEqual(['a1', 'a2']);
  });

  it('ORs several rules: own participation in one collaboration, facilitation of another', async () => {
    const ability = defineAbilityFor(viewer, {
      ...EMPTY_ACCESS_CONTEXT,
      facilitatedCollaborationIds: [C2],
      myParticipations: [
        {
          id: P1,
          collaborationId: C1,
          organizationId: C1,
          status: 'invited' as never,
          active: false,
        },
      ],
    });
    expect(await visibleIds(ability, Subject.ParticipationEntry)).toEqual(['a1', 'a3']);
  });

  it('keeps the ability condition when combined with other WHERE clauses', async () => {
    const ability = defineAbilityFor(viewer, {
      ...EMPTY_ACCESS_CONTEXT,
      facilitatedCollaborationIds: [C2],
    });
    const qb = ds
      .getRepository(ProbeEntity)
      .createQueryBuilder('probe')
      .where('probe.participation_id = :p', { p: P2 });
    applyAbility(qb, ability, Action.Read, Subject.ParticipationEntry);
    const rows = await qb.getMany();
    expect(rows.map((r) => r.id.slice(-2))).toEqual(['a3']);
  });
});
