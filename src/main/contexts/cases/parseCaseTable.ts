/**
 * Reads one page of an `html-table` register: the first `<table>` whose header cells name its columns (matched
 * case-insensitively; Case reference and Offender required, other columns ignored), money like `£1,234.50`, dates as
 * ISO days where they read as one, and the next page's link (`<a rel="next">`, or a link whose text is "Next").
 * A row that can't be read is reported with its number and reason; the rest of the page is kept. Pure and
 * synchronous: it runs in a worker thread (see `parseThread.ts`).
 */
import { DomUtils, parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';

export interface ParsedCase {
  reference: string;
  offender: string;
  address: string | null;
  offenceDate: string | null;
  offence: string | null;
  regulator: string | null;
  fine: number | null;
  costs: number | null;
}

export interface ParsedPage {
  cases: ParsedCase[];
  /** Rows that could not be read: 1-based among the table's data rows. */
  errors: { row: number; reason: string }[];
  /** The next page's absolute URL, or null on the last page. */
  next: string | null;
  /** The page count, when the page says it (`data-pages` on the table, or "Page 1 of 40"). */
  pagesTotal: number | null;
}

const columns = {
  'case reference': 'reference',
  offender: 'offender',
  address: 'address',
  'offence date': 'offenceDate',
  offence: 'offence',
  regulator: 'regulator',
  fine: 'fine',
  costs: 'costs',
} as const;
type Column = (typeof columns)[keyof typeof columns];

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

/** `£1,234.50`, `1234.5`, `GBP 1,000` → a number; empty → null; anything else → an error. */
export function parseMoney(text: string): number | null {
  const t = clean(text);
  if (t === '' || t === '-' || t === '—') return null;
  const digits = t.replace(/^(£|GBP|\$|€)\s*/i, '').replace(/,/g, '');
  if (!/^-?\d+(\.\d+)?$/.test(digits)) throw new Error(`"${t}" is not an amount of money`);
  return Number(digits);
}

/** `31/01/2024`, `2024-01-31` → `2024-01-31`; other text is kept as written. */
export function parseDay(text: string): string | null {
  const t = clean(text);
  if (t === '') return null;
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  if (uk) return `${uk[3]}-${uk[2]!.padStart(2, '0')}-${uk[1]!.padStart(2, '0')}`;
  return t;
}

function headerCells(table: Element): string[] | null {
  const head = DomUtils.findOne((e) => e.name === 'tr' && e.children.some((c) => (c as Element).name === 'th'), table.children, true);
  return head ? DomUtils.getChildren(head).filter((c): c is Element => (c as Element).name === 'th' || (c as Element).name === 'td').map((c) => clean(DomUtils.textContent(c)).toLowerCase()) : null;
}

export function parseCaseTable(html: string, pageUrl: string): ParsedPage {
  const document = parseDocument(html);
  const tables = DomUtils.getElementsByTagName('table', document.children, true);
  let table: Element | undefined;
  let header: (Column | null)[] = [];
  for (const candidate of tables) {
    const cells = headerCells(candidate);
    if (!cells) continue;
    const mapped = cells.map((c) => (Object.hasOwn(columns, c) ? columns[c as keyof typeof columns] : null));
    if (mapped.includes('reference') && mapped.includes('offender')) {
      table = candidate;
      header = mapped;
      break;
    }
  }
  if (!table) throw new Error('no table on the page has "Case reference" and "Offender" columns');

  const cases: ParsedCase[] = [];
  const errors: ParsedPage['errors'] = [];
  const rows = DomUtils.getElementsByTagName('tr', table.children, true).filter((tr) => !tr.children.some((c) => (c as Element).name === 'th'));
  rows.forEach((tr, index) => {
    const cells = DomUtils.getChildren(tr).filter((c): c is Element => (c as Element).name === 'td');
    try {
      if (cells.length < header.filter((h) => h !== null).length) throw new Error(`the row has ${cells.length} cells, the header ${header.length}`);
      const value: Partial<Record<Column, string>> = {};
      header.forEach((column, i) => {
        if (column && cells[i]) value[column] = clean(DomUtils.textContent(cells[i]));
      });
      if (!value.reference) throw new Error('the case reference is empty');
      if (!value.offender) throw new Error('the offender is empty');
      const text = (column: Column) => (value[column] ? value[column] : null);
      cases.push({
        reference: value.reference,
        offender: value.offender,
        address: text('address'),
        offenceDate: value.offenceDate ? parseDay(value.offenceDate) : null,
        offence: text('offence'),
        regulator: text('regulator'),
        fine: value.fine === undefined ? null : parseMoney(value.fine),
        costs: value.costs === undefined ? null : parseMoney(value.costs),
      });
    } catch (error) {
      errors.push({ row: index + 1, reason: error instanceof Error ? error.message : String(error) });
    }
  });

  const links = DomUtils.getElementsByTagName('a', document.children, true);
  const nextLink =
    links.find((a) => (a.attribs.rel ?? '').split(/\s+/).includes('next')) ?? links.find((a) => clean(DomUtils.textContent(a)).toLowerCase() === 'next');
  const href = nextLink?.attribs.href;
  const pagesAttribute = Number(table.attribs['data-pages']);
  const pagesText = /page\s+\d+\s+of\s+(\d+)/i.exec(clean(DomUtils.textContent(document)));
  return {
    cases,
    errors,
    next: href ? new URL(href, pageUrl).toString() : null,
    pagesTotal: Number.isInteger(pagesAttribute) && pagesAttribute > 0 ? pagesAttribute : pagesText ? Number(pagesText[1]) : null,
  };
}
