/**
 * The console's search box: Enter and Shift+Enter go to the next and previous matching line, Escape clears, and
 * "n of m" says where you are. The count is a polite live region, announced when it settles, not per keystroke.
 */
import type { ConsoleSearch as Search } from './useConsoleSearch';

export function ConsoleSearch({ search }: { search: Search }) {
  const { input, query, lines, current } = search;
  const count = input === '' ? '' : input !== query ? 'Searching…' : lines.length === 0 ? 'No matches' : `${current + 1} of ${lines.length}`;
  return (
    <div className="console-search" role="search">
      <input
        type="search"
        className="console-search-input"
        data-testid="console-search"
        aria-label="Search console"
        placeholder="Search output"
        value={input}
        onChange={(e) => search.setInput(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            if (e.shiftKey) search.previous();
            else search.next();
          } else if (e.key === 'Escape' && input !== '') {
            e.preventDefault();
            search.setInput('');
          }
        }}
      />
      <span className="console-search-count" data-testid="console-search-count" aria-live="polite">
        {count}
      </span>
      <button type="button" className="button" aria-label="Previous match" title="Previous match (Shift+Enter)" disabled={lines.length === 0 && input === query} onClick={search.previous}>
        ↑
      </button>
      <button type="button" className="button" aria-label="Next match" title="Next match (Enter)" disabled={lines.length === 0 && input === query} onClick={search.next}>
        ↓
      </button>
    </div>
  );
}
