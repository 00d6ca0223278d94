import { randomUUID } from 'node:crypto';
import { Column, DataSource, Entity, PrimaryColumn } from 'typeorm';
import { RawEntities } from './raw-entities';
import { SnakeNamingStrategy } from './snake-naming.strategy';

enum Mood {
  CALM = 'calm',
  BUSY = 'busy',
}

@Entity('raw_entity_probe')
class Probe {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  closedAt!: Date | null;

  @Column({ type: 'uuid', array: true })
  memberIds!: string[];

  @Column({ type: 'jsonb' })
  shape!: { keys: string[]; spans: { start: number }[] };

  @Column({ type: 'enum', enum: Mood, enumName: 'raw_entity_probe_mood' })
  mood!: Mood;

  @Column({ type: 'int' })
  version!: number;

  @Column({ type: 'numeric', precision: 12, scale: 2 })
  amount!: string;

  @Column({
    type: 'text',
    transformer: { to: (v: string[]) => v.join('|'), from: (v: string) => v.split('|') },
  })
  tags!: string[];
}

/**
 * A hand-written read gives back the same entity TypeORM's own read would: every type the
 * domain entities use (timestamps, arrays, jsonb, enums, integers, numerics, transformers).
 */
describe('RawEntities on PostgreSQL', () => {
  let ds: DataSource;
  const probes = () => new RawEntities(ds, Probe, 'p');

  beforeAll(async () => {
    ds = await new DataSource({
      type: 'postgres',
      url: process.env['ALIANZA_TEST_DATABASE_URL']!,
      entities: [Probe],
      namingStrategy: new SnakeNamingStrategy(),
      // One connection: the temporary table lives on it.
      extra: { max: 1 },
    }).initialize();
    await ds.query(`CREATE TYPE pg_temp.raw_entity_probe_mood AS ENUM ('calm', 'busy')`);
    await ds.query(`CREATE TEMP TABLE raw_entity_probe (
      id uuid PRIMARY KEY, created_at timestamptz(3) NOT NULL, closed_at timestamptz(3),
      member_ids uuid[] NOT NULL, shape jsonb NOT NULL, mood pg_temp.raw_entity_probe_mood NOT NULL,
      version int NOT NULL, amount numeric(12, 2) NOT NULL, tags text NOT NULL)`);
  });

  afterAll(() => ds?.destroy());

  it('hydrates a row as TypeORM does', async () => {
    const id = randomUUID();
    await ds.getRepository(Probe).insert({
      id,
      createdAt: new Date('2026-12-06T05:00:00.123Z'),
      closedAt: null,
      memberIds: [randomUUID(), randomUUID()],
      shape: { keys: ['price'], spans: [{ start: 3 }] },
      mood: Mood.BUSY,
      version: 7,
      amount: '1234.50',
      tags: ['a', 'b'],
    });
    const [row] = await ds.query(`SELECT ${probes().select('x')} FROM raw_entity_probe x`);
    const raw = probes().from(row);
    const typeorm = await ds.getRepository(Probe).findOneByOrFail({ id });
    expect(raw).toBeInstanceOf(Probe);
    expect(raw).toEqual(typeorm);
    expect(raw).toMatchObject({
      createdAt: new Date('2026-12-06T05:00:00.123Z'),
      tags: ['a', 'b'],
    });
  });

  it('gives no entity for an outer join that found none', async () => {
    const [row] = await ds.query(
      `SELECT ${probes().select('x')} FROM (SELECT 1) one LEFT JOIN raw_entity_probe x ON false`,
    );
    expect(probes().from(row)).toBeUndefined();
  });
});
