/**
 * Scores an imported document against the truth of the evaluation corpus (tests/import/corpus/,
 * made by scripts/make-import-corpus.mjs), per block kind: the share of the truth's items that
 * the import put in the right place, in order (longest common subsequence), and the source words
 * that appear nowhere in what the document prints.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatAppendixReference } from '../../../core/format/appendix-reference';
import { parsePlaceDate } from '../../../core/import';
import { formatNumberAndCode } from '../../../core/format/number-code';
import { formatPlaceAndDate } from '../../../core/format/date';
import { DECREE30, documentTypeById } from '../../../core/rules/decree30';
import { bareRecipient, formatRecipientLines } from '../../../core/format/recipients';
import { signatureAuthorityLines } from '../../../core/format/signature';
import type { TableModel, VanBanDocument } from '../../../core/model/types';
import { flatten, runsText } from './model-text';

export const CORPUS_DIR = join(__dirname, '../corpus');

export interface CorpusTruth {
  plan: string;
  style: string;
  kind: string;
  party: boolean;
  header: { parentAgency: string; issuingAgency: string; numberLine: string; agencyCode: string; placeDate: string; summary: string };
  addressees: string[];
  body: { kind: string; text: string }[];
  closing: string;
  signature: string[];
  recipients: string[];
  archiveLine: string;
  appendices: { heading: string; title: string; reference: string; header: string[]; rows: string[][]; landscape: boolean }[];
}

export const KINDS = ['header', 'body', 'closing', 'signature', 'recipients', 'appendix', 'appendixWords'] as const;
export type ScoreKind = (typeof KINDS)[number];

export interface Score {
  /** Items in place / items in the truth, per kind. */
  kinds: Record<ScoreKind, { found: number; total: number; missing: string[] }>;
  /** Source words the document does not print. */
  lostWords: string[];
}

/** The corpus inputs: [plan, input file, input kind, truth]. */
export function corpusInputs(): { plan: string; file: string; kind: string; truth: CorpusTruth }[] {
  const out: { plan: string; file: string; kind: string; truth: CorpusTruth }[] = [];
  for (const plan of readdirSync(CORPUS_DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    const dir = join(CORPUS_DIR, plan);
    const truth = (name: string) => JSON.parse(readFileSync(join(dir, `${name}.truth.json`), 'utf8')) as CorpusTruth;
    for (const style of ['phu-luc', 'phu-luc-i']) {
      out.push({ plan, file: join(dir, `${style}.docx`), kind: `docx ${style}`, truth: truth(style) });
      out.push({ plan, file: join(dir, `${style}.pdftotext.txt`), kind: 'pdftotext', truth: truth(style) });
      out.push({ plan, file: join(dir, `${style}.layout.txt`), kind: 'pdftotext -layout', truth: truth(style) });
    }
    out.push({ plan, file: join(dir, 'paste-blank.txt'), kind: 'paste (blank lines)', truth: truth('paste') });
    out.push({ plan, file: join(dir, 'paste-tight.txt'), kind: 'paste (no blank lines)', truth: truth('paste') });
  }
  return out;
}

function lcs(a: string[], b: string[]): { length: number; missing: string[] } {
  const dp: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) for (let j = b.length - 1; j >= 0; j--) dp[i][j] = a[i] === b[j] ? dp[i + 1][j + 1] + 1 : Math.max(dp[i + 1][j], dp[i][j + 1]);
  const missing: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
    } else if (dp[i + 1][j] >= dp[i][j + 1]) missing.push(a[i++]);
    else j++;
  }
  missing.push(...a.slice(i));
  return { length: dp[0][0], missing };
}

const norm = (text: string) => text.normalize('NFC').replace(/\s+/gu, ' ').trim();
/**
 * A body block's key: its kind and its letters and digits. Block boundaries and kinds count
 * exactly; punctuation and spaces a producer lost do not (pdftotext takes a line-end "-" for a
 * hyphen: "2016 -⏎2020" comes out "2016 2020", "76/NQ-⏎CP" "76/NQCP"). Exact text is checked
 * word by word separately.
 */
const blockKey = (kind: string, text: string) => `${kind}|${text.normalize('NFC').toLocaleLowerCase('vi-VN').replace(/[^\p{L}\p{N}]+/gu, '')}`;

function tableCells(table: TableModel): string[] {
  const cells = table.headerRows.flatMap((row) => row.map((c) => c.paragraphs.map(runsText).join(' ')));
  table.rows.forEach((row, index) => {
    row.forEach((cell, c) => cells.push(c === 0 && table.numbered ? String(index + 1) : cell.paragraphs.map(runsText).join(' ')));
  });
  return cells.map(norm);
}

function placeDateKey(text: string): string {
  const pd = parsePlaceDate(text);
  return pd ? `${pd.place}|${pd.date.day}|${pd.date.month}|${pd.date.year}` : '';
}

function expected(truth: CorpusTruth): Record<ScoreKind, string[]> {
  const h = truth.header;
  const header = [
    `kind=${truth.kind}`,
    `parent=${h.parentAgency}`,
    `agency=${h.issuingAgency}`,
    `agencyCode=${h.agencyCode}`,
    ...(h.numberLine ? [`number=${h.numberLine}`] : []),
    `placeDate=${placeDateKey(h.placeDate)}`,
    `summary=${h.summary}`,
    ...truth.addressees.map((a) => `addressee=${a}`),
  ];
  return {
    header: header.map(norm),
    body: truth.body.map((b) => blockKey(b.kind, b.text)),
    closing: truth.closing ? [norm(truth.closing)] : [],
    signature: truth.signature.map(norm),
    recipients: [...truth.recipients, ...(truth.archiveLine ? [truth.archiveLine] : [])].map((l) => norm(bareRecipient(l))),
    appendix: truth.appendices.flatMap((a) => [`title=${a.title}`, `reference=${a.reference}`, `landscape=${a.landscape}`, ...[...a.header, ...a.rows.flat()].map((c) => `cell=${c}`)]).map(norm),
    appendixWords: wordList(truth.appendices.flatMap((a) => [a.title, a.reference, ...a.header, ...a.rows.flat()])),
  };
}

function actual(doc: VanBanDocument, truth: CorpusTruth, withLandscape: boolean): Record<ScoreKind, string[]> {
  const h = doc.header;
  const header = [
    `kind=${doc.kind}`,
    `parent=${h.parentAgency}`,
    `agency=${h.issuingAgency.replace(/\n/g, ' ')}`,
    `agencyCode=${h.agencyCode}`,
    ...(truth.header.numberLine ? [`number=${formatNumberAndCode(doc.kind, doc.variant, h)}`] : []),
    `placeDate=${h.place}|${h.date.day}|${h.date.month}|${h.date.year}`,
    `summary=${doc.summary}`,
    ...doc.addressees.map((a) => `addressee=${a}`),
  ];
  const signature = [...signatureAuthorityLines(doc.signature, doc.variant), ...(doc.signature.signerName ? [doc.signature.signerName] : [])];
  return {
    header: header.map(norm),
    body: flattenTitled(doc.body).map((b) => blockKey(b.kind, b.text)),
    closing: doc.closing ? [norm(doc.closing)] : [],
    signature: signature.map(norm),
    recipients: formatRecipientLines(doc.recipients, doc.archive, doc.variant).map((l) => norm(bareRecipient(l))),
    appendix: doc.appendices.flatMap((a) => [
      `title=${a.title}`,
      `reference=${formatAppendixReference(doc, a)}`,
      ...(withLandscape ? [`landscape=${a.landscape}`] : []),
      ...a.body.flatMap((b) => (b.type === 'table' ? tableCells(b.table).map((c) => `cell=${c}`) : [`text=${'content' in b ? runsText(b.content) : ''}`])),
    ]).map(norm),
    appendixWords: wordList(doc.appendices.flatMap((a) => [a.title, formatAppendixReference(doc, a), ...a.body.flatMap((b) => (b.type === 'table' ? tableCells(b.table) : 'content' in b ? [runsText(b.content)] : []))])),
  };
}

/** Body blocks in order; a titled (bold) clause is "clause*". */
function flattenTitled(blocks: VanBanDocument['body']): { kind: string; text: string }[] {
  return blocks.flatMap((b): { kind: string; text: string }[] => {
    if (b.type === 'table') return flatten([b]);
    const own = { kind: b.type === 'clause' && b.titled ? 'clause*' : b.type, text: runsText(b.content) };
    return [own, ...('children' in b ? flattenTitled(b.children) : [])];
  });
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The words of the texts, sorted: the appendix's content, whatever its cell boundaries and order
 * (pdftotext may run two narrow cells into one line, or give a cell after the row below it).
 */
function wordList(texts: string[]): string[] {
  return texts.flatMap((t) => t.toLocaleLowerCase('vi-VN').match(WORD) ?? []).sort();
}

function words(texts: string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const t of texts) for (const w of t.toLocaleLowerCase('vi-VN').match(WORD) ?? []) out.set(w, (out.get(w) ?? 0) + 1);
  return out;
}

/** Everything the truth says, and everything the document prints (markers aside). */
function printed(doc: VanBanDocument): string[] {
  const h = doc.header;
  return [
    h.parentAgency,
    h.issuingAgency,
    formatNumberAndCode(doc.kind, doc.variant, h),
    formatPlaceAndDate(h.place, h.date),
    String(h.date.month ?? ''),
    doc.variant === 'party' ? DECREE30.partyTitle : `${DECREE30.nationalTitle} ${DECREE30.motto}`,
    doc.kind === 'cong-van' ? (doc.summary ? 'V/v' : '') : documentTypeById(doc.kind)?.typeName ?? '',
    doc.summary,
    doc.addressees.length > 0 ? 'Kính gửi' : '',
    ...doc.addressees,
    ...doc.legalBasis,
    ...flatten(doc.body).map((b) => b.text),
    doc.closing,
    ...signatureAuthorityLines(doc.signature, doc.variant),
    doc.signature.signerName,
    doc.recipients.length > 0 ? 'Nơi nhận' : '',
    ...formatRecipientLines(doc.recipients, doc.archive, doc.variant),
    ...doc.appendices.flatMap((a) => ['Phụ lục', a.title, formatAppendixReference(doc, a), ...a.body.flatMap((b) => (b.type === 'table' ? tableCells(b.table) : 'content' in b ? [runsText(b.content)] : []))]),
  ];
}

function truthTexts(truth: CorpusTruth): string[] {
  const h = truth.header;
  return [
    h.parentAgency,
    h.issuingAgency,
    h.numberLine.replace(/^Số:?/u, ''),
    h.placeDate.replace(/\bngày|tháng|năm\b/gu, ''),
    h.summary,
    ...truth.addressees,
    ...truth.body.map((b) => b.text),
    truth.closing,
    ...truth.signature,
    ...truth.recipients,
    truth.archiveLine,
    ...truth.appendices.flatMap((a) => [a.title, a.reference, ...a.header, ...a.rows.flat()]),
  ];
}

/**
 * `input`: for a text input, its text and the lines the import reported dropping as page
 * furniture or decoration. Source words are then the input's own words (less those), and a truth
 * word the input itself lacks (pdftotext joins "NQ-" + "CP" into "NQCP") is not counted lost.
 */
export function scoreImport(doc: VanBanDocument, truth: CorpusTruth, withLandscape: boolean, input?: { text: string; dropped: string[] }): Score {
  const want = expected(truth);
  if (!withLandscape) want.appendix = want.appendix.filter((item) => !item.startsWith('landscape='));
  const got = actual(doc, truth, withLandscape);
  const kinds = {} as Score['kinds'];
  for (const kind of KINDS) {
    const { length, missing } = lcs(want[kind], got[kind]);
    kinds[kind] = { found: length, total: want[kind].length, missing };
  }
  const have = words(printed(doc));
  // Markers and appendix numerals are structure: the writer numbers them by position.
  const given = input ? words([input.text.replace(/^[ \t]*(?:[IVXLC]+\.|\d{1,3}\.|[a-zđ]\)|[-+•])(?=\s)/gmu, '').replace(/(PHỤ LỤC|Phụ lục)(?:\s+số)?\s+([IVXLC]+|\d{1,3})\b/gu, '$1')]) : null;
  const lostWords: string[] = [];
  const check = (source: Map<string, number>, label: string) => {
    for (const [word, count] of source) {
      // Dates print as numbers: "01" and "1" are the same word; "tháng 03" prints "tháng 3".
      const n = (have.get(word) ?? 0) + (/^0\d$/u.test(word) ? have.get(word.slice(1)) ?? 0 : 0);
      const inInput = given ? given.get(word) ?? 0 : count;
      if (n < Math.min(count, inInput)) lostWords.push(`${label}${word}×${Math.min(count, inInput) - n}`);
    }
  };
  check(words(truthTexts(truth)), '');
  if (input && given) {
    const dropped = words(input.dropped);
    const own = new Map([...given].map(([w, n]) => [w, n - (dropped.get(w) ?? 0)]).filter(([, n]) => (n as number) > 0) as [string, number][]);
    check(own, 'input:');
  }
  return { kinds, lostWords };
}
