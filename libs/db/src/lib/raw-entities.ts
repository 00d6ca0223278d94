import type { DataSource, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

/**
 * Entities read by a hand-written statement (a list page read in one statement, with what its
 * rows show joined in), without TypeORM's query builder and result transformer, which cost
 * about a millisecond of CPU per statement: the select list names each column of the entity
 * under `<prefix>_<property>`, and each row gives back the entity, its values hydrated by the
 * driver as TypeORM hydrates them (types, transformers).
 */
export class RawEntities<T extends ObjectLiteral> {
  private readonly metadata: EntityMetadata;
  private readonly columns: { column: ColumnMetadata; key: string }[];

  constructor(
    private readonly dataSource: DataSource,
    entity: EntityTarget<T>,
    readonly prefix: string,
  ) {
    this.metadata = dataSource.getMetadata(entity);
    // A relation's own join column is virtual: its value is the plain column next to it.
    this.columns = this.metadata.columns
      .filter((column) => !column.isVirtual && !column.embeddedMetadata)
      .map((column) => ({ column, key: `${prefix}_${column.propertyName}` }));
  }

  /** `alias.column AS "prefix_property", …`: every column of the entity, for a select list. */
  select(alias: string): string {
    return this.columns.map((c) => `${alias}."${c.column.databaseName}" AS "${c.key}"`).join(', ');
  }

  /** The entity in `row`, or undefined when its primary key is null (an outer join found none). */
  from(row: Record<string, unknown>): T | undefined {
    const primary = this.metadata.primaryColumns[0];
    if (primary && row[`${this.prefix}_${primary.propertyName}`] == null) return undefined;
    const entity = this.metadata.create() as T;
    const driver = this.dataSource.driver;
    for (const { column, key } of this.columns)
      (entity as Record<string, unknown>)[column.propertyName] = driver.prepareHydratedValue(
        row[key],
        column,
      );
    return entity;
  }
}
