import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Every domain lib keeps one layout (README, "Architecture"): one TypeORM @Entity per file in
 * `lib/entities/`, the GraphQL object types and inputs in `lib/dtos/`, one @Resolver class per
 * file. Textual on purpose: a regex over the sources, no compiler.
 */
const ROOT = join(__dirname, '../../../..');
const LIBS = join(ROOT, 'libs');

/** Libs that are not a domain: infrastructure, shared names, web. */
const NOT_DOMAINS = new Set([
  'api-core',
  'authz',
  'db',
  'export',
  'graphql-client',
  'i18n',
  'redaction',
  'shared',
  'storage',
  'ui',
]);

type Rule = 'entity-in-entities' | 'one-entity-per-file' | 'dto-in-dtos' | 'one-resolver-per-file';

/**
 * Known offenders, to be emptied (an entry that no longer offends fails too, so it is removed).
 */
const PENDING: Record<string, Rule[]> = {};

const count = (source: string, decorator: string): number =>
  source.match(new RegExp(`^\\s*@${decorator}\\s*\\(`, 'gm'))?.length ?? 0;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') && !name.endsWith('.spec.ts') ? [path] : [];
  });
}

/** The rules each source file of the domain libs breaks, by path from the repository root. */
function offences(): Map<string, Rule[]> {
  const found = new Map<string, Rule[]>();
  const domains = readdirSync(LIBS).filter((lib) => !NOT_DOMAINS.has(lib));
  for (const lib of domains) {
    for (const path of sources(join(LIBS, lib, 'src'))) {
      const file = relative(ROOT, path);
      const source = readFileSync(path, 'utf8');
      const entities = count(source, 'Entity');
      const dtos =
        count(source, 'ObjectType') + count(source, 'InputType') + count(source, 'ArgsType');
      const broken: Rule[] = [];
      if (entities > 0 && !/\/src\/lib\/entities\/[^/]+\.entity\.ts$/.test(file)) {
        broken.push('entity-in-entities');
      }
      if (entities > 1) broken.push('one-entity-per-file');
      if (dtos > 0 && !file.includes('/src/lib/dtos/')) broken.push('dto-in-dtos');
      if (count(source, 'Resolver') > 1) broken.push('one-resolver-per-file');
      if (broken.length > 0) found.set(file, broken);
    }
  }
  return found;
}

describe('the layout of the domain libs', () => {
  const found = offences();
  const describeRule: Record<Rule, string> = {
    'entity-in-entities': 'an @Entity belongs in lib/entities/<name>.entity.ts',
    'one-entity-per-file': 'one @Entity per file',
    'dto-in-dtos': '@ObjectType/@InputType/@ArgsType classes belong in lib/dtos/',
    'one-resolver-per-file': 'one @Resolver class per file',
  };

  it('keeps entities, GraphQL types and resolvers where the README says', () => {
    const unexcused = [...found].flatMap(([file, rules]) =>
      rules
        .filter((rule) => !PENDING[file]?.includes(rule))
        .map((rule) => `${file}: ${describeRule[rule]}`),
    );
    expect(unexcused).toEqual([]);
  });

  it('has no stale entry in its list of pending offenders', () => {
    const stale = Object.entries(PENDING).flatMap(([file, rules]) =>
      rules
        .filter((rule) => !found.get(file)?.includes(rule))
        .map((rule) => `${file}: ${rule} (fixed: remove it from PENDING)`),
    );
    expect(stale).toEqual([]);
  });
});
