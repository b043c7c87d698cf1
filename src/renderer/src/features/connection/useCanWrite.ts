/** Whether this window may write now (only while Live), and if not, why — for every write control, in one place. */
import { useStore } from '../../stores/useStore';
import { writeBlockedReason } from './connectionLabel';
import { connectionStore } from './connectionStore';

export function useCanWrite(): { canWrite: boolean; reason: string | undefined } {
  const reason = useStore(connectionStore, (s) => writeBlockedReason(s.status));
  return { canWrite: reason === undefined, reason };
}
