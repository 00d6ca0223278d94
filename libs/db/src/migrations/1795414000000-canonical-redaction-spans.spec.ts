import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { scratchDatabase } from '../lib/scratch-database';
import { CanonicalRedactionSpans1795414000000 as Migration } from './1795414000000-canonical-redaction-spans';

const BODY = 'Pagamos 0,62 EUR/kg a **Harinas Sur** cada mes';

/** Stored spans are converted in a real database, both ways. */
describe('migration: redaction spans count the text as read', () => {
  let ds: DataSource;
  let drop: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    ({ ds, drop } = await scratchDatabase(
      process.env['ALIANZA_TEST_ADMIN_DATABASE_URL']!,
      'spans',
    ));
  });

  afterAll(() => drop?.());

  const spansOf = async () => {
    const [row] = await ds.query(
      `SELECT (SELECT proposed_redaction->'spans' FROM disclosure_requests) AS request,
              (SELECT redaction->'spans' FROM grants) AS "grant"`,
    );
    return row;
  };

  it('turns spans of the Markdown source into spans of the text, and back', async () => {
    const [versionId, requestId, someId] = [randomUUID(), randomUUID(), randomUUID()];
    // A span as the old screens made it: "Harinas Sur** cada" in the source.
    const start = BODY.indexOf('Harinas');
    const source = { fieldKeys: [], spans: [{ start, end: BODY.indexOf(' mes') }] };
    const runner = ds.createQueryRunner();
    try {
      // Only the columns the migration reads matter: the foreign keys are not checked here.
      await runner.query(`SET session_replication_role = replica`);
      await runner.query(
        `INSERT INTO item_versions (id, collaboration_id, item_id, owner_organization_id, version, title, body, fields, third_party_rule, created_by)
         VALUES ($1, $2, $2, $2, 1, 'Harina', $3, '[]', 'internal_only', $2)`,
        [versionId, someId, BODY],
      );
      await runner.query(
        `INSERT INTO disclosure_requests (id, collaboration_id, item_id, item_version_id, area_id, owner_organization_id, owner_participation_id, audience_kind, recipient_organization_ids, proposed_redaction, status, requested_by)
         VALUES ($1, $2, $2, $3, $2, $2, $2, 'named', ARRAY[$2]::uuid[], $4, 'approved', $2)`,
        [requestId, someId, versionId, JSON.stringify(source)],
      );
      await runner.query(
        `INSERT INTO grants (reference, collaboration_id, request_id, item_id, item_version_id, area_id, owner_organization_id, recipient_organization_id, recipient_participation_id, redaction)
         VALUES ('REF', $2, $1, $2, $3, $2, $2, $2, $2, $4)`,
        [requestId, someId, versionId, JSON.stringify(source)],
      );
      await new Migration().up(runner);
      // "Pagamos 0,62 EUR/kg a Harinas Sur cada mes": "Harinas Sur cada" is 22 to 38.
      const canonical = [{ start: 22, end: 38 }];
      expect(await spansOf()).toEqual({ request: canonical, grant: canonical });
      await new Migration().down(runner);
      const back = [{ start, end: BODY.indexOf(' mes') }];
      expect(await spansOf()).toEqual({ request: back, grant: back });
    } finally {
      await runner.release();
    }
  });
});
