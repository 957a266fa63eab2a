#!/usr/bin/env node
/**
 * Builds the import evaluation corpus in tests/import/corpus/ from the real sample plans in
 * ../shared/samples/clean (and the appendix each is given in tests/import/corpus/appendices.json).
 *
 * For every plan and house style it writes the truth (which block is what, in order) and inputs
 * made by producers other than our writer:
 *   <plan>/<style>.fodt           the plan as a flat ODT document (the producer's source)
 *   <plan>/<style>.docx           LibreOffice's Word file of it
 *   <plan>/<style>.pdf            LibreOffice's PDF of it
 *   <plan>/<style>.pdftotext.txt  `pdftotext` of the PDF (what Ctrl+A Ctrl+C in a viewer gives)
 *   <plan>/<style>.layout.txt     `pdftotext -layout` of the PDF
 *   <plan>/<style>.truth.json     the truth for all of the above
 * and two pastes (each paragraph a line, with and without blank lines between them):
 *   <plan>/paste-blank.txt, <plan>/paste-tight.txt, <plan>/paste.truth.json
 *
 * House styles:
 *   phu-luc   typed markers, appendix heading "Phụ lục" on a new portrait page,
 *             reference "(Ban hành kèm theo …)"
 *   phu-luc-i Word automatic numbering for headings and items, a running foot, appendix heading
 *             "PHỤ LỤC I" in its own landscape section with the margins rotated as Word rotates
 *             them, reference "(Kèm theo …)"
 *
 * Run once (LibreOffice conversions are batched): `node scripts/make-import-corpus.mjs`.
 * The outputs are committed; CI does not regenerate them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SAMPLES = resolve(ROOT, '../shared/samples/clean');
const CORPUS = join(ROOT, 'tests/import/corpus');
const APPENDICES = JSON.parse(readFileSync(join(CORPUS, 'appendices.json'), 'utf8'));
const STYLES = ['phu-luc', 'phu-luc-i'];

const esc = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// ---------------------------------------------------------------------------------------------
// The sample → blocks and truth

function readSample(file) {
  const blocks = {};
  let current = '';
  for (const raw of readFileSync(join(SAMPLES, file), 'utf8').split('\n')) {
    const label = /^\[(LEFT|RIGHT|BODY|SIGNATURE|RECIPIENTS|APPENDIX)\]$/.exec(raw.trim());
    if (label) {
      current = label[1];
      blocks[current] = [];
      continue;
    }
    // "[?]" marks a best-guess reading in the sample; it is not document text.
    if (current && raw.trim()) blocks[current].push(raw.replace(/\[\?\]/g, '').trim().normalize('NFC'));
  }
  return { name: file.replace(/\.clean\.txt$/, ''), left: blocks.LEFT ?? [], right: blocks.RIGHT ?? [], body: blocks.BODY ?? [], signature: blocks.SIGNATURE ?? [], recipients: blocks.RECIPIENTS ?? [] };
}

const MARKERS = [
  ['section', /^([IVX]+)\.\s+(.*)$/u],
  ['clause', /^(\d+)\.\s+(.*)$/u],
  ['point', /^([a-zđ])\)\s+(.*)$/u],
  ['plus', /^(\+)\s*(.*)$/u],
  ['dash', /^(-)(?:\s+(.*))?$/u],
];

function bodyItem(line) {
  for (const [kind, re] of MARKERS) {
    const m = re.exec(line);
    if (m) return { kind, marker: m[1], text: m[2] ?? '' };
  }
  return { kind: 'paragraph', marker: '', text: line };
}

/** The truth of a plan: header fields, body blocks, closing, signature, recipients, appendix. */
function truthOf(sample, style) {
  const header = { parentAgency: '', issuingAgency: '', numberLine: '', subject: '', nationalTitle: false, placeDate: '' };
  const agencies = [];
  let afterNumber = false;
  for (const line of sample.left) {
    if (/^Số[\s:]/u.test(line)) {
      header.numberLine = line;
      afterNumber = true;
    } else if (/^V\/v\b/u.test(line)) header.subject = line.replace(/^V\/v\s*/u, '');
    else if (!afterNumber) agencies.push(line);
  }
  if (agencies.length === 1) header.issuingAgency = agencies[0];
  else if (agencies.length > 1 && /^(ỦY|UỶ) BAN NHÂN DÂN$/u.test(agencies[0])) header.issuingAgency = agencies.join(' ');
  else if (agencies.length > 1) {
    header.parentAgency = agencies[0];
    header.issuingAgency = agencies.slice(1).join(' ');
  }
  for (const line of sample.right) {
    if (/ngày/u.test(line)) header.placeDate = line;
    if (/^CỘNG HÒA/u.test(line)) header.nationalTitle = true;
  }
  const body = [];
  let kind = 'cong-van';
  let summary = header.subject;
  const addressees = [];
  let closing = '';
  let k = 0;
  if (sample.body[0] === 'KẾ HOẠCH') {
    kind = 'ke-hoach';
    summary = sample.body[1];
    k = 2;
  }
  for (; k < sample.body.length; k++) {
    const line = sample.body[k];
    const addressee = /^Kính gửi:\s*(.*)$/u.exec(line);
    if (addressee) {
      addressees.push(addressee[1].replace(/[.;]$/u, ''));
      continue;
    }
    if (k === sample.body.length - 1 && /\.\/\.$/u.test(line)) {
      closing = line.replace(/\s*\.\/\.$/u, '');
      continue;
    }
    body.push(bodyItem(line));
  }
  const recipients = [];
  let archive = '';
  for (const line of sample.recipients) {
    if (/^Nơi nhận/u.test(line)) continue;
    const lưu = /^-\s*Lưu\b\s*(:?)\s*(.*?)\.?$/u.exec(line);
    if (lưu) archive = lưu[2];
    else recipients.push(line.replace(/^-\s*/u, '').replace(/[;.,]$/u, ''));
  }
  // The agency code: from the number, or (a Party number left blank) the body after "Lưu VP.".
  let agencyCode = '';
  const code = /\/(.+)$/u.exec(header.numberLine)?.[1] ?? '';
  if (code) {
    const groups = code.split('-');
    agencyCode = groups.length > 1 && /^(KH|QĐ|BC|TB|HD|CTr)$/u.test(groups[0]) ? groups[1] : groups[0];
  } else if (archive) agencyCode = /([A-ZĐ]+)$/u.exec(archive)?.[1] ?? '';
  header.agencyCode = agencyCode;
  const a = APPENDICES[sample.name];
  const appendix = {
    heading: style === 'phu-luc' ? 'Phụ lục' : 'PHỤ LỤC I',
    title: a.title,
    reference: style === 'phu-luc' ? `(Ban hành kèm theo ${a.reference})` : `(Kèm theo ${a.reference})`,
    header: a.header,
    rows: a.rows,
    landscape: style !== 'phu-luc',
  };
  return {
    plan: sample.name,
    style,
    kind,
    party: sample.signature.some((l) => /^[TK]\/[MTL]\b/u.test(l)),
    header: { ...header, summary },
    addressees,
    // A clause with a title (no sentence punctuation) is bold: "clause*".
    body: body.map(({ kind: k2, text }) => ({ kind: k2 === 'clause' && isTitle(text) ? 'clause*' : k2, text })),
    closing,
    signature: sample.signature,
    recipients,
    archive,
    archiveLine: sample.recipients.find((l) => /^-\s*Lưu\b/u.test(l)) ?? '',
    appendices: [appendix],
  };
}

// ---------------------------------------------------------------------------------------------
// Flat ODT in two house styles

const P = (style, inner) => `<text:p text:style-name="${style}">${inner}</text:p>`;
const B = (text) => `<text:span text:style-name="Bold">${esc(text)}</text:span>`;
const I = (text) => `<text:span text:style-name="Italic">${esc(text)}</text:span>`;

function headerTable(sample) {
  const left1 = [];
  const left2 = [];
  let afterNumber = false;
  const agencies = sample.left.filter((l) => !/^Số[\s:]|^V\/v\b/u.test(l));
  sample.left.forEach((line) => {
    if (/^Số[\s:]/u.test(line)) afterNumber = true;
    if (!afterNumber) {
      // The issuing agency is bold; its parent (the first of several lines, unless one agency wraps) is not.
      const isParent = agencies.length > 1 && line === agencies[0] && !/^(ỦY|UỶ) BAN NHÂN DÂN$/u.test(line);
      left1.push(P('HeadC', isParent ? esc(line) : B(line)));
    } else left2.push(P(/^V\/v/u.test(line) ? 'Small' : 'HeadC', esc(line)));
  });
  const right1 = [];
  const right2 = [];
  for (const line of sample.right) {
    if (/ngày/u.test(line)) right2.push(P('HeadC', I(line)));
    else right1.push(P('HeadC', B(line)));
  }
  const cell = (paras) => `<table:table-cell table:style-name="Cell" office:value-type="string">${paras.length ? paras.join('') : P('HeadC', '')}</table:table-cell>`;
  return `<table:table table:name="Header" table:style-name="Layout"><table:table-column table:style-name="ColL"/><table:table-column table:style-name="ColR"/><table:table-row>${cell(left1)}${cell(right1)}</table:table-row><table:table-row>${cell(left2)}${cell(right2)}</table:table-row></table:table>`;
}

function signatureTable(sample) {
  const left = sample.recipients.map((line, i) => (i === 0 ? P('Label', `<text:span text:style-name="BoldItalic">${esc(line)}</text:span>`) : P('Recipient', esc(line))));
  const sig = sample.signature;
  const right = [];
  sig.forEach((line, i) => {
    const isName = i === sig.length - 1 && /\p{Ll}/u.test(line);
    if (isName) right.push(P('HeadC', ''), P('HeadC', ''), P('HeadC', ''));
    right.push(P('HeadC', B(line)));
  });
  const cell = (paras) => `<table:table-cell table:style-name="Cell" office:value-type="string">${paras.length ? paras.join('') : P('HeadC', '')}</table:table-cell>`;
  return `<table:table table:name="Signature" table:style-name="Layout"><table:table-column table:style-name="ColL"/><table:table-column table:style-name="ColR"/><table:table-row>${cell(left)}${cell(right)}</table:table-row></table:table>`;
}

function appendixXml(truth, style) {
  const a = truth.appendices[0];
  const widths = APPENDICES[truth.plan].widths;
  const total = widths.reduce((x, y) => x + y, 0);
  const textWidth = style === 'phu-luc' ? 16.5 : 24.7;
  const cols = widths.map((w, i) => `<table:table-column table:style-name="D${i}"/>`).join('');
  const colStyles = widths.map((w, i) => `<style:style style:name="D${i}" style:family="table-column"><style:table-column-properties style:column-width="${((w / total) * textWidth).toFixed(2)}cm"/></style:style>`).join('');
  const cell = (text, bold) => `<table:table-cell table:style-name="Grid" office:value-type="string">${P(bold ? 'CellC' : /^\d+$/u.test(text) ? 'CellC' : 'Cell', bold ? B(text) : esc(text))}</table:table-cell>`;
  const head = `<table:table-header-rows><table:table-row>${a.header.map((h) => cell(h, true)).join('')}</table:table-row></table:table-header-rows>`;
  const rows = a.rows.map((r) => `<table:table-row>${r.map((c) => cell(c, false)).join('')}</table:table-row>`).join('');
  const first = style === 'phu-luc' ? 'AppendixPortrait' : 'AppendixLandscape';
  return {
    styles: colStyles,
    xml: [P(first, B(a.heading)), P('HeadC', B(a.title)), P('HeadC', I(a.reference)), P('HeadC', ''), `<table:table table:name="Appendix" table:style-name="DataTable">${cols}${head}${rows}</table:table>`].join('\n'),
  };
}

const isTitle = (text) => !/[.;:]$/u.test(text) && !text.includes(':');

const LIST_LEVEL = { section: 1, clause: 2, point: 3, dash: 4, plus: 5 };

function bodyXml(sample, truth, style) {
  const out = [];
  const numbered = style === 'phu-luc-i';
  if (truth.kind === 'ke-hoach') out.push(P('HeadC', B('KẾ HOẠCH')), P('HeadC', B(truth.header.summary)), P('HeadC', '________'));
  // The closing sentence is written after the body (the caller adds it).
  const lines = sample.body.slice(truth.kind === 'ke-hoach' ? 2 : 0, truth.closing ? -1 : undefined);
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (/^Kính gửi:/u.test(line)) {
      out.push(P('HeadC', esc(line)));
      i++;
      continue;
    }
    const item = bodyItem(line);
    const bold = item.kind === 'section' || (item.kind === 'clause' && isTitle(item.text));
    const inner = (text) => (bold ? B(text) : esc(text));
    if (!numbered || item.kind === 'paragraph' || (item.kind === 'dash' && !item.text)) {
      out.push(P('Body', inner(line)));
      i++;
      continue;
    }
    // Word automatic numbering: consecutive items in one list, nested by level.
    const run = [];
    while (i < lines.length && bodyItem(lines[i]).kind !== 'paragraph' && !(bodyItem(lines[i]).kind === 'dash' && !bodyItem(lines[i]).text)) run.push(bodyItem(lines[i++]));
    const items = run.map((it) => {
      const b = it.kind === 'section' || (it.kind === 'clause' && isTitle(it.text));
      let xml = P('Body', b ? B(it.text) : esc(it.text));
      for (let l = 1; l < LIST_LEVEL[it.kind]; l++) xml = `<text:list><text:list-item>${xml}</text:list-item></text:list>`;
      return `<text:list-item>${xml}</text:list-item>`;
    });
    out.push(`<text:list text:style-name="VN" text:continue-numbering="true">${items.join('')}</text:list>`);
  }
  return out.join('\n');
}

/** Section numbers as the source wrote them (the list restarts where a written number skips). */
function listStyle() {
  const number = (level, format, suffix) =>
    `<text:list-level-style-number text:level="${level}" style:num-format="${format}" style:num-suffix="${suffix}" text:display-levels="1"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="space" fo:text-indent="0cm" fo:margin-left="0cm"/></style:list-level-properties></text:list-level-style-number>`;
  const bullet = (level, char) =>
    `<text:list-level-style-bullet text:level="${level}" text:bullet-char="${char}"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="space" fo:text-indent="0cm" fo:margin-left="0cm"/></style:list-level-properties></text:list-level-style-bullet>`;
  return `<text:list-style style:name="VN">${number(1, 'I', '.')}${number(2, '1', '.')}${number(3, 'a', ')')}${bullet(4, '-')}${bullet(5, '+')}</text:list-style>`;
}

function fodt(sample, truth, style) {
  const appendix = appendixXml(truth, style);
  const foot = style === 'phu-luc-i' ? `<style:footer><text:p text:style-name="Foot">${esc(`${truth.kind === 'ke-hoach' ? 'Kế hoạch' : 'Công văn'} ${truth.header.numberLine.replace(/^Số:?\s*/u, '') || 'tuyên truyền CCHC'}`)}</text:p></style:footer>` : '';
  const head = `<style:header><text:p text:style-name="PageNo"><text:page-number text:select-page="current"/></text:p></style:header>`;
  // Portrait A4, margins 20/20/30/15 mm; Word's landscape section rotates them (left 30 → top, …).
  const portrait = `<style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="1cm" fo:margin-bottom="1cm" fo:margin-left="3cm" fo:margin-right="1.5cm"/><style:header-style><style:header-footer-properties fo:min-height="1cm" fo:margin-bottom="0.2cm"/></style:header-style><style:footer-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-top="0.2cm"/></style:footer-style>`;
  const landscape = `<style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21cm" style:print-orientation="landscape" fo:margin-top="2cm" fo:margin-bottom="1cm" fo:margin-left="2cm" fo:margin-right="2cm"/><style:header-style><style:header-footer-properties fo:min-height="1cm" fo:margin-bottom="0.2cm"/></style:header-style><style:footer-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-top="0.2cm"/></style:footer-style>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="Times New Roman" svg:font-family="'Times New Roman'"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:text-properties style:font-name="Times New Roman" fo:font-size="14pt"/></style:default-style>
<style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:text-indent="1cm" fo:margin-bottom="0.21cm"/><style:text-properties style:font-name="Times New Roman" fo:font-size="14pt"/></style:style>
<style:style style:name="HeadC" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties style:font-name="Times New Roman" fo:font-size="13pt"/></style:style>
<style:style style:name="Small" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.21cm"/><style:text-properties style:font-name="Times New Roman" fo:font-size="12pt"/></style:style>
<style:style style:name="Label" style:family="paragraph"><style:text-properties style:font-name="Times New Roman" fo:font-size="12pt"/></style:style>
<style:style style:name="Recipient" style:family="paragraph"><style:text-properties style:font-name="Times New Roman" fo:font-size="11pt"/></style:style>
<style:style style:name="Cell" style:family="paragraph"><style:text-properties style:font-name="Times New Roman" fo:font-size="12pt"/></style:style>
<style:style style:name="CellC" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties style:font-name="Times New Roman" fo:font-size="12pt"/></style:style>
<style:style style:name="PageNo" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties style:font-name="Times New Roman" fo:font-size="13pt"/></style:style>
<style:style style:name="Foot" style:family="paragraph"><style:paragraph-properties fo:text-align="right"/><style:text-properties style:font-name="Times New Roman" fo:font-size="10pt" fo:font-style="italic"/></style:style>
<style:style style:name="Bold" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Italic" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
<style:style style:name="BoldItalic" style:family="text"><style:text-properties fo:font-weight="bold" fo:font-style="italic"/></style:style>
${listStyle()}
</office:styles>
<office:automatic-styles>
<style:style style:name="Layout" style:family="table" style:master-page-name="First"><style:table-properties style:width="16.5cm" table:align="margins"/></style:style>
<style:style style:name="ColL" style:family="table-column"><style:table-column-properties style:column-width="6.6cm"/></style:style>
<style:style style:name="ColR" style:family="table-column"><style:table-column-properties style:column-width="9.9cm"/></style:style>
<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:border="none" fo:padding="0.05cm"/></style:style>
<style:style style:name="DataTable" style:family="table"><style:table-properties style:width="${style === 'phu-luc' ? '16.5' : '24.7'}cm" table:align="margins"/></style:style>
<style:style style:name="Grid" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.1cm"/></style:style>
${appendix.styles}
<style:style style:name="AppendixPortrait" style:family="paragraph" style:parent-style-name="HeadC"><style:paragraph-properties fo:break-before="page"/><style:text-properties fo:font-size="14pt"/></style:style>
<style:style style:name="AppendixLandscape" style:family="paragraph" style:parent-style-name="HeadC" style:master-page-name="Landscape"><style:text-properties fo:font-size="14pt"/></style:style>
<style:page-layout style:name="PLPortrait">${portrait}</style:page-layout>
<style:page-layout style:name="PLLandscape">${landscape}</style:page-layout>
</office:automatic-styles>
<office:master-styles>
<style:master-page style:name="Standard" style:page-layout-name="PLPortrait">${head}${foot}</style:master-page>
<style:master-page style:name="First" style:page-layout-name="PLPortrait" style:next-style-name="Standard">${foot}</style:master-page>
<style:master-page style:name="Landscape" style:page-layout-name="PLLandscape">${head}${foot}</style:master-page>
</office:master-styles>
<office:body><office:text>
${headerTable(sample)}
${bodyXml(sample, truth, style)}
${P('Body', esc(truth.closing ? `${truth.closing}./.` : ''))}
${signatureTable(sample)}
${appendix.xml}
</office:text></office:body></office:document>`;
}

// ---------------------------------------------------------------------------------------------
// Pastes: each paragraph a line (a clerk copying from an e-mail or a web page)

function paste(sample, truth, blank) {
  const lines = [...sample.left, ...sample.right, ...sample.body, ...sample.signature, ...sample.recipients];
  const a = truth.appendices[0];
  lines.push(a.heading, a.title, a.reference, a.header.join('\t'), ...a.rows.map((r) => r.join('\t')));
  return `${lines.join(blank ? '\n\n' : '\n')}\n`;
}

// ---------------------------------------------------------------------------------------------

function run(command, args) {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 600_000 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}${result.stderr}`);
  return result.stdout;
}

function main() {
  const samples = readdirSync(SAMPLES).filter((f) => f.endsWith('.clean.txt')).sort().map(readSample);
  const fodts = [];
  for (const sample of samples) {
    const dir = join(CORPUS, sample.name);
    mkdirSync(dir, { recursive: true });
    for (const style of STYLES) {
      const truth = truthOf(sample, style);
      writeFileSync(join(dir, `${style}.truth.json`), `${JSON.stringify(truth, null, 2)}\n`);
      const file = join(dir, `${style}.fodt`);
      writeFileSync(file, fodt(sample, truth, style));
      fodts.push(file);
    }
    const pasteTruth = truthOf(sample, 'phu-luc-i');
    pasteTruth.style = 'paste';
    writeFileSync(join(dir, 'paste.truth.json'), `${JSON.stringify(pasteTruth, null, 2)}\n`);
    writeFileSync(join(dir, 'paste-blank.txt'), paste(sample, pasteTruth, true));
    writeFileSync(join(dir, 'paste-tight.txt'), paste(sample, pasteTruth, false));
  }
  // One LibreOffice run per output format, all files at once (copies with unique names).
  const work = mkdtempSync(join(tmpdir(), 'vanban-corpus-'));
  const profile = mkdtempSync(join(tmpdir(), 'vanban-corpus-lo-'));
  try {
    const copies = fodts.map((file) => {
      const copy = join(work, `${basename(dirname(file))}__${basename(file)}`);
      writeFileSync(copy, readFileSync(file));
      return copy;
    });
    for (const format of ['docx:MS Word 2007 XML', 'pdf:writer_pdf_Export']) {
      run('soffice', ['--headless', '--norestore', '--nologo', '--nodefault', `-env:UserInstallation=${pathToFileURL(profile).href}`, '--convert-to', format, '--outdir', work, ...copies]);
    }
    fodts.forEach((file, index) => {
      const stem = copies[index].replace(/\.fodt$/, '');
      const target = file.replace(/\.fodt$/, '');
      for (const ext of ['docx', 'pdf']) {
        if (!existsSync(`${stem}.${ext}`)) throw new Error(`LibreOffice made no .${ext} of ${file}`);
        writeFileSync(`${target}.${ext}`, readFileSync(`${stem}.${ext}`));
      }
      writeFileSync(`${target}.pdftotext.txt`, run('pdftotext', ['-enc', 'UTF-8', `${target}.pdf`, '-']));
      writeFileSync(`${target}.layout.txt`, run('pdftotext', ['-layout', '-enc', 'UTF-8', `${target}.pdf`, '-']));
    });
  } finally {
    rmSync(profile, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  }
}

export { fodt, main, paste, readSample, truthOf };
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
