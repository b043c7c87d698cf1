/** How case values read: money as £1,234.50, blanks as an en dash, field names as words. Pure. */
import type { CaseField } from '../../../../shared/contract';

const pounds = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', minimumFractionDigits: 2, maximumFractionDigits: 2 });

export function formatMoney(value: number | null | undefined): string {
  return value === null || value === undefined ? '–' : pounds.format(value);
}

export const fieldLabels: Readonly<Record<CaseField, string>> = {
  offender: 'Offender',
  address: 'Address',
  offenceDate: 'Offence date',
  offence: 'Offence',
  regulator: 'Regulator',
  fine: 'Fine',
  costs: 'Costs',
};

/** A field's value as text: money fields in pounds, the rest as they are. */
export function formatField(field: CaseField, value: string | number | null | undefined): string {
  if (value === null || value === undefined || value === '') return '–';
  if (field === 'fine' || field === 'costs') return typeof value === 'number' ? formatMoney(value) : value;
  return String(value);
}
