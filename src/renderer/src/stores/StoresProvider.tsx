/**
 * Hands a window's stores to the component tree. Components reach stores only through the `useXStore` hooks, which
 * read this context, and never touch the sync client.
 */
import { createContext, useContext, type ReactNode } from 'react';
import type { Stores } from './createStores';

const StoresContext = createContext<Stores | null>(null);

export function StoresProvider({ stores, children }: { stores: Stores; children: ReactNode }) {
  return <StoresContext value={stores}>{children}</StoresContext>;
}

/** @internal For the `useXStore` hooks. */
export function useStores(): Stores {
  const stores = useContext(StoresContext);
  if (!stores) throw new Error('A store hook ran outside <StoresProvider>: render the app inside <StoresProvider stores={createStores(client)}> (see main.tsx).');
  return stores;
}
