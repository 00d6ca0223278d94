import { renderWithProviders } from '@alianza/ui/testing';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { auditMessages } from './messages';
import { VerificationResult } from './verify-chain';

const intact = {
  valid: true,
  checkedRecords: 1200,
  firstBrokenSeq: null,
  firstBrokenRecordId: null,
  reason: null,
  headSeq: 1200,
  resumedAfterSeq: 0,
  checkpointSeq: 1180,
  legacyThroughSeq: 0,
} as const;

describe('VerificationResult', () => {
  it('says how far the chain holds, what was checked and against which checkpoint', () => {
    renderWithProviders(<VerificationResult result={intact} />, {
      messages: { audit: auditMessages },
    });
    expect(screen.getByText('Cadena íntegra hasta el registro nº 1200')).toBeVisible();
    expect(screen.getByText('1200 registros comprobados desde el primero.')).toBeVisible();
    expect(
      screen.getByText(/Coincide con el último punto de control .* \(registro nº 1180\)/),
    ).toBeVisible();
  });

  it('after resuming, counts only the new records and names where it resumed', () => {
    renderWithProviders(
      <VerificationResult
        result={{ ...intact, checkedRecords: 1, resumedAfterSeq: 1199, legacyThroughSeq: 40 }}
      />,
      { messages: { audit: auditMessages }, language: 'en' },
    );
    expect(
      screen.getByText(
        '1 new record checked. Up to no. 1199 it had been verified, and that record is unchanged.',
      ),
    ).toBeVisible();
    expect(screen.getByText(/Records up to no\. 40 predate the keys/)).toBeVisible();
  });

  it('names the first bad record and why, in both languages', () => {
    const broken = {
      ...intact,
      valid: false,
      checkedRecords: 4,
      firstBrokenSeq: 5,
      firstBrokenRecordId: '7d0f4a52-2b5d-4c5e-9a57-2d1e4f0c9b11',
      reason: 'MAC_MISMATCH',
    } as const;
    const { unmount } = renderWithProviders(<VerificationResult result={broken} />, {
      messages: { audit: auditMessages },
    });
    expect(screen.getByText('Cadena rota en el registro nº 5')).toBeVisible();
    expect(screen.getByText(/no coincide con su código: alguien lo alteró/)).toBeVisible();
    expect(screen.getByText(broken.firstBrokenRecordId)).toBeVisible();
    unmount();
    renderWithProviders(
      <VerificationResult result={{ ...broken, reason: 'TRUNCATED', firstBrokenRecordId: null }} />,
      { messages: { audit: auditMessages }, language: 'en' },
    );
    expect(screen.getByText('Chain broken at record no. 5')).toBeVisible();
    expect(screen.getByText(/ends before its latest checkpoint/)).toBeVisible();
  });

  it('says a forged checkpoint file breaks the chain even without a bad record', () => {
    renderWithProviders(
      <VerificationResult
        result={{ ...intact, valid: false, reason: 'CHECKPOINT_INVALID', firstBrokenSeq: null }}
      />,
      { messages: { audit: auditMessages }, language: 'en' },
    );
    expect(screen.getByText('Chain broken')).toBeVisible();
    expect(screen.getByText(/checkpoint has no valid signature/)).toBeVisible();
  });
});
