/**
 * A "Word-edited" copy of an exported .docx, made by editing its XML the way Word writes comments:
 * a w:comment in word/comments.xml (its last paragraph carrying w14:paraId), a w15:commentEx in
 * word/commentsExtended.xml (w15:paraIdParent for a reply, w15:done for a resolved thread),
 * commentRangeStart / commentRangeEnd around the passage and a commentReference run in
 * word/document.xml; optionally word/commentsIds.xml and word/commentsExtensible.xml with the UTC
 * date, as Word 2019 and later add.
 *
 *   const edited = editDocx(bytes, (word) => {
 *     word.comment({ id: 10, author: 'Lê Văn E', text: 'Rõ hơn.', paraId: '0A000001' }, { paragraph: /^2\. /, passage: 'kinh phí' });
 *     word.resolve('00000001');
 *   });
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

const W14 = 'http://schemas.microsoft.com/office/word/2010/wordml';
const W15 = 'http://schemas.microsoft.com/office/word/2012/wordml';
const W16CID = 'http://schemas.microsoft.com/office/word/2016/wordml/cid';
const W16CEX = 'http://schemas.microsoft.com/office/word/2018/wordml/cex';

export interface WordComment {
  id: number;
  author: string;
  /** w:initials; derived from the author when undefined, left out when null. */
  initials?: string | null;
  /** w:date; defaults to 2026-02-10T09:15:00Z. */
  date?: string;
  text: string;
  /** 8 hex digits, below 80000000. */
  paraId: string;
  /** paraId of the thread's root, for a reply. */
  parentParaId?: string;
  done?: boolean;
  /** When given, written to commentsExtensible.xml (dateUtc) through commentsIds.xml. */
  dateUtc?: string;
}

/** Where the comment goes: the paragraph whose visible text matches, and the passage in one of its runs. */
export interface WordRange {
  paragraph: string | RegExp;
  passage: string;
  /** Which occurrence of the paragraph (default 0). */
  nth?: number;
}

export const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const unescapeXml = (text: string): string =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** Visible text of a paragraph's XML (w:t contents, deleted text left out). */
export function paragraphText(xml: string): string {
  const kept = xml.replace(/<w:del\b[\s\S]*?<\/w:del>/g, '');
  return [...kept.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescapeXml(m[1])).join('');
}

export interface WordEditor {
  /** Every part of the package as text (XML) — edit freely. */
  parts: Map<string, string>;
  comment(comment: WordComment, range?: WordRange): void;
  /** Marks the comment with this paraId done (resolved) in commentsExtended.xml. */
  resolve(paraId: string): void;
  /** Replaces text in the paragraph matching `paragraph` (plain, in one w:t), like typing with tracking off. */
  retype(paragraph: string | RegExp, from: string, to: string): void;
  /** Deletes `passage` (in one w:t of the paragraph) as a tracked deletion by `author`. */
  trackDelete(paragraph: string | RegExp, passage: string, author: string): void;
}

function matches(text: string, pattern: string | RegExp): boolean {
  return typeof pattern === 'string' ? text === pattern : pattern.test(text);
}

/** The [start, end) of the nth w:p (not nested) whose visible text matches. */
function findParagraph(document: string, pattern: string | RegExp, nth = 0): [number, number] {
  let seen = 0;
  const candidates: string[] = [];
  for (const match of document.matchAll(/<w:p\b(?:\s[^>]*)?>[\s\S]*?<\/w:p>/g)) {
    const text = paragraphText(match[0]);
    candidates.push(text);
    if (matches(text, pattern) && seen++ === nth) return [match.index, match.index + match[0].length];
  }
  throw new Error(`No paragraph matches ${String(pattern)}; have ${candidates.map((c) => JSON.stringify(c)).join(' | ')}`);
}

/** Splits the run holding `passage` into before | passage | after, wrapping the middle with `wrap`. */
function splitRun(paragraph: string, passage: string, wrap: (run: string, rPr: string) => string): string {
  const escaped = escapeXml(passage);
  for (const match of paragraph.matchAll(/<w:r>(<w:rPr>(?:(?!<\/w:rPr>)[\s\S])*<\/w:rPr>)?<w:t xml:space="preserve">([^<]*)<\/w:t><\/w:r>/g)) {
    const [whole, rPr = '', text] = match;
    const at = text.indexOf(escaped);
    if (at < 0) continue;
    const run = (t: string) => (t ? `<w:r>${rPr}<w:t xml:space="preserve">${t}</w:t></w:r>` : '');
    const replaced = run(text.slice(0, at)) + wrap(run(escaped), rPr) + run(text.slice(at + escaped.length));
    return paragraph.slice(0, match.index) + replaced + paragraph.slice(match.index + whole.length);
  }
  throw new Error(`"${passage}" is not inside one run of ${paragraph}`);
}

function ensurePart(parts: Map<string, string>, path: string, root: string, relType: string, contentType: string): void {
  if (parts.has(path)) return;
  parts.set(path, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${root}`);
  const name = path.replace(/^word\//, '');
  const rels = parts.get('word/_rels/document.xml.rels')!;
  parts.set('word/_rels/document.xml.rels', rels.replace('</Relationships>', `<Relationship Id="rIdWord${parts.size}" Type="${relType}" Target="${name}"/></Relationships>`));
  const types = parts.get('[Content_Types].xml')!;
  parts.set('[Content_Types].xml', types.replace('</Types>', `<Override ContentType="${contentType}" PartName="/${path}"/></Types>`));
}

export function editDocx(bytes: Uint8Array, edit: (word: WordEditor) => void): Uint8Array {
  const files = unzipSync(bytes);
  const parts = new Map<string, string>();
  const binary = new Map<string, Uint8Array>();
  for (const [name, data] of Object.entries(files)) {
    if (/\.(xml|rels)$/.test(name)) parts.set(name, strFromU8(data));
    else binary.set(name, data);
  }
  const editParagraph = (pattern: string | RegExp, nth: number, change: (paragraph: string) => string): void => {
    const document = parts.get('word/document.xml')!;
    const [start, end] = findParagraph(document, pattern, nth);
    parts.set('word/document.xml', document.slice(0, start) + change(document.slice(start, end)) + document.slice(end));
  };

  const editor: WordEditor = {
    parts,
    comment(comment, range) {
      ensurePart(
        parts,
        'word/comments.xml',
        `<w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="${W14}"></w:comments>`,
        'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml',
      );
      ensurePart(
        parts,
        'word/commentsExtended.xml',
        `<w15:commentsEx xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:w15="${W15}" mc:Ignorable="w15"></w15:commentsEx>`,
        'http://schemas.microsoft.com/office/2011/relationships/commentsExtended',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml',
      );
      const initials = comment.initials === undefined ? comment.author.normalize('NFC').split(/\s+/).map((w) => w[0]).join('') : comment.initials;
      const lines = comment.text.split('\n');
      const paragraphs = lines
        .map((line, index) => {
          const last = index === lines.length - 1;
          const id = last ? ` w14:paraId="${comment.paraId}" w14:textId="77777777"` : '';
          const ref = index === 0 ? '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>' : '';
          return `<w:p${id}><w:pPr><w:pStyle w:val="CommentText"/></w:pPr>${ref}<w:r><w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r></w:p>`;
        })
        .join('');
      const xml = `<w:comment w:id="${comment.id}" w:author="${escapeXml(comment.author)}" w:date="${comment.date ?? '2026-02-10T09:15:00Z'}"${initials === null ? '' : ` w:initials="${escapeXml(initials)}"`}>${paragraphs}</w:comment>`;
      parts.set('word/comments.xml', parts.get('word/comments.xml')!.replace('</w:comments>', `${xml}</w:comments>`));
      const parent = comment.parentParaId ? ` w15:paraIdParent="${comment.parentParaId}"` : '';
      parts.set(
        'word/commentsExtended.xml',
        parts.get('word/commentsExtended.xml')!.replace('</w15:commentsEx>', `<w15:commentEx w15:paraId="${comment.paraId}"${parent} w15:done="${comment.done ? 1 : 0}"/></w15:commentsEx>`),
      );
      if (comment.dateUtc) {
        const durableId = (0x10000000 + comment.id).toString(16).toUpperCase();
        ensurePart(
          parts,
          'word/commentsIds.xml',
          `<w16cid:commentsIds xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:w16cid="${W16CID}" mc:Ignorable="w16cid"></w16cid:commentsIds>`,
          'http://schemas.microsoft.com/office/2016/09/relationships/commentsIds',
          'application/vnd.openxmlformats-officedocument.wordprocessingml.commentsIds+xml',
        );
        ensurePart(
          parts,
          'word/commentsExtensible.xml',
          `<w16cex:commentsExtensible xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:w16cex="${W16CEX}" mc:Ignorable="w16cex"></w16cex:commentsExtensible>`,
          'http://schemas.microsoft.com/office/2018/08/relationships/commentsExtensible',
          'application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtensible+xml',
        );
        parts.set(
          'word/commentsIds.xml',
          parts.get('word/commentsIds.xml')!.replace('</w16cid:commentsIds>', `<w16cid:commentId w16cid:paraId="${comment.paraId}" w16cid:durableId="${durableId}"/></w16cid:commentsIds>`),
        );
        parts.set(
          'word/commentsExtensible.xml',
          parts
            .get('word/commentsExtensible.xml')!
            .replace('</w16cex:commentsExtensible>', `<w16cex:commentExtensible w16cex:durableId="${durableId}" w16cex:dateUtc="${comment.dateUtc}"/></w16cex:commentsExtensible>`),
        );
      }
      if (!range) return;
      editParagraph(range.paragraph, range.nth ?? 0, (paragraph) =>
        splitRun(
          paragraph,
          range.passage,
          (run, rPr) =>
            `<w:commentRangeStart w:id="${comment.id}"/>${run}<w:commentRangeEnd w:id="${comment.id}"/>` +
            `<w:r>${rPr.replace('<w:rPr>', '<w:rPr><w:rStyle w:val="CommentReference"/>')}<w:commentReference w:id="${comment.id}"/></w:r>`,
        ),
      );
    },
    resolve(paraId) {
      const extended = parts.get('word/commentsExtended.xml')!;
      const entry = new RegExp(`<w15:commentEx w15:paraId="${paraId}"([^>]*?)w15:done="0"`);
      if (!entry.test(extended)) throw new Error(`no open w15:commentEx ${paraId}`);
      parts.set('word/commentsExtended.xml', extended.replace(entry, `<w15:commentEx w15:paraId="${paraId}"$1w15:done="1"`));
    },
    retype(paragraph, from, to) {
      editParagraph(paragraph, 0, (xml) => {
        if (!xml.includes(escapeXml(from))) throw new Error(`"${from}" not in ${xml}`);
        return xml.replace(escapeXml(from), escapeXml(to));
      });
    },
    trackDelete(paragraph, passage, author) {
      editParagraph(paragraph, 0, (xml) =>
        splitRun(xml, passage, (run) => `<w:del w:id="9001" w:author="${escapeXml(author)}" w:date="2026-02-10T09:20:00Z">${run.replace(/<w:t /g, '<w:delText ').replace(/<\/w:t>/g, '</w:delText>')}</w:del>`),
      );
    },
  };
  edit(editor);
  const out: Record<string, Uint8Array> = {};
  for (const [name, data] of binary) out[name] = data;
  for (const [name, text] of parts) out[name] = strToU8(text);
  return zipSync(out);
}
