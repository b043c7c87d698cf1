/** Register pages as real sites write them: whitespace between cells, a data row above the header, odd page counts. */
import { describe, expect, it } from 'vitest';
import { parseCaseTable, parseMoney } from '../../../../src/main/contexts/cases/parseCaseTable';

const url = 'https://register.example/cases/list?page=1';

describe('parseCaseTable edges', () => {
  it('ignores the whitespace between header and data cells', () => {
    // Pretty-printed HTML puts text nodes between cells; they must not shift the columns or hide the header row.
    const html = `<table>
      <tr> <th>Case reference</th> <th>Offender</th> </tr>
      <tr> <td>R-1</td> <td>Acme Ltd</td> </tr>
    </table>`;
    expect(parseCaseTable(html, url)).toMatchObject({ cases: [{ reference: 'R-1', offender: 'Acme Ltd' }], errors: [] });
  });

  it('finds the header row below a data row and keeps that row as data', () => {
    const html = '<table><tr><td>R-0</td><td>Early Ltd</td></tr><tr><th>Case reference</th><th>Offender</th></tr><tr><td>R-1</td><td>Acme Ltd</td></tr></table>';
    expect(parseCaseTable(html, url).cases.map((c) => c.reference)).toEqual(['R-0', 'R-1']);
  });

  it('takes the header from a table row only, not from another element holding header cells', () => {
    const html = '<table><div><th>Notes</th></div><tr><th>Case reference</th><th>Offender</th></tr><tr><td>R-1</td><td>Acme Ltd</td></tr></table>';
    expect(parseCaseTable(html, url).cases).toHaveLength(1);
  });

  it('reads a header written with a td cell next to th cells', () => {
    const html = '<table><tr><th>Case reference</th> <td>Offender</td></tr><tr><td>R-1</td><td>Acme Ltd</td></tr></table>';
    expect(parseCaseTable(html, url).cases).toEqual([expect.objectContaining({ reference: 'R-1', offender: 'Acme Ltd' })]);
  });

  it('reads a page count of more than one digit from the text', () => {
    const html = '<p>Page 12 of 340</p><table><tr><th>Case reference</th><th>Offender</th></tr></table>';
    expect(parseCaseTable(html, url).pagesTotal).toBe(340);
  });
});

describe('parseMoney edges', () => {
  it('strips a currency sign only at the start', () => {
    expect(() => parseMoney('1£2')).toThrow('"1£2" is not an amount of money');
  });
});
