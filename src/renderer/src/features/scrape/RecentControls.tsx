/** The recent table's two knobs: how far back it looks (cutoff) and how often it may update (refetch window). */
import { useStore } from '../../stores/useStore';
import { recentCasesStore } from './recentCasesStore';

const windows = [500, 1000, 2000, 5000];
const cutoffs = [1, 5, 10, 30, 60];

export function RecentControls() {
  const windowMs = useStore(recentCasesStore, (s) => s.windowMs);
  const cutoff = useStore(recentCasesStore, (s) => s.cutoffMinutes);
  const setWindowMs = useStore(recentCasesStore, (s) => s.setWindowMs);
  const setCutoff = useStore(recentCasesStore, (s) => s.setCutoff);
  return (
    <div className="recent-controls">
      <label>
        Synced in the last{' '}
        <select value={cutoff} onChange={(e) => setCutoff(Number(e.target.value))} data-testid="recent-cutoff">
          {cutoffs.map((m) => (
            <option key={m} value={m}>
              {m} min
            </option>
          ))}
        </select>
      </label>
      <label title="However many cases sync, the table updates at most once per this window">
        Update at most every{' '}
        <select value={windowMs} onChange={(e) => setWindowMs(Number(e.target.value))} data-testid="refetch-window">
          {windows.map((ms) => (
            <option key={ms} value={ms}>
              {ms / 1000} s
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
