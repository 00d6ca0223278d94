import { toCsv } from './report-csv';

describe('toCsv', () => {
  it('quotes cells with commas, quotes and line breaks (RFC 4180), with CRLF line ends', () => {
    expect(
      toCsv([
        ['a', 'b,c', 'say "hi"', 'two\nlines'],
        [1, true, null, '12.50'],
      ]),
    ).toBe('a,"b,c","say ""hi""","two\nlines"\r\n1,true,,12.50\r\n');
  });

  it('defuses text a spreadsheet would run as a formula, but keeps negative numbers', () => {
    expect(toCsv([['=HYPERLINK("x")', '+1+2', '@SUM(A1)', '-70.00', '-3', 'Panadería']])).toBe(
      `"'=HYPERLINK(""x"")",'+1+2,'@SUM(A1),-70.00,-3,Panadería\r\n`,
    );
  });
});
