/** The left sidebar: one link per view, with its live count and its shortcut in the tooltip. */
import type { ViewRoute } from '../views/routes';

export function Sidebar({ routes, current }: { routes: readonly ViewRoute[]; current: string }) {
  return (
    <nav className="sidebar" aria-label="Views">
      <div className="sidebar-brand">Switchboard</div>
      <ul className="sidebar-list">
        {routes.map(({ path, label, shortcut, id, Count }) => (
          <li key={path}>
            <a
              className="sidebar-link"
              href={`#${path}`}
              data-testid={`nav-${id}`}
              aria-current={current === path ? 'page' : undefined}
              title={`${label} (Alt+${shortcut})`}
              aria-keyshortcuts={`Alt+${shortcut}`}
            >
              <span className="sidebar-label">{label}</span>
              {Count && <Count />}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
