/**
 * The room the page on screen is in (`run.12`), so the top bar can show who else is viewing it. Pages enter it
 * through `usePresenceRoom`; the last page to enter wins and leaving hands the room back to the one before.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { defineStore } from '../../stores/defineStore';

export interface CurrentRoomState {
  readonly room: string | null;
  /** Enters `room`; returns the leave. */
  enter(room: string): () => void;
}

export interface CurrentRoomStore extends StoreApi<CurrentRoomState> {
  dispose(): void;
}

export function createCurrentRoomStore(): CurrentRoomStore {
  const entered: { room: string }[] = [];
  const store = createStore<CurrentRoomState>()((set) => ({
    room: null,
    enter(room) {
      const seat = { room };
      entered.push(seat);
      set({ room });
      return () => {
        const at = entered.indexOf(seat);
        if (at < 0) return;
        entered.splice(at, 1);
        set({ room: entered.at(-1)?.room ?? null });
      };
    },
  }));
  return { ...store, dispose: () => void entered.splice(0) };
}

export const currentRoomStore = defineStore({ name: 'presence.currentRoom', create: () => createCurrentRoomStore() });
