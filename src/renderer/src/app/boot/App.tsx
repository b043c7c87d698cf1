/** The signed-in window: its stores handed to the tree, around the frame. */
import type { Stores } from '../../stores/buildStores';
import { StoresProvider } from '../../stores/StoresProvider';
import { Frame } from '../frame/Frame';

export function App({ stores }: { stores: Stores }) {
  return (
    <StoresProvider stores={stores}>
      <Frame />
    </StoresProvider>
  );
}
