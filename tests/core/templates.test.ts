/**
 * The shipped templates (templates/*.json) and example agency profiles (templates/profiles/*.json):
 * every template loads, creates a valid document, and follows the conventions the writer relies on.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultTemplatesDir, listTemplates, loadAgencyProfile } from '../../electron/node/templates';
import { createDocumentFromTemplate, type DocumentTemplate } from '../../core/template/template';
import type { AgencyProfile } from '../../core/model/schema';
import type { BodyBlock, InlineText, TableBlock, VanBanDocument } from '../../core/model/types';
import { documentSchema } from '../../core/model/schema';
import { upperVi } from '../../core/model/text';

const TODAY = { year: 2026 };
const EXPECTED_IDS = ['cong-van', 'ke-hoach-dang', 'ke-hoach-phu-luc', 'ke-hoach-so', 'ke-hoach-ubnd-tinh'];

/** A profile from another province, so anything a template hard-codes about Quảng Trị shows up. */
const HA_TINH: AgencyProfile = {
  parentAgency: '',
  issuingAgency: 'ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH',
  issuingAgencyInText: 'Ủy ban nhân dân tỉnh Hà Tĩnh',
  agencyCode: 'UBND',
  place: 'Hà Tĩnh',
  signature: { signerName: 'Lê Văn C' },
  recipients: ['Thường trực Tỉnh ủy (để b/c)', 'Các sở, ban, ngành tỉnh'],
  archive: 'VT, TH',
};

const text = (runs: InlineText[]): string => runs.map((run) => run.text).join('');

/** Every body block, depth first, with appendix bodies after the main body. */
function allBlocks(doc: VanBanDocument): BodyBlock[] {
  const out: BodyBlock[] = [];
  const visit = (blocks: BodyBlock[]) => {
    for (const block of blocks) {
      out.push(block);
      if ('children' in block) visit(block.children);
    }
  };
  visit(doc.body);
  for (const appendix of doc.appendices) visit(appendix.body);
  return out;
}

function blockText(block: BodyBlock): string {
  if (block.type === 'table') {
    const { headerRows, rows } = block.table;
    return [...headerRows, ...rows].flat().flatMap((cell) => cell.paragraphs.map(text)).join('\n');
  }
  return text(block.content);
}

function allStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((item) => allStrings(item, out));
  else if (value !== null && typeof value === 'object') Object.values(value).forEach((item) => allStrings(item, out));
  return out;
}

function allIds(doc: VanBanDocument): string[] {
  return [...allBlocks(doc).map((block) => block.id), ...doc.appendices.map((appendix) => appendix.id)];
}

let dir: string;
let templates: DocumentTemplate[];
const byId = (id: string): DocumentTemplate => {
  const found = templates.find((template) => template.id === id);
  if (!found) throw new Error(`template ${id} not found`);
  return found;
};

beforeAll(async () => {
  dir = defaultTemplatesDir();
  templates = await listTemplates(dir);
});

describe('template files', () => {
  it('lists exactly the shipped templates, each with a unique id matching its file name', async () => {
    expect(templates.map((template) => template.id)).toEqual(EXPECTED_IDS);
    const files = (await readdir(dir)).filter((name) => name.endsWith('.json')).sort();
    expect(files).toEqual(EXPECTED_IDS.map((id) => `${id}.json`));
  });

  it('has Vietnamese and English titles and descriptions', () => {
    for (const template of templates) {
      expect(template.title, template.id).toMatch(/[ạ-ỹà-ýăđơư]/i);
      expect(template.titleEn, template.id).toMatch(/^(Plan|Official letter)\b/);
      expect(template.description.length, template.id).toBeGreaterThan(20);
      expect(template.descriptionEn.length, template.id).toBeGreaterThan(20);
    }
  });

  it('stores all text in NFC', async () => {
    const profileDir = join(dir, 'profiles');
    const paths = [
      ...(await readdir(dir)).filter((n) => n.endsWith('.json')).map((n) => join(dir, n)),
      ...(await readdir(profileDir)).filter((n) => n.endsWith('.json')).map((n) => join(profileDir, n)),
    ];
    expect(paths.length).toBeGreaterThanOrEqual(EXPECTED_IDS.length + 2);
    for (const path of paths) {
      const raw = await readFile(path, 'utf8');
      expect(raw.normalize('NFC') === raw, path).toBe(true);
    }
  });
});

describe.each(EXPECTED_IDS)('template %s', (id) => {
  let doc: VanBanDocument;
  beforeAll(() => {
    doc = createDocumentFromTemplate(byId(id), { today: TODAY });
  });

  it('creates a valid, blank-numbered document dated in the given year', () => {
    expect(documentSchema.safeParse(doc).success).toBe(true);
    expect(doc.header.number).toBeNull();
    expect(doc.header.date).toEqual({ day: null, month: null, year: 2026 });
    expect(doc.comments).toEqual([]);
  });

  it('replaces every token', () => {
    const leftover = allStrings(doc).filter((s) => s.includes('{{') || s.includes('}}'));
    expect(leftover).toEqual([]);
    expect(allStrings(doc).some((s) => s.includes('2026'))).toBe(true);
  });

  it('keeps the punctuation the writer adds out of the text', () => {
    const bodyTexts = [...allBlocks(doc).map(blockText), doc.closing];
    expect(bodyTexts.filter((s) => s.includes('./.'))).toEqual([]);
    expect(doc.closing).not.toMatch(/[.;,:]\s*$/);
    expect(doc.closing.trim().length).toBeGreaterThan(0);
    for (const line of doc.recipients) {
      expect(line, 'recipient').not.toMatch(/^\s*[-–+•]/);
      expect(line, 'recipient').not.toMatch(/[;.,]\s*$/);
    }
    expect(doc.recipients.length).toBeGreaterThan(0);
    for (const line of doc.legalBasis) {
      expect(line).toMatch(/^Căn cứ /);
      expect(line).not.toMatch(/[;.,]\s*$/);
    }
    expect(doc.archive).toMatch(/^\S/);
    expect(doc.archive).not.toMatch(/^Lưu|[.;]$/);
  });

  it('writes section headings in capitals and has no empty text blocks', () => {
    for (const block of allBlocks(doc)) {
      if (block.type === 'table') continue;
      expect(blockText(block).trim().length, block.type).toBeGreaterThan(0);
      if (block.type === 'section') expect(upperVi(blockText(block))).toBe(blockText(block));
    }
  });

  it('gives every block and appendix a unique id, different on each creation', () => {
    const ids = allIds(doc);
    expect(ids.length).toBeGreaterThan(3);
    expect(new Set(ids).size).toBe(ids.length);
    const again = allIds(createDocumentFromTemplate(byId(id), { today: TODAY }));
    expect(again.length).toBe(ids.length);
    expect(again.filter((other) => ids.includes(other))).toEqual([]);
  });

  it('refers to its appendices from the body', () => {
    if (doc.appendices.length === 0) return;
    const body = doc.body.flatMap((block) => [block, ...('children' in block ? block.children : [])]).map(blockText).join('\n');
    expect(body).toMatch(/chi tiết tại Phụ lục kèm theo/);
  });

  it('takes agency, place, signature and recipients from a profile from another province', () => {
    const template = byId(id);
    const created = createDocumentFromTemplate(template, { today: TODAY, profile: HA_TINH });
    expect(created.header).toMatchObject({
      parentAgency: '',
      issuingAgency: 'ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH',
      issuingAgencyInText: 'Ủy ban nhân dân tỉnh Hà Tĩnh',
      agencyCode: 'UBND',
      place: 'Hà Tĩnh',
      number: null,
    });
    expect(created.signature).toEqual({ ...doc.signature, signerName: 'Lê Văn C' });
    // A letter keeps "Như trên" (its Kính gửi addressees) in front of the profile's recipients.
    const expectedRecipients = doc.kind === 'cong-van' ? ['Như trên', ...HA_TINH.recipients!] : HA_TINH.recipients;
    expect(created.recipients).toEqual(expectedRecipients);
    expect(created.archive).toBe('VT, TH');
    // Nothing of the template's own agency or province is left behind.
    const everything = allStrings(created).join('\n');
    expect(everything).not.toMatch(/Quảng Trị|QUẢNG TRỊ/);
    expect(everything).not.toContain(doc.header.issuingAgencyInText);
    if (allStrings(template.document).some((s) => s.includes('{{agency}}'))) {
      expect(everything).toContain('Ủy ban nhân dân tỉnh Hà Tĩnh');
    }
  });
});

describe('plans (Kế hoạch)', () => {
  const planIds = EXPECTED_IDS.filter((id) => id.startsWith('ke-hoach'));

  it.each(planIds)('%s is a typed document with a summary for the year and no Kính gửi', (id) => {
    const doc = createDocumentFromTemplate(byId(id), { today: TODAY });
    expect(doc.kind).toBe('ke-hoach');
    expect(doc.addressees).toEqual([]);
    expect(doc.summary).toMatch(/năm 2026$/);
    const sections = doc.body.filter((block) => block.type === 'section').map(blockText);
    expect(sections.length).toBeGreaterThanOrEqual(3);
    expect(sections[0]).toMatch(/^MỤC (ĐÍCH|TIÊU), YÊU CẦU/);
    expect(sections.at(-1)).toBe('TỔ CHỨC THỰC HIỆN');
  });

  it('the provincial People’s Committee plan follows the usual skeleton and signs KT. CHỦ TỊCH', () => {
    const doc = createDocumentFromTemplate(byId('ke-hoach-ubnd-tinh'), { today: TODAY });
    expect(doc.header).toMatchObject({ parentAgency: '', issuingAgency: 'ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ', agencyCode: 'UBND' });
    expect(doc.variant).toBe('state');
    expect(doc.signature).toEqual({
      collective: 'ỦY BAN NHÂN DÂN',
      authority: 'KT',
      headTitle: 'CHỦ TỊCH',
      signerTitle: 'PHÓ CHỦ TỊCH',
      signerName: '',
    });
    const sections = doc.body.filter((block) => block.type === 'section');
    expect(sections.map(blockText)).toEqual(['MỤC ĐÍCH, YÊU CẦU', 'NỘI DUNG', 'KINH PHÍ THỰC HIỆN', 'TỔ CHỨC THỰC HIỆN']);
    const [purpose, content, , organisation] = sections;
    expect(purpose.type === 'section' && purpose.children.map(blockText)).toEqual(['Mục đích', 'Yêu cầu']);
    expect(purpose.type === 'section' && purpose.children.every((c) => c.type === 'clause' && c.titled && c.children.every((d) => d.type === 'dash'))).toBe(true);
    const contentPoints = content.type === 'section' ? content.children.flatMap((c) => ('children' in c ? c.children : [])) : [];
    expect(contentPoints.filter((block) => block.type === 'point').length).toBeGreaterThanOrEqual(2);
    const tasks = organisation.type === 'section' ? organisation.children[0] : undefined;
    const pointTexts = tasks && 'children' in tasks ? tasks.children.filter((b) => b.type === 'point').map(blockText) : [];
    expect(pointTexts.length).toBeGreaterThanOrEqual(5);
    expect(pointTexts.some((t) => t.startsWith('Sở Tài chính'))).toBe(true);
    expect(doc.legalBasis.length).toBeGreaterThanOrEqual(1);
    expect(doc.closing).toMatch(/^Trên đây là Kế hoạch/);
    expect(doc.archive).toMatch(/^VT, /);
  });

  it('the department plan has a parent agency and signs KT. GIÁM ĐỐC', () => {
    const doc = createDocumentFromTemplate(byId('ke-hoach-so'), { today: TODAY });
    expect(doc.header.parentAgency).toBe('UBND TỈNH QUẢNG TRỊ');
    expect(doc.header.issuingAgency).toMatch(/^SỞ /);
    expect(doc.signature).toMatchObject({ collective: '', authority: 'KT', headTitle: 'GIÁM ĐỐC', signerTitle: 'PHÓ GIÁM ĐỐC' });
  });

  it('the Party plan is a Party-variant document of the Propaganda Board', () => {
    const doc = createDocumentFromTemplate(byId('ke-hoach-dang'), { today: TODAY });
    expect(doc.variant).toBe('party');
    expect(doc.header).toMatchObject({ parentAgency: 'TỈNH ỦY QUẢNG TRỊ', issuingAgency: 'BAN TUYÊN GIÁO', agencyCode: 'BTGTU' });
    expect(doc.signature).toMatchObject({ collective: '', authority: 'KT', headTitle: 'TRƯỞNG BAN', signerTitle: 'PHÓ TRƯỞNG BAN' });
    expect(doc.recipients[0]).toMatch(/^Thường trực Tỉnh ủy/);
    expect(doc.archive).toBe('VP.BTGTU');
    // The board names itself in its own tasks: filled from the header, so a profile renames it.
    expect(allBlocks(doc).map(blockText).some((t) => t.startsWith('Ban Tuyên giáo Tỉnh ủy:'))).toBe(true);
  });

  it('the appendix plan puts a numbered task table on a landscape appendix', () => {
    const doc = createDocumentFromTemplate(byId('ke-hoach-phu-luc'), { today: TODAY });
    expect(doc.appendices).toHaveLength(1);
    const [appendix] = doc.appendices;
    expect(appendix.landscape).toBe(true);
    expect(appendix.title).toBe(upperVi(appendix.title));
    expect(appendix.title).toContain('2026');
    const tables = appendix.body.filter((block): block is TableBlock => block.type === 'table');
    expect(tables).toHaveLength(1);
    const { table } = tables[0];
    expect(table.numbered).toBe(true);
    expect(table.headerRows).toHaveLength(1);
    expect(table.headerRows[0].map((cell) => cell.paragraphs.map(text).join(' '))).toEqual([
      'STT',
      'Nội dung',
      'Cơ quan chủ trì',
      'Cơ quan phối hợp',
      'Thời gian hoàn thành',
    ]);
    expect(table.columns).toHaveLength(5);
    const widths = table.columns.map((column) => column.width);
    expect(widths[0]).toBeLessThan(Math.min(...widths.slice(1)));
    expect(widths[1]).toBe(Math.max(...widths));
    expect(table.rows.length).toBeGreaterThanOrEqual(3);
    expect(table.rows.length).toBeLessThanOrEqual(5);
    for (const row of table.rows) {
      expect(row).toHaveLength(5);
      expect(row.slice(1).every((cell) => cell.paragraphs.map(text).join('').trim().length > 0)).toBe(true);
    }
  });
});

describe('official letter (Công văn)', () => {
  it('has addressees, a summary without V/v, a unit code and recipients starting "Như trên"', () => {
    const doc = createDocumentFromTemplate(byId('cong-van'), { today: TODAY });
    expect(doc.kind).toBe('cong-van');
    expect(doc.variant).toBe('state');
    expect(doc.header).toMatchObject({ agencyCode: 'STTTT', unitCode: 'TTBCXB', parentAgency: 'UBND TỈNH QUẢNG TRỊ' });
    expect(doc.addressees.length).toBeGreaterThan(0);
    expect(doc.summary).not.toMatch(/^\s*V\/v/i);
    expect(doc.summary.trim().length).toBeGreaterThan(0);
    expect(doc.recipients[0]).toBe('Như trên');
    expect(doc.legalBasis).toEqual([]);
    expect(doc.body.some((block) => block.type === 'section')).toBe(false);
    expect(doc.body.filter((block) => block.type === 'dash').length).toBeGreaterThanOrEqual(2);
  });
});

describe('example agency profiles', () => {
  it('the provincial People’s Committee profile sets header, signer and recipients', async () => {
    const profile = await loadAgencyProfile(join(dir, 'profiles', 'ubnd-tinh-quang-tri.json'));
    const doc = createDocumentFromTemplate(byId('ke-hoach-ubnd-tinh'), { today: TODAY, profile });
    expect(doc.header).toMatchObject({
      parentAgency: '',
      issuingAgency: 'ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ',
      issuingAgencyInText: 'Ủy ban nhân dân tỉnh Quảng Trị',
      agencyCode: 'UBND',
      place: 'Quảng Trị',
    });
    expect(doc.signature.signerName).toBe(profile.signature?.signerName);
    expect(doc.signature.signerName.trim().length).toBeGreaterThan(0);
    expect(doc.recipients).toEqual(profile.recipients);
    expect(text((doc.body[0] as { content: InlineText[] }).content)).toBe(
      'Ủy ban nhân dân tỉnh Quảng Trị ban hành Kế hoạch [tên kế hoạch] năm 2026 như sau:',
    );
  });

  it('the department profile turns the department plan into one of that department, keeping template recipients', async () => {
    const profile = await loadAgencyProfile(join(dir, 'profiles', 'so-tttt-quang-tri.json'));
    const template = byId('ke-hoach-so');
    const plain = createDocumentFromTemplate(template, { today: TODAY });
    const doc = createDocumentFromTemplate(template, { today: TODAY, profile });
    expect(doc.header).toMatchObject({
      parentAgency: 'UBND TỈNH QUẢNG TRỊ',
      issuingAgency: 'SỞ THÔNG TIN\nVÀ TRUYỀN THÔNG',
      agencyCode: 'STTTT',
      unitCode: '',
    });
    expect(doc.signature).toMatchObject({ authority: 'KT', headTitle: 'GIÁM ĐỐC', signerTitle: 'PHÓ GIÁM ĐỐC' });
    expect(doc.signature.signerName).toBe(profile.signature?.signerName);
    expect(doc.recipients).toEqual(plain.recipients);
    expect(doc.archive).toBe(plain.archive);
    const body = allBlocks(doc).map(blockText).join('\n') + doc.closing;
    expect(body).toContain('Sở Thông tin và Truyền thông xây dựng Kế hoạch');
    expect(body).not.toContain('Sở Giáo dục và Đào tạo');
  });

  it('the department profile keeps a letter’s "Như trên" and unit code', async () => {
    const profile = await loadAgencyProfile(join(dir, 'profiles', 'so-tttt-quang-tri.json'));
    const doc = createDocumentFromTemplate(byId('cong-van'), { today: TODAY, profile });
    expect(doc.recipients[0]).toBe('Như trên');
    expect(doc.header.unitCode).toBe('TTBCXB');
  });
});
