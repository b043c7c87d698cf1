/** Reading a register page: the table, its columns and rows, money and days, the next page and the page count. */
import { describe, expect, it } from 'vitest';
import { parseCaseTable, parseDay, parseMoney } from '../../../../src/main/contexts/cases/parseCaseTable';

const url = 'https://register.example/cases/list?page=1';
const row = (...cells: string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
const table = (head: string[], rows: string[], attributes = '') => `<table ${attributes}><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr>${rows.join('')}</table>`;

describe('parseMoney', () => {
  it('reads pounds, dollars, euros and GBP with thousands separators', () => {
    expect(['£1,234.50', 'GBP 1,000', 'gbp2000', '$5', '€ 7', ' 12 ', '-3', '0.25'].map(parseMoney)).toEqual([1234.5, 1000, 2000, 5, 7, 12, -3, 0.25]);
  });

  it('reads nothing as null and refuses anything else', () => {
    expect(['', '  ', '-', '—'].map(parseMoney)).toEqual([null, null, null, null]);
    for (const text of ['abc', '12.', '1.5.2', '1a', 'x12', '£', '12 GBP']) expect(() => parseMoney(text)).toThrow(`"${text.trim()}" is not an amount of money`);
    expect(() => parseMoney(' a  b ')).toThrow('"a b" is not an amount of money');
  });
});

describe('parseDay', () => {
  it('turns a UK day into an ISO one and keeps other text as written', () => {
    expect(parseDay('31/01/2024')).toBe('2024-01-31');
    expect(parseDay(' 1/2/2024 ')).toBe('2024-02-01');
    expect(parseDay('2024-01-31')).toBe('2024-01-31');
    expect(parseDay('')).toBeNull();
    expect(parseDay('  ')).toBeNull();
    expect(parseDay('spring  2023')).toBe('spring 2023');
    expect(parseDay('5/6/2023x')).toBe('5/6/2023x');
    expect(parseDay('x5/6/2023')).toBe('x5/6/2023');
    expect(parseDay('5/6/23')).toBe('5/6/23');
  });
});

describe('parseCaseTable', () => {
  const head = ['Case reference', 'Offender', 'Address', 'Offence date', 'Offence', 'Regulator', 'Fine', 'Costs'];

  it('reads every column of the first table that names the reference and offender, whatever the case and spacing', () => {
    const html = `<p>Page 1</p>
      <table><tr><td>layout</td></tr></table>
      <table><tr><th>Case reference</th><th>Name</th></tr>${row('X', 'Y')}</table>
      ${table(
        ['CASE  reference', ' Offender ', 'Notes', 'address', 'Offence Date', 'offence', 'Regulator', 'fine', 'COSTS'],
        [row('HSE-1', 'Acme  Ltd', 'ignored', '1 Road', '31/01/2024', 'Fell', 'HSE', '£1,000', '£250.50'), row('HSE-2', 'Bob', '', '', '', '', '', '', '')],
      )}`;
    const page = parseCaseTable(html, url);
    expect(page.cases).toEqual([
      { reference: 'HSE-1', offender: 'Acme Ltd', address: '1 Road', offenceDate: '2024-01-31', offence: 'Fell', regulator: 'HSE', fine: 1000, costs: 250.5 },
      { reference: 'HSE-2', offender: 'Bob', address: null, offenceDate: null, offence: null, regulator: null, fine: null, costs: null },
    ]);
    expect(page.errors).toEqual([]);
    expect(page.next).toBeNull();
    expect(page.pagesTotal).toBeNull();
  });

  it('leaves out columns the table does not have', () => {
    const page = parseCaseTable(table(['Offender', 'Case reference'], [row('Acme', 'R-1')]), url);
    expect(page.cases).toEqual([{ reference: 'R-1', offender: 'Acme', address: null, offenceDate: null, offence: null, regulator: null, fine: null, costs: null }]);
  });

  it('reports rows it cannot read by number and reason, and keeps the others', () => {
    const html = table(head, [
      row('R-1', 'Acme', '', '', '', '', '£1', ''),
      row('R-2', 'Short'),
      row('', 'Nobody', '', '', '', '', '', ''),
      row('R-4', ' ', '', '', '', '', '', ''),
      row('R-5', 'Acme', '', '', '', '', 'lots', ''),
      row('R-6', 'Acme', '', '', '', '', '', 'some'),
      row('R-7', 'Acme', '', '', '', '', '', ''),
    ]);
    const page = parseCaseTable(html, url);
    expect(page.cases.map((c) => c.reference)).toEqual(['R-1', 'R-7']);
    expect(page.errors).toEqual([
      { row: 2, reason: 'the row has 2 cells, the header 8' },
      { row: 3, reason: 'the case reference is empty' },
      { row: 4, reason: 'the offender is empty' },
      { row: 5, reason: '"lots" is not an amount of money' },
      { row: 6, reason: '"some" is not an amount of money' },
    ]);
  });

  it('counts only the named columns when a row is short', () => {
    const page = parseCaseTable(table(['Case reference', 'Offender', 'Notes'], [row('R-1', 'Acme')]), url);
    expect(page.cases.map((c) => c.reference)).toEqual(['R-1']);
    expect(page.errors).toEqual([]);
  });

  it('finds the next page by rel or by its text, resolved against the page', () => {
    const body = table(head.slice(0, 2), [row('R-1', 'Acme')]);
    expect(parseCaseTable(`${body}<a href="/a">Previous</a><a rel="nofollow next" href="?page=2">»</a>`, url).next).toBe('https://register.example/cases/list?page=2');
    expect(parseCaseTable(`${body}<a href="p3.html"> NEXT </a>`, url).next).toBe('https://register.example/cases/p3.html');
    expect(parseCaseTable(`${body}<a rel="next">Next</a>`, url).next).toBeNull();
    expect(parseCaseTable(`${body}<a rel="prev" href="?page=0">Back</a><a href="?page=9">Next page</a>`, url).next).toBeNull();
  });

  it('reads the page count from data-pages, else from "Page N of M"', () => {
    const rows = [row('R-1', 'Acme')];
    expect(parseCaseTable(table(head.slice(0, 2), rows, 'data-pages="40"'), url).pagesTotal).toBe(40);
    expect(parseCaseTable(`${table(head.slice(0, 2), rows, 'data-pages="0"')}<p>Page 2 of 7</p>`, url).pagesTotal).toBe(7);
    expect(parseCaseTable(`${table(head.slice(0, 2), rows, 'data-pages="x"')}<p>page  3  OF  12</p>`, url).pagesTotal).toBe(12);
    expect(parseCaseTable(`${table(head.slice(0, 2), rows, 'data-pages="2.5"')}`, url).pagesTotal).toBeNull();
    expect(parseCaseTable(`${table(head.slice(0, 2), rows, 'data-pages="-3"')}<p>Page 1 of many</p>`, url).pagesTotal).toBeNull();
  });

  it('refuses a page with no such table', () => {
    expect(() => parseCaseTable(`${table(['Case reference', 'Name'], [row('R', 'N')])}<table></table>`, url)).toThrow(
      'no table on the page has "Case reference" and "Offender" columns',
    );
    expect(() => parseCaseTable(table(['Offender'], [row('N')]), url)).toThrow(/no table/);
  });
});
