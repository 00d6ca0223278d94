import { renderWithProviders } from '../testing/render';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DownloadButtons, downloadUrl } from './download-buttons';

describe('DownloadButtons', () => {
  it('links each format to its route, in the app’s language and the reader’s time zone', () => {
    expect(downloadUrl('/reports/portfolio', 'xlsx', 'es', 'Atlantic/Canary')).toBe(
      '/reports/portfolio.xlsx?lang=es&tz=Atlantic%2FCanary',
    );
    expect(downloadUrl('/reports/portfolio', 'csv', 'en', null)).toBe(
      '/reports/portfolio.csv?lang=en',
    );
    expect(
      downloadUrl('/c/1/audit-log', 'csv', 'es', null, { action: 'GRANT_READ', until: null }),
    ).toBe('/c/1/audit-log.csv?lang=es&action=GRANT_READ');
  });

  it('says in plain words what each button downloads, in Spanish and in English', () => {
    const { unmount } = renderWithProviders(
      <DownloadButtons path="/x" formats={['xlsx', 'csv', 'pdf']} what="la cartera" />,
    );
    expect(screen.getByRole('group', { name: 'Descargar la cartera' })).toBeTruthy();
    const excel = screen.getByRole('link', { name: 'Descargar la cartera como hoja de Excel' });
    expect(excel.textContent).toBe('Excel');
    expect(excel.getAttribute('href')).toMatch(/^\/x\.xlsx\?lang=es/);
    unmount();
    renderWithProviders(<DownloadButtons path="/x" formats={['pdf']} what="the report" />, {
      language: 'en',
    });
    const pdf = screen.getByRole('link', {
      name: 'Download the report as PDF, to read, print or send',
    });
    expect(pdf.getAttribute('href')).toMatch(/^\/x\.pdf\?lang=en/);
    expect(screen.queryByRole('link', { name: /Excel/ })).toBeNull();
  });
});
