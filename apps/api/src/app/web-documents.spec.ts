import { buildSchema, concatAST, NoDeprecatedCustomRule, parse, validate } from 'graphql';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * The web apps move to what replaces a deprecated field, argument or operation as soon as it is
 * deprecated: their `.graphql` documents (the codegen sources) use nothing deprecated of the
 * committed schema. Old names stay for other clients until they are removed.
 */
const ROOT = join(__dirname, '../../../..');
const SCHEMA_FILE = join(ROOT, 'apps/api/schema.graphql');
const WEB = [
  'apps/facilitator-console/src',
  'apps/participant-portal/src',
  'libs/graphql-client/src',
];

function documents(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return documents(path);
    return name.endsWith('.graphql') ? [path] : [];
  });
}

describe("the web apps' GraphQL documents", () => {
  it('use no deprecated field, argument, input field or operation', () => {
    const schema = buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));
    const files = WEB.flatMap((dir) => documents(join(ROOT, dir)));
    expect(files.length).toBeGreaterThan(10);
    const uses = files.flatMap((file) =>
      validate(schema, concatAST([parse(readFileSync(file, 'utf8'))]), [
        NoDeprecatedCustomRule,
      ]).map((error) => `${relative(ROOT, file)}: ${error.message}`),
    );
    expect(uses).toEqual([]);
  });
});
