/** The `?` sheet: every key the window answers to — the Alt+digit views from the route list, then the rest. */
import type { NavPage } from '../routes';

const otherKeys: readonly [keys: readonly string[], what: string][] = [
  [['?'], 'Show this list'],
  [['Escape'], 'Close a panel, cancel a delete, clear a filter or search'],
  [['Enter', 'Shift+Enter'], 'Next / previous match in a console search'],
];

export function ShortcutSheet({ views }: { views: readonly NavPage[] }) {
  return (
    <dl className="shortcut-list" data-testid="shortcut-list">
      {views.map(({ label, nav }) => (
        <div key={nav.id}>
          <dt>
            <kbd>Alt</kbd>+<kbd>{nav.shortcut}</kbd>
          </dt>
          <dd>{label}</dd>
        </div>
      ))}
      {otherKeys.map(([keys, what]) => (
        <div key={what}>
          <dt>
            {keys.map((key, i) => (
              <span key={key}>
                {i > 0 && ' / '}
                <kbd>{key}</kbd>
              </span>
            ))}
          </dt>
          <dd>{what}</dd>
        </div>
      ))}
    </dl>
  );
}
