/** Who else is viewing the page's room (the same run, the same case): one avatar per user, with their window count. */
import { useMemo } from 'react';
import { useFamilyStore } from '../../stores/useFamilyStore';
import { useStore } from '../../stores/useStore';
import { connectionStore } from '../connection';
import { presenceRoomStore } from './presenceRoomStore';
import { roomLabel, roomUsers } from './roomUsers';

export function RoomAvatars({ room }: { room: string }) {
  const entries = useFamilyStore(presenceRoomStore, room, (s) => s.data);
  const me = useStore(connectionStore, (s) => s.session?.userId);
  const { others } = useMemo(() => roomUsers(entries, me), [entries, me]);
  const label = roomLabel(others);
  return (
    <ul className="presence presence-room" data-testid="room-presence" data-room={room} aria-label={label} title={label}>
      {others.map((user) => (
        <li key={user.userId} className="presence-user" data-testid="room-presence-user" data-user={user.userId} data-windows={user.windows}>
          <span className="avatar" aria-hidden="true" data-initial={user.userName.slice(0, 1).toUpperCase()} />
          {user.windows > 1 && (
            <span className="presence-windows" aria-hidden="true">
              {user.windows}
            </span>
          )}
          <span className="visually-hidden">{user.userName}</span>
        </li>
      ))}
    </ul>
  );
}
