/**
 * Render tests: every template, exported with the DOCX writer and printed to PDF by LibreOffice,
 * looks right to a person — A4 pages, page numbers, margins, the header's rules, the header text,
 * the closing "./.", "Nơi nhận:" level with the signature, the fonts — and every DOCX passes the
 * OOXML schema check.
 *
 * All DOCX files go through ONE soffice run in beforeAll. Without LibreOffice or poppler-utils
 * the suite is skipped with a warning. When a test fails, the PDFs and page images are kept in a
 * temporary folder named in the failure message.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, type TestContext } from 'vitest';
import { writeDocx } from '../../core/docx/write-docx';
import type { AuthorityPrefix, VanBanDocument } from '../../core/model/types';
import { convertToPdf, findSoffice, hasCommands } from '../helpers/libreoffice';
import { findHorizontalRules, pageSizes, pdfFontNames, readPages, renderPageGray, renderPagePng, type Line, type PageSize, type PdfPage, type Rule } from '../helpers/pdf';
import {
  MARGIN,
  centreX,
  centreY,
  describeRule,
  describeSize,
  findWrappedText,
  isLandscapeA4,
  isPortraitA4,
  linesInOrder,
  rulesNear,
  rulesUnder,
  squash,
  textAreaCentre,
  topMarginWords,
  unionBox,
  widthOf,
  withoutGlyphRuns,
} from './page-layout';
import { DATE, NUMBER, renderCases, type RenderCase } from './render-cases';

const ROOT = resolve(__dirname, '../..');
const VALIDATOR = resolve(ROOT, '../shared/ooxml/validate-docx');

const soffice = findSoffice();
const popplerReady = hasCommands('pdftotext', 'pdfinfo', 'pdftoppm', 'pdffonts');
const missingTool = !soffice
  ? 'LibreOffice (soffice) is not installed'
  : !popplerReady
    ? 'poppler-utils (pdftotext, pdfinfo, pdftoppm, pdffonts) are not installed'
    : null;
if (missingTool) {
  console.warn(`[render tests] SKIPPED: ${missingTool}. Install libreoffice-writer, poppler-utils and fonts-liberation2 to run tests/render.`);
}

const cases = await renderCases();

interface Rendered {
  docx: string;
  pdf: string;
  sizes: PageSize[];
  pages: PdfPage[];
}

const rendered = new Map<string, Rendered>();

/** Why the OOXML check cannot run here, or null when it can. */
function validatorMissing(): string | null {
  if (!existsSync(VALIDATOR)) return `${VALIDATOR} not found`;
  if (!hasCommands('xmllint', 'xsltproc', 'python3')) return 'xmllint, xsltproc or python3 is not installed';
  return null;
}
const validatorProblem = validatorMissing();

interface Validation {
  ok: boolean;
  output: string;
}
/** Started in beforeAll, so the schema checks run while LibreOffice converts. */
const validations = new Map<string, Promise<Validation>>();

function validate(docx: string): Promise<Validation> {
  return new Promise((resolveResult) => {
    execFile(VALIDATOR, [docx], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolveResult({ ok: !error, output: `${stdout}${stderr}${error && !stdout ? String(error) : ''}` });
    });
  });
}
let outDir = '';
let anyFailed = false;

function get(c: RenderCase, ctx: TestContext): Rendered {
  ctx.onTestFailed(() => {
    anyFailed = true;
  });
  const r = rendered.get(c.name);
  if (!r) throw new Error(`${c.name} was not rendered (see the beforeAll error)`);
  return r;
}

/** Fails with every problem found, in words, and a page image to look at. */
function expectNoProblems(problems: string[], c: RenderCase, r: Rendered, page = 1): void {
  if (problems.length === 0) return;
  const image = renderPagePng(r.pdf, page, join(outDir, `${c.name}-page${page}`));
  expect(problems, `${c.name}: what a reader would see wrong (page image: ${image}, PDF: ${r.pdf})`).toEqual([]);
}

const quote = (text: string): string => `“${text}”`;
const upper = (text: string): string => squash(text.replace(/\n/g, ' ')).toUpperCase();

const PREFIXES: Record<'state' | 'party', Record<AuthorityPrefix, string>> = {
  state: { TM: 'TM.', KT: 'KT.', TL: 'TL.', TUQ: 'TUQ.', Q: 'Q.' },
  party: { TM: 'T/M', KT: 'K/T', TL: 'T/L', TUQ: 'TUQ.', Q: 'Q.' },
};

/** The first CAPS line of the signature block, e.g. "KT. GIÁM ĐỐC" or "TM. ỦY BAN NHÂN DÂN". */
function firstAuthorityLine(doc: VanBanDocument): string {
  const s = doc.signature;
  const prefixes = PREFIXES[doc.variant];
  if (s.collective.trim()) return `${prefixes.TM} ${upper(s.collective)}`;
  if (s.headTitle.trim()) return s.authority ? `${prefixes[s.authority]} ${upper(s.headTitle)}` : upper(s.headTitle);
  return upper(s.signerTitle);
}

/** "Số: 05/KH-UBND" (state plan), "Số: 05/STTTT-TTBCXB" (letter), "Số 05-KH/BTGTU" (Party plan). */
function expectedNumberLine(doc: VanBanDocument): string {
  const n = String(NUMBER).padStart(2, '0');
  const agency = [doc.header.agencyCode, doc.header.unitCode].map((p) => p.trim()).filter(Boolean).join('-');
  if (doc.kind === 'cong-van') return `Số: ${n}/${agency}`;
  if (doc.variant === 'party') return `Số ${n}-KH/${agency}`;
  return `Số: ${n}/KH-${agency}`;
}

/** Type names the suite knows; a template of another kind must be added here. */
const TYPE_NAMES: Record<string, string | null> = { 'ke-hoach': 'KẾ HOẠCH', 'cong-van': null };

/** Index (0-based) of the page on which each appendix starts: the page with its "PHỤ LỤC" heading. */
function appendixStartPages(pages: PdfPage[], count: number): number[] {
  const starts: number[] = [];
  let from = 0;
  for (let i = 0; i < count; i++) {
    const at = pages.findIndex((page, index) => index >= from && page.lines.some((line) => line.text.startsWith('PHỤ LỤC')));
    if (at < 0) break;
    starts.push(at);
    from = at + 1;
  }
  return starts;
}

/** Lines of page 1's header area: above the number line, in the left or right column. */
function headerColumns(page: PdfPage): { numberLine: Line | undefined; left: Line[]; right: Line[] } {
  const mid = textAreaCentre(page);
  const numberLine = linesInOrder(page.lines).find((line) => /^Số[:\s]/.test(line.text) && centreX(line) < mid);
  const above = page.lines.filter((line) => (numberLine ? line.yMax <= numberLine.yMin + 1 : true));
  return { numberLine, left: above.filter((line) => centreX(line) < mid), right: above.filter((line) => centreX(line) >= mid) };
}

function checkRuleLength(problems: string[], what: string, rule: Rule, textWidth: number, min: number, max: number, expectation: string): void {
  const ratio = rule.length / textWidth;
  if (ratio < min || ratio > max) {
    problems.push(`the line under ${what} is ${rule.length.toFixed(0)} pt long, ${(ratio * 100).toFixed(0)} % of the text's ${textWidth.toFixed(0)} pt; expected ${expectation}`);
  }
}

describe.skipIf(missingTool !== null)('templates printed by LibreOffice', () => {
  beforeAll(async () => {
    outDir = mkdtempSync(join(tmpdir(), 'vanban-render-'));
    const files = await Promise.all(
      cases.map(async (c) => {
        const docx = join(outDir, `${c.name}.docx`);
        writeFileSync(docx, await writeDocx(c.doc));
        if (!validatorProblem) validations.set(c.name, validate(docx));
        return docx;
      }),
    );
    const pdfs = await convertToPdf(soffice as string, files, outDir);
    cases.forEach((c, i) => {
      rendered.set(c.name, { docx: files[i], pdf: pdfs[i], sizes: pageSizes(pdfs[i]), pages: readPages(pdfs[i]) });
    });
  }, 180_000);

  afterAll(() => {
    if (!outDir) return;
    if (anyFailed) console.warn(`[render tests] DOCX, PDF and page images kept in ${outDir}`);
    else rmSync(outDir, { recursive: true, force: true });
  });

  it('covers every shipped template, including the one with a landscape appendix', () => {
    const ids = new Set(cases.map((c) => c.template.id));
    expect(ids.size).toBeGreaterThan(0);
    expect(ids.has('ke-hoach-phu-luc')).toBe(true);
  });

  it('ke-hoach-phu-luc ends with its appendix table on a landscape page', (ctx) => {
    const c = cases.find((x) => x.name === 'ke-hoach-phu-luc');
    if (!c) throw new Error('template ke-hoach-phu-luc is missing');
    const r = get(c, ctx);
    const problems: string[] = [];
    const landscape = r.sizes.filter(isLandscapeA4).length;
    if (landscape < 1) problems.push(`no landscape page: pages are ${r.sizes.map(describeSize).join(', ')}`);
    const last = r.pages[r.pages.length - 1];
    for (const words of ['PHỤ LỤC', 'STT', 'Nội dung']) {
      if (!last.text.includes(words)) problems.push(`the last page (${last.number}) does not show ${quote(words)}; it reads: ${squash(last.text).slice(0, 300)}`);
    }
    expectNoProblems(problems, c, r, last.number);
  });

  describe.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    it('is printed on A4: the document portrait, appendix pages landscape', (ctx) => {
      const r = get(c, ctx);
      const problems: string[] = [];
      const starts = appendixStartPages(r.pages, c.doc.appendices.length);
      if (starts.length < c.doc.appendices.length) {
        problems.push(`only ${starts.length} of ${c.doc.appendices.length} appendices start with a “PHỤ LỤC” heading on a page of their own`);
      }
      r.sizes.forEach((size, index) => {
        let part = -1;
        starts.forEach((start, k) => {
          if (index >= start) part = k;
        });
        const landscape = part >= 0 && c.doc.appendices[part].landscape;
        const ok = landscape ? isLandscapeA4(size) : isPortraitA4(size);
        const what = part >= 0 ? `appendix ${part + 1}` : 'the document';
        if (!ok) problems.push(`page ${index + 1} (${what}) is ${describeSize(size)}; expected A4 ${landscape ? 'landscape 842 × 595' : 'portrait 595 × 842'} pt`);
      });
      if (r.sizes.length !== r.pages.length) problems.push(`pdfinfo counts ${r.sizes.length} pages, pdftotext ${r.pages.length}`);
      expectNoProblems(problems, c, r);
    });

    it('shows no page number on page 1 and the number centred in the top margin from page 2', (ctx) => {
      const r = get(c, ctx);
      const problems: string[] = [];
      if (r.pages.length < 2) {
        problems.push(`the document has a single page (body repeated ${c.bodyCopies} extra times) — page numbering cannot be seen`);
      }
      const onFirst = topMarginWords(r.pages[0]).filter((w) => /^\d+$/.test(w.text));
      if (onFirst.length) problems.push(`page 1 shows ${onFirst.map((w) => quote(w.text)).join(', ')} in the top margin; page 1 must show no number`);
      for (const page of r.pages.slice(1)) {
        const top = topMarginWords(page);
        const numbers = top.filter((w) => w.text === String(page.number));
        if (numbers.length !== 1) {
          problems.push(`page ${page.number}: the top margin shows ${top.length ? top.map((w) => quote(w.text)).join(' ') : 'nothing'}; expected the page number ${quote(String(page.number))}`);
          continue;
        }
        const offset = centreX(numbers[0]) - textAreaCentre(page);
        if (Math.abs(offset) > 15) {
          problems.push(`page ${page.number}: the page number is ${Math.abs(offset).toFixed(0)} pt ${offset < 0 ? 'left' : 'right'} of the text area's centre (${textAreaCentre(page).toFixed(0)} pt)`);
        }
      }
      expectNoProblems(problems, c, r, Math.min(2, r.pages.length));
    });

    it('keeps every word inside the margins (left 30 mm, right 15 mm, top and bottom 20 mm)', (ctx) => {
      const r = get(c, ctx);
      const problems: string[] = [];
      let firstBadPage = 1;
      for (const page of r.pages) {
        const left = MARGIN.left - 1;
        const right = page.width - MARGIN.right + 1;
        const top = MARGIN.top - 2;
        const bottom = page.height - MARGIN.bottom + 2;
        const pageNumber = page.number > 1 ? topMarginWords(page).find((w) => w.text === String(page.number)) : undefined;
        for (const word of page.words) {
          if (word === pageNumber) continue;
          const where: string[] = [];
          if (word.xMin < left) where.push(`starts at x ${word.xMin.toFixed(1)} pt, left of the left margin (${MARGIN.left.toFixed(1)} pt)`);
          if (word.xMax > right) where.push(`ends at x ${word.xMax.toFixed(1)} pt, past the right margin (${(right - 1).toFixed(1)} pt)`);
          if (word.yMin < top) where.push(`reaches y ${word.yMin.toFixed(1)} pt, into the top margin (${MARGIN.top.toFixed(1)} pt)`);
          if (word.yMax > bottom) where.push(`reaches y ${word.yMax.toFixed(1)} pt, into the bottom margin (from ${(bottom - 2).toFixed(1)} pt)`);
          if (where.length) {
            if (problems.length === 0) firstBadPage = page.number;
            problems.push(`page ${page.number}: ${quote(word.text)} ${where.join(' and ')}`);
          }
        }
      }
      expectNoProblems(problems.slice(0, 12), c, r, firstBadPage);
    });

    it('draws the header lines under the agency, the motto and the summary', (ctx) => {
      const r = get(c, ctx);
      const page = r.pages[0];
      const rules = withoutGlyphRuns(findHorizontalRules(renderPageGray(r.pdf, 1, 100), { minLengthPx: 30, maxThicknessPx: 3 }), page.words);
      const problems: string[] = [];
      const { doc } = c;
      const party = doc.variant === 'party';
      const { numberLine, left, right } = headerColumns(page);
      if (!numberLine) problems.push('no “Số…” number line in the left column of page 1');

      // Issuing agency (left column) and the line, or the Party's "*", under it.
      const agencyText = upper(doc.header.issuingAgency);
      const agencyLines = findWrappedText(left.filter((line) => line.text !== '*'), agencyText);
      if (!agencyLines) {
        problems.push(`the issuing agency ${quote(agencyText)} is not in the header's left column, which reads: ${linesInOrder(left).map((l) => quote(l.text)).join(' / ')}`);
      } else {
        const agency = unionBox(agencyLines);
        const under = rulesUnder(rules, agency);
        if (party) {
          const star = page.words.find((w) => w.text === '*' && w.yMin >= agency.yMax - 2 && w.yMin <= agency.yMax + 16 && Math.abs(centreX(w) - centreX(agency)) <= 6);
          if (!star) problems.push(`no “*” centred under the Party agency ${quote(agencyText)}`);
          const stray = rules.filter((rule) => centreX(rule) < textAreaCentre(page) && rule.yMin >= agency.yMax - 2 && rule.yMin <= (numberLine?.yMin ?? agency.yMax + 40));
          if (stray.length) problems.push(`a line is drawn under the Party agency (${stray.map(describeRule).join('; ')}); Party documents put a “*” there instead`);
        } else if (under.length !== 1) {
          problems.push(`expected one line centred within 12 pt under the issuing agency ${quote(agencyText)} (text ${agency.xMin.toFixed(0)}–${agency.xMax.toFixed(0)} pt, bottom at y ${agency.yMax.toFixed(0)}); lines near it: ${rulesNear(rules, agency)}`);
        } else {
          checkRuleLength(problems, `the issuing agency ${quote(agencyText)}`, under[0], widthOf(agency), 1 / 4, 3 / 5, '1/3–1/2 of its longest line (test allows 1/4–3/5)');
        }
      }

      // Right column: the national title and motto, or the Party's title.
      const rightText = right.map((l) => l.text);
      const titled = (title: string, tolerance: number) => {
        const line = right.find((l) => squash(l.text) === title);
        if (!line) {
          problems.push(`${quote(title)} is not in the header's right column, which reads: ${rightText.map(quote).join(' / ')}`);
          return;
        }
        const under = rulesUnder(rules, line);
        if (under.length !== 1) {
          problems.push(`expected one line centred within 12 pt under ${quote(title)} (text ${line.xMin.toFixed(0)}–${line.xMax.toFixed(0)} pt); lines near it: ${rulesNear(rules, line)}`);
        } else {
          checkRuleLength(problems, quote(title), under[0], widthOf(line), 1 - tolerance, 1 + tolerance, `about as long as the text (±${tolerance * 100} %)`);
        }
      };
      if (party) {
        titled('ĐẢNG CỘNG SẢN VIỆT NAM', 0.25);
        for (const stateText of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']) {
          if (page.text.includes(stateText)) problems.push(`a Party document shows the state's ${quote(stateText)}`);
        }
      } else {
        if (!rightText.some((t) => squash(t) === 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')) {
          problems.push(`the national title “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM” is not on one line of the right column: ${rightText.map(quote).join(' / ')}`);
        }
        titled('Độc lập - Tự do - Hạnh phúc', 0.25);
      }

      // Type name and summary, with a short line under the summary.
      const typeName = TYPE_NAMES[doc.kind];
      if (typeName === undefined) problems.push(`the render test does not know the type name of kind ${doc.kind}; add it to TYPE_NAMES`);
      if (typeName) {
        const typeLine = page.lines.find((l) => squash(l.text) === typeName && Math.abs(centreX(l) - textAreaCentre(page)) <= 10);
        if (!typeLine) {
          problems.push(`the type name ${quote(typeName)} is not centred on page 1`);
        } else {
          const below = page.lines.filter((l) => centreY(l) > centreY(typeLine));
          const summaryLines = findWrappedText(below, doc.summary.replace(/\n/g, ' '));
          if (!summaryLines) {
            problems.push(`the summary ${quote(squash(doc.summary))} does not follow ${quote(typeName)}; below it: ${linesInOrder(below).slice(0, 3).map((l) => quote(l.text)).join(' / ')}`);
          } else {
            const summary = unionBox(summaryLines);
            const under = rulesUnder(rules, summary);
            if (under.length !== 1) {
              problems.push(`expected one line centred within 12 pt under the summary (text ${summary.xMin.toFixed(0)}–${summary.xMax.toFixed(0)} pt, bottom at y ${summary.yMax.toFixed(0)}); lines near it: ${rulesNear(rules, summary)}`);
            } else {
              checkRuleLength(problems, 'the summary', under[0], widthOf(summary), 1 / 4, 3 / 5, '1/3–1/2 of the summary, shorter than it (test allows 1/4–3/5)');
            }
          }
        }
      }
      expectNoProblems(problems, c, r, 1);
    });

    it('reads right: title, number, place and date on page 1; no unfilled {{tokens}}', (ctx) => {
      const r = get(c, ctx);
      const { doc } = c;
      const page = r.pages[0];
      const lines = page.lines.map((l) => squash(l.text));
      const problems: string[] = [];
      if (doc.variant === 'state' && !lines.includes('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')) problems.push('page 1 has no line “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM”');
      const typeName = TYPE_NAMES[doc.kind];
      if (typeName && !lines.includes(typeName)) problems.push(`page 1 has no line ${quote(typeName)}`);
      const number = expectedNumberLine(doc);
      if (!lines.includes(number)) problems.push(`page 1 does not show ${quote(number)}; its “Số” line reads ${quote(lines.find((l) => l.startsWith('Số')) ?? 'nothing')}`);
      const pad = (n: number) => String(n).padStart(2, '0');
      const date = `${doc.header.place}, ngày ${pad(DATE.day)} tháng ${pad(DATE.month)} năm ${DATE.year}`;
      if (!lines.includes(date)) problems.push(`page 1 does not show the place and date ${quote(date)}; lines with “ngày”: ${lines.filter((l) => l.includes('ngày')).map(quote).join(' / ') || 'none'}`);
      for (const p of r.pages) {
        const token = /\{\{\w*\}?\}?/.exec(p.text);
        if (token) problems.push(`page ${p.number} shows an unfilled template token ${quote(token[0])}`);
      }
      expectNoProblems(problems, c, r, 1);
    });

    it('ends the body with “./.” and puts “Nơi nhận:” level with the first authority line', (ctx) => {
      const r = get(c, ctx);
      const problems: string[] = [];
      const mainPages = r.pages.slice(0, appendixStartPages(r.pages, c.doc.appendices.length)[0] ?? r.pages.length);
      const at = mainPages.findIndex((p) => p.lines.some((l) => l.text.startsWith('Nơi nhận:')));
      if (at < 0) {
        problems.push('“Nơi nhận:” is not printed on any page of the document');
        expectNoProblems(problems, c, r, mainPages.length);
        return;
      }
      const page = mainPages[at];
      const label = page.lines.find((l) => l.text.startsWith('Nơi nhận:')) as Line;

      // The signature column: lines well right of the text area's centre (body lines are not).
      const authority = firstAuthorityLine(c.doc);
      const signatureColumn = page.lines.filter((l) => centreX(l) > textAreaCentre(page) + 30);
      const found = findWrappedText(signatureColumn, authority);
      if (!found) {
        problems.push(`the first authority line ${quote(authority)} is not in the signature column on page ${page.number}, which reads: ${linesInOrder(signatureColumn).slice(0, 4).map((l) => quote(l.text)).join(' / ') || 'nothing'}`);
      } else {
        const dy = label.yMin - found[0].yMin;
        if (Math.abs(dy) > 20) {
          problems.push(`“Nơi nhận:” stands ${Math.abs(dy).toFixed(0)} pt ${dy > 0 ? 'below' : 'above'} ${quote(authority)}; it should be level with it (within 20 pt)`);
        }
      }

      // The body's last line: the last line above the signature table (same page, or the end of the previous one).
      const tableTop = Math.min(label.yMin, found ? found[0].yMin : Infinity);
      const textAbove = (p: PdfPage, limit: number) => linesInOrder(p.lines.filter((l) => l.yMax < limit && centreY(l) >= MARGIN.top));
      let before = textAbove(page, tableTop - 1);
      if (before.length === 0 && at > 0) before = textAbove(mainPages[at - 1], Infinity);
      const lastLine = before[before.length - 1];
      if (!lastLine || !lastLine.text.endsWith('./.')) {
        problems.push(`the body's last line reads ${quote(lastLine?.text ?? '(nothing)')}; it should end with “./.”`);
      }
      expectNoProblems(problems, c, r, page.number);
    });

    it('embeds only Liberation Serif or Times New Roman (no fallback fonts)', (ctx) => {
      const r = get(c, ctx);
      const fonts = pdfFontNames(r.pdf);
      expect(fonts.length, 'the PDF lists no fonts at all').toBeGreaterThan(0);
      const others = fonts.filter((name) => !/^(LiberationSerif|TimesNewRoman)/i.test(name.replace(/[\s_]/g, '')));
      expect(others, `${c.name}: text is set in fallback fonts (PDF: ${r.pdf})`).toEqual([]);
    });

    it('passes the OOXML schema check (../shared/ooxml/validate-docx)', async (ctx) => {
      const r = get(c, ctx);
      if (validatorProblem) {
        console.warn(`[render tests] OOXML check SKIPPED: ${validatorProblem}`);
        ctx.skip(`OOXML check skipped: ${validatorProblem}`);
      }
      const result = await (validations.get(c.name) ?? validate(r.docx));
      expect(result.ok, `${c.name}.docx fails the OOXML check:\n${result.output}`).toBe(true);
    });
  });
});
