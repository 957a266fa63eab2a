/** The checker corpus (tests/check/corpus/manifest.json, made by scripts/make-check-corpus.mjs) and its files. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = join(__dirname, 'corpus');

export interface CorpusFile {
  file: string;
  /** The house style: A (typed headings, portrait margins on landscape pages), B (Word numbering, rotated margins). */
  house: 'A' | 'B';
  kind: 'plan' | 'letter';
  /** Laid out by the decree: no finding expected. */
  clean: boolean;
  /** The rules the file must give, once each. */
  expect: string[];
  /** What was done wrong (planted files). */
  fault?: string;
}

export const CORPUS: CorpusFile[] = JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8')).files;

export function corpusBytes(file: string): Uint8Array {
  return readFileSync(join(DIR, file));
}
