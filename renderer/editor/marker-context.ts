/** Block elements read their marker from the editor's MarkerStore, subscribed by block id. */
import { createContext, useCallback, useContext, useSyncExternalStore } from 'react';
import { MarkerStore } from './markers';

export const MarkerContext = createContext<MarkerStore>(new MarkerStore());

export function useMarker(id: string): string {
  const store = useContext(MarkerContext);
  const subscribe = useCallback((listener: () => void) => store.subscribe(id, listener), [store, id]);
  const read = useCallback(() => store.get(id), [store, id]);
  return useSyncExternalStore(subscribe, read, read);
}
