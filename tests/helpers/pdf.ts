/**
 * Reading a PDF as a person sees it, with poppler-utils: page sizes (pdfinfo), words and lines
 * with their boxes in points from the top-left corner (pdftotext -bbox-layout), embedded fonts
 * (pdffonts), and horizontal rules found in a rendered greyscale image (pdftoppm).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function run(command: string, args: string[]): string {
  return execFileSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

export interface PageSize {
  width: number;
  height: number;
}

/** Width and height in points of every page. */
export function pageSizes(pdf: string): PageSize[] {
  const out = run('pdfinfo', ['-f', '1', '-l', '9999', pdf]);
  const sizes: PageSize[] = [];
  for (const match of out.matchAll(/^Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+) pts/gm)) {
    sizes[Number(match[1]) - 1] = { width: Number(match[2]), height: Number(match[3]) };
  }
  return sizes;
}

export interface Box {
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface Word extends Box {
  text: string;
}

export interface Line extends Box {
  words: Word[];
  /** The words joined by single spaces. */
  text: string;
}

export interface PdfPage extends PageSize {
  /** 1-based. */
  number: number;
  words: Word[];
  /** Lines as poppler groups them (one line of one column). */
  lines: Line[];
  /** The page's text in reading order, one line per line. */
  text: string;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_m, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_m, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&amp;/g, '&');
}

function boxOf(attributes: string): Box {
  const get = (name: string): number => {
    const match = new RegExp(`${name}="([-\\d.]+)"`).exec(attributes);
    if (!match) throw new Error(`pdftotext box without ${name}: ${attributes}`);
    return Number(match[1]);
  };
  return { xMin: get('xMin'), yMin: get('yMin'), xMax: get('xMax'), yMax: get('yMax') };
}

/** Every page with its words and lines (pdftotext -bbox-layout). */
export function readPages(pdf: string): PdfPage[] {
  const xhtml = run('pdftotext', ['-bbox-layout', '-enc', 'UTF-8', pdf, '-']);
  const pages: PdfPage[] = [];
  const pageRe = /<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g;
  for (const pageMatch of xhtml.matchAll(pageRe)) {
    const lines: Line[] = [];
    for (const lineMatch of pageMatch[3].matchAll(/<line ([^>]*)>([\s\S]*?)<\/line>/g)) {
      const words: Word[] = [];
      for (const wordMatch of lineMatch[2].matchAll(/<word ([^>]*)>([\s\S]*?)<\/word>/g)) {
        words.push({ ...boxOf(wordMatch[1]), text: decodeEntities(wordMatch[2]).normalize('NFC') });
      }
      lines.push({ ...boxOf(lineMatch[1]), words, text: words.map((w) => w.text).join(' ') });
    }
    pages.push({
      number: pages.length + 1,
      width: Number(pageMatch[1]),
      height: Number(pageMatch[2]),
      lines,
      words: lines.flatMap((line) => line.words),
      text: lines.map((line) => line.text).join('\n'),
    });
  }
  return pages;
}

/** Names of the fonts embedded or referenced in the PDF, without the subset prefix ("ABCDEF+"). */
export function pdfFontNames(pdf: string): string[] {
  const rows = run('pdffonts', [pdf]).split('\n').slice(2).filter((row) => row.trim() !== '');
  return rows.map((row) => row.trim().split(/\s+/)[0].replace(/^[A-Z]{6}\+/, ''));
}

export interface GrayImage {
  width: number;
  height: number;
  /** One byte per pixel, row by row; 0 is black. */
  pixels: Uint8Array;
  /** Resolution used, to turn pixels back into points. */
  dpi: number;
}

/** Parses a binary PGM (P5, 8-bit) image. */
export function parsePgm(data: Uint8Array, dpi: number): GrayImage {
  let offset = 0;
  const tokens: string[] = [];
  while (tokens.length < 4) {
    while (offset < data.length && /\s/.test(String.fromCharCode(data[offset]))) offset++;
    if (data[offset] === 0x23) {
      while (offset < data.length && data[offset] !== 0x0a) offset++;
      continue;
    }
    let token = '';
    while (offset < data.length && !/\s/.test(String.fromCharCode(data[offset]))) token += String.fromCharCode(data[offset++]);
    tokens.push(token);
  }
  offset++; // the single whitespace byte after maxval
  const [magic, w, h, max] = tokens;
  if (magic !== 'P5' || Number(max) > 255) throw new Error(`Not an 8-bit binary PGM: ${tokens.join(' ')}`);
  const width = Number(w);
  const height = Number(h);
  return { width, height, pixels: data.subarray(offset, offset + width * height), dpi };
}

/** Renders one page (1-based) to greyscale at `dpi`. */
export function renderPageGray(pdf: string, page: number, dpi = 100): GrayImage {
  const dir = mkdtempSync(join(tmpdir(), 'vanban-pgm-'));
  try {
    const prefix = join(dir, 'page');
    execFileSync('pdftoppm', ['-r', String(dpi), '-gray', '-f', String(page), '-l', String(page), '-singlefile', pdf, prefix]);
    return parsePgm(new Uint8Array(readFileSync(`${prefix}.pgm`)), dpi);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Renders one page (1-based) to a PNG file for a person to look at; returns its path. */
export function renderPagePng(pdf: string, page: number, outPrefix: string, dpi = 100): string {
  execFileSync('pdftoppm', ['-r', String(dpi), '-png', '-f', String(page), '-l', String(page), '-singlefile', pdf, outPrefix]);
  return `${outPrefix}.png`;
}

/** A horizontal dark line on a page, in points from the top-left corner. */
export interface Rule {
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
  /** xMax − xMin. */
  length: number;
  /** Thickness in pixels of the rendered image. */
  thicknessPx: number;
}

/**
 * Horizontal runs of dark pixels at least `minLengthPx` long and at most `maxThicknessPx` rows
 * thick (runs in adjacent rows that cover the same columns form one rule). Text glyphs never
 * make runs that long; rules, underlines and table borders do.
 */
export function findHorizontalRules(image: GrayImage, options: { minLengthPx?: number; maxThicknessPx?: number; dark?: number } = {}): Rule[] {
  const minLength = options.minLengthPx ?? 30;
  const maxThickness = options.maxThicknessPx ?? 3;
  const dark = options.dark ?? 128;
  const { width, height, pixels } = image;
  interface Open {
    x0: number;
    x1: number;
    y0: number;
    y1: number;
  }
  const done: Open[] = [];
  let open: Open[] = [];
  for (let y = 0; y < height; y++) {
    const runs: Array<[number, number]> = [];
    let start = -1;
    for (let x = 0; x <= width; x++) {
      const isDark = x < width && pixels[y * width + x] < dark;
      if (isDark && start < 0) start = x;
      if (!isDark && start >= 0) {
        if (x - start >= minLength) runs.push([start, x - 1]);
        start = -1;
      }
    }
    const next: Open[] = [];
    for (const [x0, x1] of runs) {
      const prev = open.find((o) => Math.abs(o.x0 - x0) <= 2 && Math.abs(o.x1 - x1) <= 2);
      if (prev) {
        prev.y1 = y;
        prev.x0 = Math.min(prev.x0, x0);
        prev.x1 = Math.max(prev.x1, x1);
        next.push(prev);
        open = open.filter((o) => o !== prev);
      } else {
        next.push({ x0, x1, y0: y, y1: y });
      }
    }
    done.push(...open);
    open = next;
  }
  done.push(...open);
  const pt = 72 / image.dpi;
  return done
    .filter((r) => r.y1 - r.y0 + 1 <= maxThickness)
    .map((r) => ({
      xMin: r.x0 * pt,
      xMax: (r.x1 + 1) * pt,
      yMin: r.y0 * pt,
      yMax: (r.y1 + 1) * pt,
      length: (r.x1 + 1 - r.x0) * pt,
      thicknessPx: r.y1 - r.y0 + 1,
    }))
    .sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin);
}
