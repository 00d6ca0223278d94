import { dataSourceOptions } from '@alianza/db';
import { DataSource } from 'typeorm';

/**
 * Issue 11: rounds published under the quartile rule must not be shown again. The migration to
 * rank bands turns them into WITHHELD / rule_retired (keeping the old JSON so that it can be
 * reverted), leaves other rounds alone, and its down restores them.
 */
describe('the rank-band migration', () => {
  // Creating a scratch database takes the administrator, not the owner of the run's database.
  const databaseUrl = process.env.ALIANZA_TEST_ADMIN_DATABASE_URL as string;

  it('withdraws quartile snapshots, keeps the rest, and reverts', async () => {
    const admin = new DataSource({ type: 'postgres', url: databaseUrl });
    await admin.initialize();
    const scratch = `alianza_bands_${Date.now()}`;
    await admin.query(`CREATE DATABASE "${scratch}"`);
    const url = new URL(databaseUrl);
    url.pathname = `/${scratch}`;
    const options = dataSourceOptions(url.toString());
    const all = options.migrations as (new () => unknown)[];
    const upTo = all.findIndex((m) => m.name === 'BenchmarkRankBands1795413000000');
    expect(upTo).toBeGreaterThan(0);
    const before = new DataSource({ ...options, migrations: all.slice(0, upTo) });
    const after = new DataSource({ ...options, migrations: all.slice(0, upTo + 1) });
    try {
      await before.initialize();
      await before.runMigrations({ transaction: 'each' });
      const insert = (outcome: string, reason: string | null, result: unknown) =>
        before.query(
          `INSERT INTO benchmark_rounds (collaboration_id, metric_name, unit, metric_key, higher_is_better,
             summable, k, dominance_cap, facilitator_sees_values, opens_at, closes_at, created_by,
             closed_at, outcome, withheld_reason, result, contributor_organization_ids)
           VALUES (gen_random_uuid(), 'm', '', 'm|', true, false, 3, 0.25, false, now(), now(),
             gen_random_uuid(), now(), $1, $2, $3, ARRAY[gen_random_uuid()])
           RETURNING id`,
          [outcome, reason, result === null ? null : JSON.stringify(result)],
        );
      const quartiles = { count: 3, firstQuartile: 15, median: 20, thirdQuartile: 30, mean: null };
      const [[published], [withheld]] = [
        await insert('published', null, quartiles),
        await insert('withheld', 'dominance', null),
      ];
      await before.destroy();

      await after.initialize();
      await after.runMigrations({ transaction: 'each' });
      const read = () =>
        after.query(
          `SELECT id, outcome, withheld_reason, result FROM benchmark_rounds ORDER BY id IN ($1) DESC`,
          [published.id],
        );
      expect(await read()).toEqual([
        {
          id: published.id,
          outcome: 'withheld',
          withheld_reason: 'rule_retired',
          result: quartiles,
        },
        { id: withheld.id, outcome: 'withheld', withheld_reason: 'dominance', result: null },
      ]);
      // Closed rounds stay frozen after the migration.
      await expect(
        after.query(`UPDATE benchmark_rounds SET outcome = 'published' WHERE id = $1`, [
          published.id,
        ]),
      ).rejects.toThrow(/closed benchmark rounds are frozen/);

      await after.undoLastMigration({ transaction: 'each' });
      expect(await read()).toEqual([
        { id: published.id, outcome: 'published', withheld_reason: null, result: quartiles },
        { id: withheld.id, outcome: 'withheld', withheld_reason: 'dominance', result: null },
      ]);
    } finally {
      for (const ds of [before, after]) if (ds.isInitialized) await ds.destroy();
      await admin.query(`DROP DATABASE IF EXISTS "${scratch}" WITH (FORCE)`);
      await admin.destroy();
    }
  });
});
