import { renderWithProviders } from '@alianza/ui/testing';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { viewAsMessages } from './messages';
import { SharedCard, type SharedCardItem } from './shared-card';

const item: SharedCardItem = {
  grantId: 'g1',
  reference: 'G-7F3A',
  title: 'Harina',
  version: 2,
  areaName: 'Costes',
  ownerOrganizationName: 'La Espiga',
  thirdPartyRule: 'ADVISORS',
  grantedAt: '2026-11-23T10:00:00Z',
  validUntil: null,
  watermark: {
    line: 'For Molino del Sur · from La Espiga · Compras · 2026-11-23 · ref. G-7F3A',
    recipientName: 'Molino del Sur',
    ownerName: 'La Espiga',
    collaborationTitle: 'Compras',
    grantedAt: '2026-11-23T10:00:00Z',
    reference: 'G-7F3A',
  },
  content: { body: 'Coste 0,62 EUR.', redactedFieldCount: 0, redactedSpanCount: 0, fields: [] },
  files: [
    {
      fileId: 'informe',
      name: 'informe.pdf',
      kind: 'PDF',
      pageCount: 6,
      pagesShared: [1, 2, 3, 4, 5, 8],
      download: false,
    },
    {
      fileId: 'tarifas',
      name: 'tarifas.xlsx',
      kind: 'SPREADSHEET',
      pageCount: null,
      pagesShared: null,
      download: true,
    },
  ],
};

describe('SharedCard', () => {
  it('lists the files the organization gets: pages shared, view only or download', () => {
    renderWithProviders(<SharedCard item={item} />, { messages: { 'view-as': viewAsMessages } });
    const files = screen.getByRole('list', { name: 'Documentos que recibe' });
    const [report, prices] = within(files).getAllByRole('listitem');
    expect(report).toHaveTextContent('informe.pdf');
    expect(within(report!).getByText('páginas 1–5, 8 · solo ver')).toBeInTheDocument();
    expect(within(prices!).getByText('completo · descarga')).toBeInTheDocument();
  });

  it('speaks English', () => {
    renderWithProviders(<SharedCard item={item} />, {
      messages: { 'view-as': viewAsMessages },
      language: 'en',
    });
    expect(screen.getByText('pages 1–5, 8 · view only')).toBeInTheDocument();
  });

  it('words and dates the watermark as the participant’s portal does, in the reader’s language', () => {
    renderWithProviders(<SharedCard item={item} />, { messages: { 'view-as': viewAsMessages } });
    expect(
      screen.getByText(/Para Molino del Sur · de La Espiga · Compras · 23 nov 2026 · ref\. G-7F3A/),
    ).toBeInTheDocument();
    expect(screen.queryByText(/2026-11-23/)).toBeNull();
  });

  it('shows no documents part when none is shared', () => {
    renderWithProviders(<SharedCard item={{ ...item, files: [] }} />, {
      messages: { 'view-as': viewAsMessages },
    });
    expect(screen.queryByRole('list', { name: 'Documentos que recibe' })).toBeNull();
  });
});
