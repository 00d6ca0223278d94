import { AuditAction, AuditSubject, isAuditAction, isAuditSubject } from '@alianza/shared';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { AuditEntry } from './audit.service';

const ROOT = join(__dirname, '../../../..');

/** The code that may write audit entries: every lib and the API app, without specs. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

/** Actions no code writes any more, kept for the records that hold them (none yet). */
const NO_LONGER_WRITTEN: readonly AuditAction[] = [];

const listed: readonly string[] = Object.values(AuditAction);
const domains = new Set(listed.map((action) => action.split('.')[0]));
const NAME = '[a-z]+(?:_[a-z]+)*';

/**
 * In the files that use the audit service: every string shaped like an action of a domain that
 * records (`'plan.task_created'`), and the fixed part of every action built from a template
 * (`participation.${to}`).
 */
function actionsInCode() {
  const literals = new Map<string, string[]>();
  const templates = new Map<string, string[]>();
  const note = (into: Map<string, string[]>, key: string, file: string) =>
    into.set(key, [...(into.get(key) ?? []), relative(ROOT, file)]);
  for (const file of [...sources(join(ROOT, 'libs')), ...sources(join(ROOT, 'apps/api/src'))]) {
    const text = readFileSync(file, 'utf8');
    // Files that write audit entries: through the service, or handing an `action` to a helper.
    if (!/\baction\s*:/i.test(text) && !/\bAuditService\b/.test(text)) continue;
    for (const [, domain, action] of text.matchAll(new RegExp(`'(${NAME})\\.(${NAME})'`, 'g')))
      if (domains.has(domain!)) note(literals, `${domain}.${action}`, file);
    for (const [, domain] of text.matchAll(new RegExp(`\`(${NAME})\\.\\$\\{`, 'g')))
      if (domains.has(domain!)) note(templates, `${domain}.`, file);
  }
  return { literals, templates };
}

describe('AuditAction', () => {
  it('names each action by its stored value in capitals, so neither can drift from the other', () => {
    for (const [key, value] of Object.entries(AuditAction)) {
      expect(value).toMatch(new RegExp(`^${NAME}\\.${NAME}$`));
      expect(key).toBe(value.replace('.', '_').toUpperCase());
    }
  });

  it('stores every action as a different value', () => {
    expect(new Set(listed).size).toBe(listed.length);
  });

  it('tells listed actions from anything else', () => {
    expect(isAuditAction('grant.read')).toBe(true);
    expect(isAuditAction('GRANT_READ')).toBe(false);
    expect(isAuditAction('grant.raed')).toBe(false);
  });
});

describe('the audit actions the code writes', () => {
  const { literals, templates } = actionsInCode();

  it('are all listed in AuditAction (libs/shared)', () => {
    const unlisted = [...literals].filter(([action]) => !isAuditAction(action));
    expect(Object.fromEntries(unlisted)).toEqual({});
    for (const prefix of templates.keys())
      expect(listed.filter((action) => action.startsWith(prefix))).not.toEqual([]);
  });

  it('are every action AuditAction lists (the scan sees all the code that writes)', () => {
    const unseen = listed.filter(
      (action) =>
        !literals.has(action) &&
        ![...templates.keys()].some((prefix) => action.startsWith(prefix)) &&
        !(NO_LONGER_WRITTEN as readonly string[]).includes(action),
    );
    expect(unseen).toEqual([]);
  });

  it('cannot be misspelt: the entry type takes only listed actions', () => {
    // @ts-expect-error a misspelt action does not compile (`npm run typecheck` checks this line)
    const misspelt: AuditEntry['action'] = 'grant.raed';
    const listedOne: AuditEntry['action'] = 'grant.read';
    expect([isAuditAction(misspelt), isAuditAction(listedOne)]).toEqual([false, true]);
  });
});

describe('AuditSubject', () => {
  it('names each subject by its stored value in capitals, words split by _', () => {
    for (const [key, value] of Object.entries(AuditSubject)) {
      expect(value).toMatch(/^[A-Z][A-Za-z]+$/);
      expect(key).toBe(value.replace(/(?<!^)([A-Z])/g, '_$1').toUpperCase());
    }
    expect(new Set(Object.values(AuditSubject)).size).toBe(Object.values(AuditSubject).length);
  });

  it('cannot be misspelt: the entry type takes only listed subjects', () => {
    // @ts-expect-error a misspelt subject does not compile (`npm run typecheck` checks this line)
    const misspelt: AuditEntry['subjectType'] = 'Grnat';
    const listedOne: AuditEntry['subjectType'] = 'Grant';
    expect([isAuditSubject(misspelt), isAuditSubject(listedOne)]).toEqual([false, true]);
  });
});
