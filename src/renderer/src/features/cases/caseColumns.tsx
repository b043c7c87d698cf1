/**
 * The columns a case list shows, shared by the Scrape view's recent table and the Cases table: the reference (a
 * link to the case), offender, regulator, fine and costs in pounds, offence date and when it was last synced.
 */
import type { Case } from '../../../../shared/contract';
import type { DataColumn } from '../../ui/table/DataColumn';
import { RelativeTime } from '../../ui/time/RelativeTime';
import { caseRoute } from './casesRoutes';
import { formatMoney } from './formatCase';

export const caseColumns: readonly DataColumn<Case>[] = [
  {
    id: 'reference',
    header: 'Reference',
    width: 130,
    rowHeader: true,
    className: 'cell-mono',
    sortValue: (c) => c.reference,
    filterText: (c) => c.reference,
    title: (c) => c.reference,
    cell: (c) => (
      <a className="ui-table-text" href={caseRoute.href({ caseId: c.id })} data-testid="case-link">
        {c.reference}
      </a>
    ),
  },
  { id: 'offender', header: 'Offender', sortValue: (c) => c.offender, filterText: (c) => c.offender },
  { id: 'regulator', header: 'Regulator', width: 116, sortValue: (c) => c.regulator, filterText: (c) => c.regulator },
  { id: 'offenceDate', header: 'Offence date', width: 126, sortValue: (c) => c.offenceDate },
  { id: 'fine', header: 'Fine', width: 110, className: 'cell-num', sortValue: (c) => c.fine, cell: (c) => <span data-testid="case-fine">{formatMoney(c.fine)}</span> },
  { id: 'costs', header: 'Costs', width: 100, className: 'cell-num', sortValue: (c) => c.costs, cell: (c) => formatMoney(c.costs) },
  {
    id: 'lastSyncedAt',
    header: 'Last synced',
    width: 120,
    firstDir: 'desc',
    sortValue: (c) => c.lastSyncedAt,
    cell: (c) => <RelativeTime iso={c.lastSyncedAt} />,
  },
];
