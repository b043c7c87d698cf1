/** A scrape's skipped rows, folded: "3 errors", opening to each one's page, row and reason (the latest ones travel live). */
import type { Scrape } from '../../../../shared/contract';

export function ScrapeErrors({ scrape }: { scrape: Scrape }) {
  if (scrape.errorCount === 0) return null;
  const shown = scrape.errors.length;
  return (
    <details className="scrape-errors" data-testid="scrape-errors">
      <summary>
        {scrape.errorCount} {scrape.errorCount === 1 ? 'row' : 'rows'} skipped
        {shown < scrape.errorCount && <span className="muted"> (latest {shown} shown)</span>}
      </summary>
      <table className="scrape-errors-table">
        <thead>
          <tr>
            <th scope="col">Page</th>
            <th scope="col">Row</th>
            <th scope="col">Reason</th>
          </tr>
        </thead>
        <tbody>
          {scrape.errors.map((error, i) => (
            <tr key={`${error.page}:${error.row ?? ''}:${i}`} data-testid="scrape-error">
              <td>{error.page}</td>
              <td>{error.row ?? '–'}</td>
              <td className="scrape-error-reason">{error.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
