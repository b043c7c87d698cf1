/**
 * Puts this window in a presence room while the calling page is mounted, and returns who is in it:
 * `usePresenceRoom(presenceRoom('run', runId))`. The top bar shows the room's other viewers beside the organization's.
 */
import { useEffect, useMemo } from 'react';
import { useFamilyStore } from '../../stores/useFamilyStore';
import { useStore } from '../../stores/useStore';
import { useStores } from '../../stores/StoresProvider';
import { connectionStore } from '../connection';
import { currentRoomStore } from './currentRoomStore';
import { presenceRoomStore } from './presenceRoomStore';
import { roomUsers, type RoomUsers } from './roomUsers';

export function usePresenceRoom(room: string): RoomUsers {
  const current = useStores().get(currentRoomStore);
  useEffect(() => current.getState().enter(room), [current, room]);
  // Following the room's replica is what keeps this window in the room.
  const entries = useFamilyStore(presenceRoomStore, room, (s) => s.data);
  const me = useStore(connectionStore, (s) => s.session?.userId);
  return useMemo(() => roomUsers(entries, me), [entries, me]);
}
