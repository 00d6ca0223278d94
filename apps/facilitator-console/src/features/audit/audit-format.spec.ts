import { describe, expect, it } from 'vitest';
import { AuditActionValues, AuditSubjectValues } from '@alianza/graphql-client';
import { auditPeriod, isUuid, parseAuditAction, prettyPayload, shortId } from './audit-format';
import { auditMessages } from './messages';

describe('audit formatting', () => {
  it('indents JSON payloads and leaves anything else as it is', () => {
    expect(prettyPayload('{"reference":"ABC","reason":"x"}')).toBe(
      '{\n  "reference": "ABC",\n  "reason": "x"\n}',
    );
    expect(prettyPayload('not json')).toBe('not json');
  });

  it('filters by an action of the address only when the API records it', () => {
    expect(parseAuditAction('GRANT_READ')).toBe('GRANT_READ');
    expect(parseAuditAction('grant.read')).toBeNull();
    expect(parseAuditAction(null)).toBeNull();
  });

  it('labels every action the API records, in Spanish and in English, and no other', () => {
    expect(AuditActionValues).toContain('ACTIVITY_DECLARED');
    expect(AuditActionValues).toContain('BENCHMARK_SUBMITTED');
    expect(AuditActionValues).toContain('INQUIRY_ASKED');
    for (const language of ['es', 'en'] as const) {
      const labels: Record<string, string> = auditMessages[language].actions;
      expect(Object.keys(labels).sort(), language).toEqual([...AuditActionValues].sort());
      for (const action of AuditActionValues)
        expect(labels[action]?.trim(), `${language}: ${action}`).toBeTruthy();
    }
  });

  it('labels every subject the API records, in Spanish and in English, and no other', () => {
    for (const language of ['es', 'en'] as const) {
      const labels: Record<string, string> = auditMessages[language].subjects;
      expect(Object.keys(labels).sort(), language).toEqual([...AuditSubjectValues].sort());
      for (const subject of AuditSubjectValues)
        expect(labels[subject]?.trim(), `${language}: ${subject}`).toBeTruthy();
    }
  });

  it('checks subject ids and shortens them for display', () => {
    expect(isUuid(' 38c35785-9be2-4f6d-aad2-e0509e9c6280 ')).toBe(true);
    expect(isUuid('38c35785')).toBe(false);
    expect(shortId('38c35785-9be2-4f6d-aad2-e0509e9c6280')).toBe('38c35785');
  });

  it('turns a range of calendar days into the period the API filters on', () => {
    const period = auditPeriod('2026-03-01', '2026-03-31');
    expect(period?.since).toBe(new Date(2026, 2, 1).toISOString());
    // The last day counts whole: up to the start of the next.
    expect(period?.until).toBe(new Date(2026, 3, 1).toISOString());
    expect(auditPeriod('2026-03-01', null)).toEqual({ since: new Date(2026, 2, 1).toISOString() });
    expect(auditPeriod(null, null)).toEqual({});
    expect(auditPeriod('2026-03-02', '2026-03-01')).toBeNull();
  });
});
