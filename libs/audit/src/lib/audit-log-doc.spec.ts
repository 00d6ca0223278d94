import {
  AUDIT_ACTION_LABELS,
  AUDIT_ACTION_PARTIES,
  AUDIT_PAYLOAD_FOR_THE_FACILITATOR,
  AuditAction,
  AuditParties,
} from '@alianza/shared';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const DOC = readFileSync(join(__dirname, '../../../../docs/audit-log.md'), 'utf8');

/** The page's sections, by language, as its headings name them. */
const SECTIONS = { en: '## English', es: '## Español' } as const;

/** How a payload cell sets apart the keys only the facilitator reads. */
const FOR_THE_FACILITATOR = { en: 'for the facilitator only:', es: 'solo para la facilitación:' };

type Language = keyof typeof SECTIONS;

/** The text of one language's section: from its heading to the next section's (or the end). */
function section(language: Language): string {
  const start = DOC.indexOf(`\n${SECTIONS[language]}\n`);
  if (start < 0) throw new Error(`docs/audit-log.md has no "${SECTIONS[language]}" section`);
  const next = DOC.indexOf('\n## ', start + 1);
  return DOC.slice(start, next < 0 ? undefined : next);
}

interface ListedAction {
  key: string;
  label: string;
  parties: AuditParties;
  payload: string;
}

/**
 * The actions a section's tables list, one per row whose first cell is an action's key. A row of
 * six cells names who `organizationId` and `counterpartOrganizationId` are ("—": none); a row of
 * four (the facilitator's table) names no organization.
 */
function listed(language: Language): ListedAction[] {
  return section(language)
    .split('\n')
    .filter((line) => /^\|\s*`[A-Z_]+`\s*\|/.test(line))
    .map((line) => {
      const cells = line
        .slice(1, line.lastIndexOf('|'))
        .split('|')
        .map((cell) => cell.trim());
      const [key, label] = cells as [string, string];
      const name = key.replace(/`/g, '');
      const payload = cells[cells.length - 1]!;
      if (cells.length === 4) return { key: name, label, parties: 'none', payload };
      if (cells.length !== 6) throw new Error(`Unexpected row for ${name}: ${line}`);
      const [organization, counterpart] = [cells[3], cells[4]];
      if (organization === '—')
        throw new Error(`${name} is listed as read by participants but names no organization`);
      return {
        key: name,
        label,
        parties: counterpart === '—' ? 'organization' : 'organization-and-counterpart',
        payload,
      };
    });
}

const KEYS = Object.keys(AuditAction) as (keyof typeof AuditAction)[];

describe('docs/audit-log.md', () => {
  describe.each(Object.keys(SECTIONS) as Language[])('in its %s section', (language) => {
    const rows = listed(language);

    it('lists every audit action exactly once', () => {
      const counts = new Map<string, number>();
      for (const { key } of rows) counts.set(key, (counts.get(key) ?? 0) + 1);
      expect([...counts].filter(([, n]) => n > 1).map(([key]) => key)).toEqual([]);
      expect([...counts.keys()].filter((key) => !(key in AuditAction))).toEqual([]);
      expect(KEYS.filter((key) => !counts.has(key))).toEqual([]);
    });

    it('says who reads each action as AUDIT_ACTION_PARTIES declares', () => {
      const documented = Object.fromEntries(rows.map((row) => [row.key, row.parties]));
      const declared = Object.fromEntries(
        KEYS.map((key) => [key, AUDIT_ACTION_PARTIES[AuditAction[key]]]),
      );
      expect(documented).toEqual(declared);
    });

    it('sets apart the payload keys only the facilitator reads, as declared', () => {
      const documented = Object.fromEntries(
        rows.flatMap(({ key, payload }) => {
          const [, after] = payload.split(FOR_THE_FACILITATOR[language]);
          return after === undefined
            ? []
            : [[AuditAction[key as keyof typeof AuditAction], after.match(/[a-zA-Z]+(?=`)/g)]];
        }),
      );
      expect(documented).toEqual(AUDIT_PAYLOAD_FOR_THE_FACILITATOR);
    });

    it("names each action by the log's own label", () => {
      for (const { key, label } of rows)
        expect({ key, label }).toEqual({
          key,
          label: AUDIT_ACTION_LABELS[language][key as keyof typeof AuditAction],
        });
    });
  });
});

describe('AUDIT_ACTION_PARTIES', () => {
  it('declares every audit action, by its stored value', () => {
    expect(Object.keys(AUDIT_ACTION_PARTIES).sort()).toEqual(Object.values(AuditAction).sort());
  });
});
