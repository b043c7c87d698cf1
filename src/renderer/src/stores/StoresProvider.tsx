/**
 * Hands a window's stores to the component tree. Components reach them only through the generic hooks
 * (`useStore`, `useFamilyStore`), which read this context, and never touch the sync client.
 */
import { createContext, useContext, type ReactNode } from 'react';
import type { Stores } from './buildStores';

const StoresContext = createContext<Stores | null>(null);

export function StoresProvider({ stores, children }: { stores: Stores; children: ReactNode }) {
  return <StoresContext value={stores}>{children}</StoresContext>;
}

/** @internal For the store hooks. */
export function useStores(): Stores {
  const stores = useContext(StoresContext);
  if (!stores) throw new Error('A store hook ran outside <StoresProvider>: render the app inside <StoresProvider stores={buildStores(client, storeList)}> (see app/boot/startApp.tsx).');
  return stores;
}
