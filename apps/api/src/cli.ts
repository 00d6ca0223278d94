/*
 * Developer and operator commands that need the whole application:
 *   schema:write             regenerate apps/api/schema.graphql from the code
 *   migration:generate Name  write a migration with the SQL that brings the database to the entities
 *   seed                     load the demo data and print its credentials
 *   create-admin             create a platform admin (ADMIN_EMAIL, ADMIN_NAME, ADMIN_PASSWORD)
 */
import 'reflect-metadata';
import { INestApplication } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { loadConfig } from '@alianza/api-core';
import { Db, pendingSchemaChanges } from '@alianza/db';
import { IdentityService } from '@alianza/identity';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { createApp } from './app/create-app';
import { seedDemo } from './app/demo-seed';

export const SCHEMA_FILE = resolve(__dirname, '../schema.graphql');
const MIGRATIONS_DIR = resolve(__dirname, '../../../libs/db/src/migrations');

export function printSortedSchema(app: INestApplication): string {
  return printSchema(lexicographicSortSchema(app.get(GraphQLSchemaHost).schema)) + '\n';
}

function migrationSource(className: string, up: string[], down: string[]): string {
  const lines = (queries: string[]) =>
    queries
      .map((q) => `    await queryRunner.query(\`${q.replace(/[`\\]|\$\{/g, (c) => `\\${c}`)}\`);`)
      .join('\n');
  return `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${lines(up)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${lines([...down].reverse())}
  }
}
`;
}

async function generateMigration(app: INestApplication, name: string | undefined): Promise<void> {
  if (!name || !/^[A-Z][A-Za-z0-9]*$/.test(name))
    throw new Error('Give the migration a PascalCase name.');
  const { up, down } = await pendingSchemaChanges(app.get(DataSource));
  if (up.length === 0) {
    console.log('The entities match the migrations: nothing to generate.');
    return;
  }
  const timestamp = Date.now();
  const className = `${name}${timestamp}`;
  const file = `${timestamp}-${name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()}`;
  writeFileSync(resolve(MIGRATIONS_DIR, `${file}.ts`), migrationSource(className, up, down));
  const indexFile = resolve(MIGRATIONS_DIR, 'index.ts');
  const source = readFileSync(indexFile, 'utf8');
  const list = /MIGRATIONS: MigrationClass\[\] = \[([^\]]*)\];/.exec(source);
  if (!list) throw new Error(`Cannot find the MIGRATIONS list in ${indexFile}`);
  const names = [
    ...(list[1] ?? '')
      .split(',')
      .map((n) => n.trim())
      .filter(Boolean),
    className,
  ];
  const index = source
    .replace(
      /(import \{ MigrationInterface \} from 'typeorm';\n)/,
      `$1import { ${className} } from './${file}';\n`,
    )
    .replace(list[0], `MIGRATIONS: MigrationClass[] = [\n  ${names.join(',\n  ')},\n];`);
  writeFileSync(indexFile, index);
  console.log(
    `Wrote libs/db/src/migrations/${file}.ts (${up.length} statements). Review it before committing.`,
  );
}

async function main(command: string | undefined, arg: string | undefined): Promise<void> {
  // No metrics: a command run beside the API (`compose exec api npm run …`) must not take its
  // METRICS_PORT, and nobody scrapes a command.
  const config = loadConfig({ LOG_LEVEL: 'warn', ...process.env, METRICS_ENABLED: 'false' });
  const app = await createApp(config);
  await app.init();
  try {
    switch (command) {
      case 'schema:write':
        writeFileSync(SCHEMA_FILE, printSortedSchema(app));
        console.log(`Wrote ${SCHEMA_FILE}`);
        break;
      case 'migration:generate':
        await generateMigration(app, arg);
        break;
      case 'seed':
        await seedDemo(app);
        break;
      case 'create-admin': {
        const { ADMIN_EMAIL, ADMIN_NAME, ADMIN_PASSWORD } = process.env;
        if (!ADMIN_EMAIL || !ADMIN_PASSWORD || ADMIN_PASSWORD.length < 10) {
          throw new Error(
            'Set ADMIN_EMAIL and ADMIN_PASSWORD (at least 10 characters), and optionally ADMIN_NAME.',
          );
        }
        // As the owner: no claim of the API's may make an administrator.
        const user = await app.get(Db).asOwner(() =>
          app.get(IdentityService).createPlatformAdmin({
            email: ADMIN_EMAIL,
            displayName: ADMIN_NAME ?? 'Platform admin',
            password: ADMIN_PASSWORD,
          }),
        );
        console.log(`Platform admin: ${user.email}`);
        break;
      }
      default:
        throw new Error(
          `Unknown command "${command ?? ''}". Use schema:write, migration:generate, seed or create-admin.`,
        );
    }
  } finally {
    await app.close();
  }
}

if (require.main === module) {
  main(process.argv[2], process.argv[3]).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
