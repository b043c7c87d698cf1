/**
 * Who else is here: one avatar per other signed-in user of the organization, live; and, while the page on screen
 * is in a room (a run, a case), who else is viewing that same thing.
 */
import { useMemo } from 'react';
import { useStore } from '../../stores/useStore';
import { connectionStore } from '../connection';
import { currentRoomStore } from './currentRoomStore';
import { distinctUsers } from './distinctUsers';
import { presenceStore } from './presenceStore';
import { RoomAvatars } from './RoomAvatars';
import './presence.css';

export function PresenceAvatars() {
  const me = useStore(connectionStore, (s) => s.session?.userId);
  const entries = useStore(presenceStore, (s) => s.data);
  const room = useStore(currentRoomStore, (s) => s.room);
  const others = useMemo(() => distinctUsers(entries).filter((u) => u.userId !== me), [entries, me]);
  const label = others.length === 0 ? 'Nobody else is here' : `Also here: ${others.map((u) => u.userName).join(', ')}`;
  return (
    <>
      {room && <RoomAvatars room={room} />}
      <ul className="presence" data-testid="presence" aria-label={label} title={label}>
        {others.map((user) => (
          <li key={user.userId} className="presence-user" data-testid="presence-user" data-user={user.userId}>
            <span className="avatar" aria-hidden="true" data-initial={user.userName.slice(0, 1).toUpperCase()} />
            <span className="visually-hidden">{user.userName}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
