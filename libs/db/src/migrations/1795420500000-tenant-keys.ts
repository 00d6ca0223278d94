import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every tenant table keyed by collaboration, so that each can be distributed by
 * `collaboration_id` (docs/adr/0048-ready-for-citus.md): its primary key, its unique keys and its
 * foreign keys to other tenant tables include the column. `collaboration_id` is appended, so the
 * indexes still serve the lookups by their leading columns (an id, a token hash, a parent).
 * A foreign key now also says that the child is in its parent's collaboration.
 */

/** Tables whose primary key gains collaboration_id: [table, constraint, columns]. */
const PRIMARY_KEYS: [string, string, string[]][] = [
  ['activity_declarations', 'PK_002cac2e8b7732caabc33d9961b', ['option_id', 'organization_id']],
  ['activity_options', 'PK_245022d31822bc8a22ae909c8b1', ['id']],
  ['areas', 'PK_5110493f6342f34c978c084d0d6', ['id']],
  ['audit_outbox', 'audit_outbox_pkey', ['id']],
  ['audit_records', 'PK_f903ebdf175f062be69747b0f18', ['id']],
  [
    'benchmark_round_participants',
    'PK_ff6ef8220513983fa5e731e846d',
    ['round_id', 'organization_id'],
  ],
  ['benchmark_rounds', 'PK_587ae64b08c00470acceecfa619', ['id']],
  ['benchmark_submissions', 'PK_b64027fb5230072bb7aee54d401', ['id']],
  ['collaboration_facilitators', 'PK_beae0c2008ea9fae4e4a31ce2d8', ['id']],
  ['collaboration_invitations', 'PK_01cad74129e88b9815c8923fce8', ['id']],
  ['customer_hashes', 'PK_a3ec73a6352d039d2fa14ce4687', ['list_id', 'hash']],
  ['customer_lists', 'PK_7bb684cbf4a8ed72a4bfce6c159', ['id']],
  ['detected_overlap_reviews', 'PK_8d8d8d66245d35355c9c996457c', ['id']],
  ['disclosure_requests', 'PK_a8412bf6660e929a561320b2c25', ['id']],
  ['evaluations', 'PK_f683b433eba0e6dae7e19b29e29', ['id']],
  ['file_accesses', 'PK_file_accesses', ['id']],
  ['grants', 'PK_a25f5f89eff8b3277f7969b7094', ['id']],
  ['ground_rules_acceptances', 'PK_c2eeded449f1a5288e149eef4fb', ['id']],
  ['ground_rules_versions', 'PK_e5e8c631846437cc8b5b412ec7e', ['id']],
  ['item_files', 'PK_f24c095dfe3b13bcc441c55149b', ['id']],
  ['item_versions', 'PK_8132975d9986601108390075a11', ['id']],
  ['items', 'PK_ba5885359424c15ca6b9e79bcf6', ['id']],
  ['ledger_entries', 'PK_6efcb84411d3f08b08450ae75d5', ['id']],
  ['notifications', 'PK_6a72c3c0f683f6462415e653c3a', ['id']],
  ['overlap_notes', 'PK_bd642c6ce3d5e5d96479e49104a', ['overlap_id']],
  ['overlaps', 'PK_6b84527ea172b5c8c5c35da2435', ['id']],
  ['participation_entries', 'PK_aea5091fd856ddae9c1b26b76d0', ['id']],
  ['participations', 'PK_7aa63b8dcd3d6f8aef8a98bb14a', ['id']],
  ['plan_indicators', 'PK_48bdc21406ce9ca455386c987b3', ['id']],
  ['plan_milestones', 'PK_0b589be7e8876bd4f3628ce27a4', ['id']],
  ['plan_objectives', 'PK_e2e59367db56396d0a41750a041', ['id']],
  ['plan_progress_updates', 'PK_220a8005cbcb4df38e792f29eb4', ['id']],
  ['plan_resource_details', 'PK_7a87fdd541c502c0d029042ba58', ['resource_id']],
  ['plan_resources', 'PK_9f43da8960e09f0e7c0ee0dae01', ['id']],
  ['plan_tasks', 'PK_164d68a56870d6f9365c5748d15', ['id']],
  ['pledges', 'PK_cbc41e4e1ba6b2690543f158d22', ['id']],
  ['publication_deliveries', 'PK_6173525dfb1845267c971514319', ['id']],
  ['publications', 'PK_2c4e732b044e09139d2f1065fae', ['id']],
  ['published_answers', 'PK_f18ef955c2e2502be5bb2cedbbd', ['id']],
  ['questions', 'PK_08a6d4b0f49ff300bf3a0ca60ac', ['id']],
  ['search_shared_texts', 'search_shared_texts_pkey', ['grant_id']],
];

/** Unique keys that gain collaboration_id (a constraint, or an index with its predicate). */
const UNIQUES: { table: string; name: string; columns: string[]; where?: string; index?: true }[] =
  [
    {
      table: 'activity_options',
      name: 'activity_options_area_dimension_label_key',
      columns: ['area_id', 'dimension', 'label'],
    },
    {
      table: 'benchmark_submissions',
      name: 'benchmark_submissions_round_org_key',
      columns: ['round_id', 'organization_id'],
    },
    {
      table: 'collaboration_invitations',
      name: 'collaboration_invitations_token_hash_key',
      columns: ['token_hash'],
      index: true,
    },
    {
      table: 'customer_lists',
      name: 'customer_lists_area_organization_key',
      columns: ['area_id', 'organization_id'],
    },
    {
      table: 'detected_overlap_reviews',
      name: 'detected_overlap_reviews_area_organizations_key',
      columns: ['area_id', 'organization_ids'],
    },
    { table: 'grants', name: 'grants_reference_key', columns: ['reference'], index: true },
    {
      table: 'grants',
      name: 'grants_request_recipient_key',
      columns: ['request_id', 'recipient_organization_id'],
    },
    {
      table: 'item_version_files',
      name: 'item_version_files_version_idx',
      columns: ['item_version_id', 'position'],
      index: true,
    },
    {
      table: 'item_versions',
      name: 'item_versions_item_version_key',
      columns: ['item_id', 'version'],
    },
    {
      table: 'ledger_entries',
      name: 'ledger_entries_grant_key',
      columns: ['grant_id'],
      where: 'grant_id IS NOT NULL',
      index: true,
    },
    {
      table: 'publication_deliveries',
      name: 'publication_deliveries_publication_participation_key',
      columns: ['publication_id', 'recipient_participation_id'],
    },
    {
      table: 'questions',
      name: 'questions_published_answer_key',
      columns: ['published_answer_id'],
      where: 'published_answer_id IS NOT NULL',
      index: true,
    },
  ];

type OnDelete = 'CASCADE' | 'RESTRICT' | 'SET NULL';

/** Foreign keys between tenant tables: the old one (by name) and the new, composite one. */
const FOREIGN_KEYS: {
  table: string;
  column: string;
  target: string;
  onDelete: OnDelete;
  old: string;
  name: string;
}[] = [
  fk(
    'activity_declarations',
    'option_id',
    'activity_options',
    'CASCADE',
    'FK_bde47ff2fbc11637ebd78c10d4a',
  ),
  fk('activity_options', 'area_id', 'areas', 'CASCADE', 'FK_23994d88f9e07873d5df3690253'),
  fk(
    'collaboration_invitations',
    'accepted_participation_id',
    'participations',
    'SET NULL',
    'FK_df34f91129068c417b8d277cadc',
  ),
  fk('customer_hashes', 'list_id', 'customer_lists', 'CASCADE', 'FK_aadf878f98c7450ceef5ae893c1'),
  fk('customer_lists', 'area_id', 'areas', 'CASCADE', 'FK_e7e12640439b8e761d78578f478'),
  fk(
    'detected_overlap_reviews',
    'overlap_id',
    'overlaps',
    'SET NULL',
    'FK_ca1eaa895547225569ea5a3efc9',
  ),
  fk('detected_overlap_reviews', 'area_id', 'areas', 'CASCADE', 'FK_df60390a8abcec6092d66e34d36'),
  fk('disclosure_requests', 'item_id', 'items', 'CASCADE', 'FK_44dbfc9e9a8a20a64acc873fd8d'),
  fk(
    'disclosure_requests',
    'item_version_id',
    'item_versions',
    'RESTRICT',
    'FK_f5c33c157dc6b55c3dc7b47d2b2',
  ),
  fk('grants', 'request_id', 'disclosure_requests', 'CASCADE', 'FK_313f4335cb31be7552edbb5c760'),
  fk('grants', 'item_version_id', 'item_versions', 'RESTRICT', 'FK_ce7e089ffd65472ea6b208d66e3'),
  fk(
    'ground_rules_acceptances',
    'ground_rules_version_id',
    'ground_rules_versions',
    'RESTRICT',
    'FK_2ddd9139b1bed0aa6333d6bff8e',
  ),
  fk(
    'ground_rules_acceptances',
    'participation_id',
    'participations',
    'CASCADE',
    'FK_edf59088c041f7b4d10459cd98e',
  ),
  fk(
    'item_version_files',
    'item_version_id',
    'item_versions',
    'CASCADE',
    'FK_239411919e87af5d2988d8d03da',
  ),
  fk('item_version_files', 'file_id', 'item_files', 'RESTRICT', 'FK_bbb5ebf862908021a70c36a19df'),
  fk('item_versions', 'item_id', 'items', 'CASCADE', 'FK_8045572a22f3172d3ee5d0fa990'),
  fk('items', 'area_id', 'areas', 'RESTRICT', 'FK_17fa4664455c2bf34dbd1f67f61'),
  fk('overlap_notes', 'overlap_id', 'overlaps', 'CASCADE', 'FK_bd642c6ce3d5e5d96479e49104a'),
  fk('overlaps', 'area_id', 'areas', 'CASCADE', 'FK_e3a26e857d40df8139495bbc890'),
  fk(
    'participation_entries',
    'participation_id',
    'participations',
    'CASCADE',
    'FK_680d51e024667ae88243eb3ad22',
  ),
  fk(
    'plan_indicators',
    'objective_id',
    'plan_objectives',
    'CASCADE',
    'FK_70a624f0155b3d456b14dd16989',
  ),
  fk(
    'plan_resource_details',
    'resource_id',
    'plan_resources',
    'CASCADE',
    'FK_7a87fdd541c502c0d029042ba58',
  ),
  fk(
    'plan_resources',
    'milestone_id',
    'plan_milestones',
    'CASCADE',
    'FK_8d85618afdd0de58dd71f863e15',
  ),
  fk('plan_tasks', 'milestone_id', 'plan_milestones', 'CASCADE', 'FK_61d405ee54e44e46ae7c8c011cf'),
  fk(
    'publication_deliveries',
    'publication_id',
    'publications',
    'CASCADE',
    'FK_4794513470e76c1d63f58f9e9b2',
  ),
  fk(
    'questions',
    'published_answer_id',
    'published_answers',
    'SET NULL',
    'FK_14973437df73a3a5e1feb721da7',
  ),
];

function fk(table: string, column: string, target: string, onDelete: OnDelete, old: string) {
  return {
    table,
    column,
    target,
    onDelete,
    old,
    name: `${table}_${column.replace(/_id$/, '')}_fk`,
  };
}

const list = (columns: string[]) => columns.map((c) => `"${c}"`).join(', ');

export class TenantKeys1795420500000 implements MigrationInterface {
  name = 'TenantKeys1795420500000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const f of FOREIGN_KEYS) {
      await queryRunner.query(`ALTER TABLE "${f.table}" DROP CONSTRAINT "${f.old}"`);
    }
    for (const [table, name, columns] of PRIMARY_KEYS) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "${name}"`);
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD CONSTRAINT "${name}" PRIMARY KEY (${list([...columns, 'collaboration_id'])})`,
      );
    }
    for (const u of UNIQUES)
      await this.replaceUnique(queryRunner, u, [...u.columns, 'collaboration_id']);
    for (const f of FOREIGN_KEYS) {
      // SET NULL empties the reference only: the row stays in its collaboration.
      const onDelete = f.onDelete === 'SET NULL' ? `SET NULL ("${f.column}")` : f.onDelete;
      await queryRunner.query(
        `ALTER TABLE "${f.table}" ADD CONSTRAINT "${f.name}"
           FOREIGN KEY ("${f.column}", "collaboration_id") REFERENCES "${f.target}" ("id", "collaboration_id")
           ON DELETE ${onDelete}`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const f of FOREIGN_KEYS) {
      await queryRunner.query(`ALTER TABLE "${f.table}" DROP CONSTRAINT "${f.name}"`);
    }
    for (const u of UNIQUES) await this.replaceUnique(queryRunner, u, u.columns);
    for (const [table, name, columns] of PRIMARY_KEYS) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "${name}"`);
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD CONSTRAINT "${name}" PRIMARY KEY (${list(columns)})`,
      );
    }
    for (const f of FOREIGN_KEYS) {
      await queryRunner.query(
        `ALTER TABLE "${f.table}" ADD CONSTRAINT "${f.old}"
           FOREIGN KEY ("${f.column}") REFERENCES "${f.target}" ("id") ON DELETE ${f.onDelete}`,
      );
    }
  }

  private async replaceUnique(
    queryRunner: QueryRunner,
    u: (typeof UNIQUES)[number],
    columns: string[],
  ): Promise<void> {
    if (u.index) {
      await queryRunner.query(`DROP INDEX "${u.name}"`);
      await queryRunner.query(
        `CREATE UNIQUE INDEX "${u.name}" ON "${u.table}" (${list(columns)})${u.where ? ` WHERE ${u.where}` : ''}`,
      );
    } else {
      await queryRunner.query(`ALTER TABLE "${u.table}" DROP CONSTRAINT "${u.name}"`);
      await queryRunner.query(
        `ALTER TABLE "${u.table}" ADD CONSTRAINT "${u.name}" UNIQUE (${list(columns)})`,
      );
    }
  }
}
