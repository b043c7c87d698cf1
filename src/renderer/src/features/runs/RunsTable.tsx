/**
 * An agent's job history as a DataTable: newest run first, sortable, filtered by the view's filter box, a row
 * flashing when its run changes live and new runs sliding in. Enter on a row opens the run.
 */
import type { Run } from '../../../../shared/contract';
import { DataTable } from '../../ui/table/DataTable';
import type { RowAttributes } from '../../ui/table/DataColumn';
import { buildsRoute } from '../jobs';
import { runColumns } from './runColumns';
import { runRoute } from './runsRoutes';

export const runNoun = { one: 'run', other: 'runs' };

const getRowId = (run: Run) => String(run.id);
const rowVersion = (run: Run) => `${run.status}:${run.finishedAt ?? ''}`;
const rowProps = (run: Run): RowAttributes => ({ 'data-testid': 'run-row', 'data-run-id': run.id, 'data-status': run.status });
const open = (run: Run) => {
  location.hash = runRoute.href({ runId: run.id });
};

export function RunsTable({ runs, hostname, filter }: { runs: readonly Run[]; hostname: string; filter: string }) {
  return (
    <DataTable<Run>
      rows={runs}
      columns={runColumns}
      getRowId={getRowId}
      filter={filter}
      noun={runNoun}
      initialSort={{ columnId: 'run', dir: 'desc' }}
      rowVersion={rowVersion}
      rowProps={rowProps}
      onRowActivate={open}
      caption={`Jobs run by ${hostname}`}
      testId="runs-table"
      empty={
        <>
          No runs yet — schedule a job on the <a href={buildsRoute.href()}>Builds</a> view; {hostname} runs it when it next asks for work.
        </>
      }
    />
  );
}
