import { renderWithProviders } from '@alianza/ui/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { reportsMessages } from './messages';
import { PortfolioPage } from './portfolio-page';
import { ReportPage } from './report-page';

/** The pages with no answer from the API yet: the download buttons do not wait for it. */
function render(page: 'report' | 'portfolio', language: 'es' | 'en' = 'es') {
  renderWithProviders(
    <MockedProvider mocks={[]}>
      <MemoryRouter initialEntries={[page === 'report' ? '/c/c-1/report' : '/portfolio']}>
        <Routes>
          <Route path="/c/:collaborationId/report" element={<ReportPage />} />
          <Route path="/portfolio" element={<PortfolioPage />} />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
    { messages: { reports: reportsMessages }, language },
  );
}

const href = (name: RegExp) => screen.getByRole('link', { name }).getAttribute('href') ?? '';

describe('the report downloads', () => {
  it('offers the collaboration report as Excel, CSV and PDF in Spanish', () => {
    render('report');
    expect(href(/^Descargar el informe como hoja de Excel/)).toMatch(
      /^\/reports\/collaborations\/c-1\.xlsx\?lang=es(&tz=[^&]+)?$/,
    );
    expect(href(/^Descargar el informe como CSV/)).toMatch(
      /^\/reports\/collaborations\/c-1\.csv\?lang=es/,
    );
    expect(href(/^Descargar el informe en PDF/)).toMatch(
      /^\/reports\/collaborations\/c-1\.pdf\?lang=es/,
    );
    expect(screen.getAllByRole('link').map((a) => a.textContent)).toEqual(['Excel', 'CSV', 'PDF']);
  });

  it('asks for the files in English when the app is in English', () => {
    render('report', 'en');
    expect(href(/^Download the report as an Excel sheet/)).toMatch(/\.xlsx\?lang=en/);
  });

  it('offers the portfolio as Excel and CSV', () => {
    render('portfolio');
    expect(href(/^Descargar la cartera como hoja de Excel/)).toMatch(
      /^\/reports\/portfolio\.xlsx\?lang=es/,
    );
    expect(href(/^Descargar la cartera como CSV/)).toMatch(/^\/reports\/portfolio\.csv\?lang=es/);
    expect(screen.queryByRole('link', { name: /PDF/ })).toBeNull();
  });
});
