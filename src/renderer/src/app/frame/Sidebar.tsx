/**
 * The left sidebar: one link per view in the route list, with its icon, live count and Alt+digit shortcut in the
 * tooltip. Below about 800 px it collapses to the icons (frame.css); the label stays as the link's accessible name.
 */
import type { NavPage } from '../routes';

export function Sidebar({ views, current }: { views: readonly NavPage[]; current: string | undefined }) {
  return (
    <nav className="sidebar" aria-label="Views">
      <div className="sidebar-brand">
        <img className="sidebar-logo" src="tray.png" alt="" width={16} height={16} />
        <span className="sidebar-brand-name">Switchboard</span>
      </div>
      <ul className="sidebar-list">
        {views.map(({ label, nav }) => (
          <li key={nav.id}>
            <a
              className="sidebar-link"
              href={nav.href}
              data-testid={`nav-${nav.id}`}
              aria-current={current === nav.id ? 'page' : undefined}
              title={`${label} (Alt+${nav.shortcut})`}
              aria-keyshortcuts={`Alt+${nav.shortcut}`}
            >
              <svg className="sidebar-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
                <path d={nav.icon} />
              </svg>
              <span className="sidebar-label">{label}</span>
              {nav.Count && <nav.Count />}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
