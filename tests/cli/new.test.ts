import { beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocumentFile } from '../../core/file/document-file';
import { buildCli, errorLineOf, runVanban, tempDir, writeFixtureTemplates } from './helpers';

beforeAll(() => buildCli());

function setup() {
  const dir = tempDir();
  const templates = writeFixtureTemplates(dir);
  const run = (args: string[]) => runVanban(args, { cwd: dir, env: { VANBAN_TEMPLATES_DIR: templates } });
  return { dir, run };
}

const profile = {
  parentAgency: 'UBND TỈNH QUẢNG BÌNH',
  issuingAgency: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO',
  issuingAgencyInText: 'Sở Giáo dục và Đào tạo',
  agencyCode: 'SGDĐT',
  unitCode: 'VP',
  place: 'Quảng Bình',
  signature: { headTitle: 'GIÁM ĐỐC', signerName: 'Trần Thị B' },
};

describe('vanban new', () => {
  it('creates a valid document with this year, a blank number and date, and fresh block ids', () => {
    const { dir, run } = setup();
    const result = run(['new', 'ke-hoach-thu', '-o', 'plan.vanban']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(1);
    const doc = parseDocumentFile(readFileSync(join(dir, 'plan.vanban'), 'utf8'));
    const year = new Date().getFullYear();
    expect(doc.kind).toBe('ke-hoach');
    expect(doc.header.number).toBeNull();
    expect(doc.header.date).toEqual({ day: null, month: null, year });
    expect(doc.body[0].id).not.toBe('');
    expect(doc.body[0].type === 'section' && doc.body[0].children[0]).toMatchObject({
      content: [{ text: `Sở Thông tin và Truyền thông xây dựng Kế hoạch năm ${year}.` }],
    });
    expect(readdirSync(dir).sort()).toEqual(['plan.vanban', 'templates']);
  });

  it('applies an agency profile', () => {
    const { dir, run } = setup();
    writeFileSync(join(dir, 'profile.json'), JSON.stringify(profile));
    const result = run(['new', 'ke-hoach-thu', '-o', join(dir, 'plan.vanban'), '--profile', 'profile.json']);
    expect(result.status).toBe(0);
    const doc = parseDocumentFile(readFileSync(join(dir, 'plan.vanban'), 'utf8'));
    expect(doc.header).toMatchObject({
      parentAgency: 'UBND TỈNH QUẢNG BÌNH',
      issuingAgency: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO',
      agencyCode: 'SGDĐT',
      place: 'Quảng Bình',
    });
    expect(doc.signature.signerName).toBe('Trần Thị B');
    const section = doc.body[0];
    expect(section.type === 'section' && section.children[0]).toMatchObject({
      content: [{ text: `Sở Giáo dục và Đào tạo xây dựng Kế hoạch năm ${new Date().getFullYear()}.` }],
    });
  });

  it('refuses to overwrite an existing file unless --force is given', () => {
    const { dir, run } = setup();
    writeFileSync(join(dir, 'plan.vanban'), 'keep me');
    const line = errorLineOf(run(['new', 'ke-hoach-thu', '-o', 'plan.vanban']));
    expect(line).toContain('already exists');
    expect(readFileSync(join(dir, 'plan.vanban'), 'utf8')).toBe('keep me');

    expect(run(['new', 'ke-hoach-thu', '-o', 'plan.vanban', '--force']).status).toBe(0);
    expect(parseDocumentFile(readFileSync(join(dir, 'plan.vanban'), 'utf8')).kind).toBe('ke-hoach');
  });

  it('reports an unknown template id with the valid ids on one line', () => {
    const { dir, run } = setup();
    const line = errorLineOf(run(['new', 'ke-hoach-xyz', '-o', 'plan.vanban']));
    expect(line).toContain('unknown template "ke-hoach-xyz"');
    expect(line).toContain('cong-van-thu, ke-hoach-thu');
    expect(readdirSync(dir)).toEqual(['templates']);
  });

  it('requires -o with a .vanban extension in an existing folder', () => {
    const { dir, run } = setup();
    expect(errorLineOf(run(['new', 'ke-hoach-thu']))).toBe('vanban: new: missing -o <file.vanban>');
    expect(errorLineOf(run(['new', 'ke-hoach-thu', '-o', 'plan.docx']))).toContain('must end in .vanban');
    expect(errorLineOf(run(['new', 'ke-hoach-thu', '-o', 'no/such/folder/plan.vanban']))).toContain(
      'output folder does not exist',
    );
    expect(errorLineOf(run(['new', '-o', 'plan.vanban']))).toContain('missing template id');
    expect(readdirSync(dir)).toEqual(['templates']);
  });

  it('reports a missing or invalid profile on one line', () => {
    const { dir, run } = setup();
    expect(errorLineOf(run(['new', 'ke-hoach-thu', '-o', 'a.vanban', '--profile', 'missing.json']))).toContain(
      'missing.json": file not found',
    );
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ ...profile, agencyCode: 7 }));
    expect(errorLineOf(run(['new', 'ke-hoach-thu', '-o', 'a.vanban', '--profile', 'bad.json']))).toContain('agencyCode');
    expect(readdirSync(dir).sort()).toEqual(['bad.json', 'templates']);
  });

  it('creates a valid document from every shipped template', () => {
    const dir = tempDir();
    const ids = runVanban(['templates']).stdout.trimEnd().split('\n').map((line) => line.split('\t')[0]);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      const result = runVanban(['new', id, '-o', join(dir, `${id}.vanban`)]);
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      expect(parseDocumentFile(readFileSync(join(dir, `${id}.vanban`), 'utf8')).header.date.year).toBe(new Date().getFullYear());
    }
  });
});
