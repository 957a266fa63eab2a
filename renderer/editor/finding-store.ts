/**
 * Checker marks on body blocks (kiểm tra thể thức): the worst severity of the findings about
 * each block, handed to block elements through a store each element subscribes to by id (as
 * the numbering markers are), so new findings re-render only the blocks whose mark changed.
 */
import { createContext, useContext } from 'react';
import { BlockStore, useBlockValue } from './block-store';

/** What a block is marked with: a wavy underline, red for errors, amber for warnings. */
export type FindingMark = 'error' | 'warning';

/** The checker's marks by block id (see BlockStore). */
export class FindingStore extends BlockStore<FindingMark> {}

export const FindingContext = createContext<FindingStore>(new FindingStore());

export function useFinding(id: string): FindingMark | undefined {
  return useBlockValue(useContext(FindingContext), id);
}
