/** Block elements read their marker from the editor's MarkerStore, subscribed by block id. */
import { createContext, useContext } from 'react';
import { MarkerStore } from './markers';
import { useBlockValue } from './block-store';

export const MarkerContext = createContext<MarkerStore>(new MarkerStore());

export function useMarker(id: string): string {
  return useBlockValue(useContext(MarkerContext), id) ?? '';
}
