/**
 * The agents table: sortable, filtered, with a sticky header. Rows that arrive after the first render are marked
 * new so they flash in at their sorted place; the initial rows do not.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Agent } from '../../../../shared/contract';
import { useStore } from '../../stores/useStore';
import { SortableHeader } from '../../widgets/SortableHeader';
import { agentsStore } from './agentsStore';
import { AgentRow } from './AgentRow';
import { nextSort, sortAgents, type AgentSort, type AgentSortKey } from './sortAgents';

export function AgentsTable({ agents, filter }: { agents: readonly Agent[]; filter: string }) {
  const [sort, setSort] = useState<AgentSort>({ key: 'hostname', dir: 'asc' });
  const pending = useStore(agentsStore, (s) => s.pending);
  const rolledBack = useStore(agentsStore, (s) => s.rolledBack);
  const setEnabled = useStore(agentsStore, (s) => s.setEnabled);
  const remove = useStore(agentsStore, (s) => s.remove);
  const rows = useMemo(() => sortAgents(agents, filter, sort), [agents, filter, sort]);

  const seen = useRef<Set<string> | null>(null);
  seen.current ??= new Set(agents.map((a) => a.uuid));
  useEffect(() => {
    agents.forEach((a) => seen.current?.add(a.uuid));
  }, [agents]);

  const onSort = useCallback((key: AgentSortKey) => setSort((current) => nextSort(current, key)), []);
  const onSetEnabled = useCallback((uuid: string, enabled: boolean) => void setEnabled(uuid, enabled), [setEnabled]);
  const onRemove = useCallback((uuid: string) => void remove(uuid), [remove]);

  return (
    <div className="table-scroll">
      <table className="data-table" data-testid="agents-table">
        <caption className="visually-hidden">Agents, sorted by {sort.key === 'updatedAt' ? 'last change' : sort.key}</caption>
        <thead>
          <tr>
            <SortableHeader label="Hostname" sortKey="hostname" sort={sort} onSort={onSort} className="col-hostname" />
            <th scope="col" className="col-ip">
              IP address
            </th>
            <th scope="col" className="col-os">
              OS
            </th>
            <SortableHeader label="State" sortKey="state" sort={sort} onSort={onSort} className="col-state" />
            <SortableHeader label="Last change" sortKey="updatedAt" sort={sort} onSort={onSort} className="col-time" />
            <th scope="col" className="col-actions">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((agent) => (
            <AgentRow
              key={agent.uuid}
              agent={agent}
              pending={pending[agent.uuid]}
              rolledBackAt={rolledBack[agent.uuid]}
              isNew={!seen.current?.has(agent.uuid)}
              onSetEnabled={onSetEnabled}
              onRemove={onRemove}
            />
          ))}
          {rows.length === 0 && (
            <tr className="empty-row">
              <td colSpan={6} className="empty-state" data-testid="agents-empty">
                {agents.length === 0 ? (
                  <>
                    No agents yet — register one below or start <code>switchboard-agent</code> on a machine.
                  </>
                ) : (
                  <>No agents match “{filter.trim()}”.</>
                )}
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
