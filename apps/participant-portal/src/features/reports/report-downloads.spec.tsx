import { renderWithProviders } from '@alianza/ui/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { reportsMessages } from './messages';
import { ReportPage } from './report-page';
import { PortalReportOrganizationsDocument } from './reports.generated';

const organizations = {
  request: { query: PortalReportOrganizationsDocument },
  result: {
    data: {
      organizations: {
        __typename: 'OrganizationConnection',
        nodes: [{ __typename: 'Organization', id: 'org-1', name: 'Panadería Núñez' }],
      },
    },
  },
};

function render(language: 'es' | 'en' = 'es') {
  renderWithProviders(
    <MockedProvider mocks={[organizations]}>
      <MemoryRouter>
        <ReportPage />
      </MemoryRouter>
    </MockedProvider>,
    { messages: { reports: reportsMessages }, language },
  );
}

describe('the organization report downloads', () => {
  it('offers the chosen organization’s report as Excel and CSV, in Spanish', async () => {
    render();
    const excel = await screen.findByRole(
      'link',
      { name: 'Descargar el informe de «Panadería Núñez» como hoja de Excel' },
      { timeout: 5000 },
    );
    expect(excel.getAttribute('href')).toMatch(/^\/reports\/organizations\/org-1\.xlsx\?lang=es/);
    const csv = screen.getByRole('link', {
      name: /^Descargar el informe de «Panadería Núñez» como CSV/,
    });
    expect(csv.getAttribute('href')).toMatch(/^\/reports\/organizations\/org-1\.csv\?lang=es/);
  });

  it('asks for English files when the portal is in English', async () => {
    render('en');
    const excel = await screen.findByRole(
      'link',
      { name: 'Download the report of “Panadería Núñez” as an Excel sheet' },
      { timeout: 5000 },
    );
    expect(excel.getAttribute('href')).toMatch(/\.xlsx\?lang=en/);
  });
});
