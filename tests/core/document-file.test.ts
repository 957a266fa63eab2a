import { describe, expect, it } from 'vitest';
import { parseDocumentFile, serializeDocument, validateDocument, FILE_FORMAT_NAME } from '../../core/file/document-file';
import { DocumentFileError, type DocumentFileErrorCode } from '../../core/file/errors';
import { CURRENT_FORMAT_VERSION } from '../../core/file/migrations';
import type { VanBanDocument } from '../../core/model/types';
import { moveDocument, saveVersion } from '../../core/review/workflow';
import { addComment, replyToComment } from '../../core/review/comment-ops';
import { emptyReview } from '../../core/model/empty-review';
import { comment, makeLetter, makePlan, para, section } from '../fixtures/documents';

/** The file text of a raw document object at a given version, bypassing serializeDocument. */
function fileText(document: unknown, version: number = CURRENT_FORMAT_VERSION): string {
  return JSON.stringify({ format: FILE_FORMAT_NAME, version, document }, null, 2);
}

/** A plain JSON copy of a document (the plan by default) that a test may break in any way. */
function rawPlan(plan: VanBanDocument = makePlan()): Record<string, any> {
  return JSON.parse(JSON.stringify(plan));
}

function parseError(text: string): DocumentFileError {
  try {
    parseDocumentFile(text);
  } catch (error) {
    if (error instanceof DocumentFileError) return error;
    throw error;
  }
  throw new Error('expected parseDocumentFile to throw');
}

function expectError(text: string, code: DocumentFileErrorCode, ...fragments: string[]): DocumentFileError {
  const error = parseError(text);
  expect(error.code).toBe(code);
  for (const fragment of fragments) expect(error.message).toContain(fragment);
  return error;
}

describe('round trip', () => {
  it('parse(serialize(plan)) equals the plan', () => {
    const plan = makePlan();
    expect(parseDocumentFile(serializeDocument(plan))).toEqual(plan);
  });

  it('keeps a letter, a Party plan, blank fields, marks and comments', () => {
    const letter = makeLetter({ header: { number: null, date: { day: null, month: null, year: null }, secrecy: 'MẬT', urgency: 'HỎA TỐC' } });
    expect(parseDocumentFile(serializeDocument(letter))).toEqual(letter);

    const plan = makePlan({ variant: 'party', header: { agencyCode: 'BTGTU', number: 20 } });
    plan.comments = [comment(plan.body[0].id, 'Xem lại mục đích'), comment(plan.body[1].id, 'Đồng ý', { resolved: true, parentId: 'x' })];
    expect(parseDocumentFile(serializeDocument(plan))).toEqual(plan);
  });

  it('writes the envelope at the current version, two-space indented, with a final newline', () => {
    const text = serializeDocument(makePlan());
    const parsed = JSON.parse(text);
    expect(parsed.format).toBe('vanban');
    expect(parsed.version).toBe(CURRENT_FORMAT_VERSION);
    expect(text.startsWith('{\n  "format": "vanban",\n  "version": ')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('is stable: serializing a parsed file gives the same text', () => {
    const text = serializeDocument(makePlan());
    expect(serializeDocument(parseDocumentFile(text))).toBe(text);
  });

  it('reads a file that starts with a byte order mark', () => {
    const plan = makePlan();
    expect(parseDocumentFile(`\uFEFF${serializeDocument(plan)}`)).toEqual(plan);
  });
});

describe('envelope errors', () => {
  it('bad JSON → not-json', () => {
    expectError('{ "format": "vanban", ', 'not-json', 'not valid JSON');
    expectError('', 'not-json');
  });

  it('missing or wrong format → not-vanban', () => {
    const { format: _format, ...noFormat } = JSON.parse(fileText(makePlan()));
    expectError(JSON.stringify(noFormat), 'not-vanban', '"format": "vanban"');
    expectError(JSON.stringify({ format: 'docx', version: 2, document: {} }), 'not-vanban');
    expectError('[]', 'not-vanban');
    expectError('null', 'not-vanban');
    expectError('"vanban"', 'not-vanban');
  });

  it('newer version → newer-version, telling the user to update', () => {
    const error = expectError(fileText(makePlan(), CURRENT_FORMAT_VERSION + 1), 'newer-version', 'update VanBan Studio');
    expect(error.message).toContain(`file format ${CURRENT_FORMAT_VERSION + 1}`);
    expect(error.params).toEqual({ version: CURRENT_FORMAT_VERSION + 1, supported: CURRENT_FORMAT_VERSION });
  });

  it.each([0, -1, 1.5, '2', null])('version %s → bad-version', (version) => {
    expectError(JSON.stringify({ format: 'vanban', version, document: makePlan() }), 'bad-version', 'version');
  });

  it('missing document → invalid', () => {
    expectError(JSON.stringify({ format: 'vanban', version: CURRENT_FORMAT_VERSION }), 'invalid', 'document');
    expectError(JSON.stringify({ format: 'vanban', version: CURRENT_FORMAT_VERSION, document: [] }), 'invalid', 'document');
  });
});

describe('migration from version 1', () => {
  function v1Plan(date: string, plan: VanBanDocument = makePlan()): Record<string, any> {
    const doc = rawPlan(plan);
    doc.header.date = date;
    delete doc.comments;
    delete doc.review;
    return doc;
  }

  it('turns the ISO date string into day, month and year and adds comments', () => {
    const plan = makePlan();
    const doc = parseDocumentFile(fileText(v1Plan('2023-01-05', plan), 1));
    expect(doc.header.date).toEqual({ day: 5, month: 1, year: 2023 });
    expect(doc.comments).toEqual([]);
    expect(doc).toEqual(plan);
  });

  it('turns an empty date into a blank date', () => {
    expect(parseDocumentFile(fileText(v1Plan(''), 1)).header.date).toEqual({ day: null, month: null, year: null });
  });

  it('reads a version 1 date written without leading zeros', () => {
    expect(parseDocumentFile(fileText(v1Plan('2019-6-9'), 1)).header.date).toEqual({ day: 9, month: 6, year: 2019 });
  });

  it('reports an impossible version 1 date by its path', () => {
    expectError(fileText(v1Plan('2023-13-05'), 1), 'invalid', 'document.header.date.month');
  });

  it('saves a migrated document at the current version', () => {
    const migrated = parseDocumentFile(fileText(v1Plan('2019-06-29'), 1));
    const saved = JSON.parse(serializeDocument(migrated));
    expect(saved.version).toBe(CURRENT_FORMAT_VERSION);
    expect(saved.document.header.date).toEqual({ day: 29, month: 6, year: 2019 });
  });
});

describe('migration from version 2', () => {
  /** A version 2 file's document: comments without the orphan flag, no review record. */
  function v2Plan(plan: VanBanDocument = makePlan()): Record<string, any> {
    const doc = rawPlan(plan);
    delete doc.review;
    for (const item of doc.comments) delete item.orphaned;
    return doc;
  }

  it('the current format is version 4', () => {
    expect(CURRENT_FORMAT_VERSION).toBe(4);
  });

  it('a version 2 file with comments opens with every comment not orphaned and an empty review', () => {
    const plan = makePlan();
    plan.comments = [
      comment(plan.body[0].id, 'Xem lại mục đích', { id: 'c1' }),
      comment(plan.body[0].id, 'Đã sửa', { id: 'c2', parentId: 'c1', resolved: true }),
    ];
    const raw = v2Plan(plan);
    expect(raw.comments[0]).not.toHaveProperty('orphaned');
    const doc = parseDocumentFile(fileText(raw, 2));
    expect(doc.comments.map((item) => item.orphaned)).toEqual([false, false]);
    expect(doc.review).toEqual({ status: 'draft', log: [], versions: [], lockedHash: null });
    expect(doc).toEqual(plan);
  });

  it('a version 2 file without comments opens with an empty review', () => {
    const doc = parseDocumentFile(fileText(v2Plan(), 2));
    expect(doc.comments).toEqual([]);
    expect(doc.review).toEqual(emptyReview());
  });

  it('saves a migrated version 2 document at the current version with the review record', () => {
    const plan = makePlan();
    plan.comments = [comment(plan.body[0].id, 'Xem lại', { id: 'c1' })];
    const saved = JSON.parse(serializeDocument(parseDocumentFile(fileText(v2Plan(plan), 2))));
    expect(saved.version).toBe(CURRENT_FORMAT_VERSION);
    expect(saved.document.review).toEqual({ status: 'draft', log: [], versions: [], lockedHash: null });
    expect(saved.document.comments[0].orphaned).toBe(false);
  });

  it('a version 1 file goes through both steps', () => {
    const raw = rawPlan();
    raw.header.date = '2023-01-05';
    delete raw.comments;
    delete raw.review;
    const doc = parseDocumentFile(fileText(raw, 1));
    expect(doc.comments).toEqual([]);
    expect(doc.review).toEqual(emptyReview());
  });

  it('a version 3 file without the review record or the orphan flag is invalid', () => {
    const noReview = rawPlan();
    delete noReview.review;
    expectError(fileText(noReview), 'invalid', 'document.review');
    const plan = makePlan();
    plan.comments = [comment(plan.body[0].id, 'x')];
    const noFlag = rawPlan(plan);
    delete noFlag.comments[0].orphaned;
    expectError(fileText(noFlag), 'invalid', 'document.comments[0].orphaned');
  });
});

describe('the review record in the file', () => {
  const drafter = { name: 'Trần Văn C', initials: 'TVC', role: 'drafter' } as const;
  const reviewer = { name: 'Nguyễn Thị B', initials: 'NTB', role: 'reviewer' } as const;
  const clerk = { name: 'Lê Thị D', initials: 'LTD', role: 'clerk' } as const;

  /** A plan taken through submit, a comment and reply, return, resubmit, a saved version, approval and issue. */
  async function reviewedPlan(): Promise<VanBanDocument> {
    let doc = makePlan({ header: { number: null, date: { day: null, month: null, year: null } } });
    const result = (value: Awaited<ReturnType<typeof moveDocument>>): VanBanDocument => {
      if (!value.ok) throw value.error;
      return value.document;
    };
    doc = result(await moveDocument(doc, 'submit', drafter, '2026-01-05T08:00:00+07:00', 'Kính trình.'));
    const added = addComment(doc, { blockId: doc.body[0].id, start: 0, end: 8 }, 'Xem lại mục đích.', reviewer, '2026-01-05T09:00:00+07:00');
    doc = replyToComment(added.document, added.id, 'Đã sửa.', drafter, '2026-01-05T09:30:00+07:00').document;
    doc = result(await moveDocument(doc, 'return', reviewer, '2026-01-05T10:00:00+07:00', 'Sửa lại mục I.'));
    doc = { ...doc, summary: 'Chuyển đổi số tỉnh Quảng Trị giai đoạn 2026–2030' };
    doc = await saveVersion(doc, 'Bản sửa theo góp ý', drafter, '2026-01-06T08:00:00+07:00');
    doc = result(await moveDocument(doc, 'submit', drafter, '2026-01-06T08:05:00+07:00'));
    doc = result(await moveDocument(doc, 'approve', reviewer, '2026-01-06T10:00:00+07:00'));
    return result(await moveDocument(doc, 'issue', clerk, '2026-01-07T08:00:00+07:00', '', { number: 12, date: { day: 7, month: 1, year: 2026 } }));
  }

  it('round-trips through serializeDocument / parseDocumentFile: log, versions, lock hash, comments with quotes', async () => {
    const doc = await reviewedPlan();
    expect(doc.review.log).toHaveLength(5);
    expect(doc.review.versions).toHaveLength(6);
    expect(doc.comments.map((item) => item.quote)).toEqual(['MỤC ĐÍCH', 'MỤC ĐÍCH']);
    const text = serializeDocument(doc);
    expect(JSON.parse(text).version).toBe(CURRENT_FORMAT_VERSION);
    expect(parseDocumentFile(text)).toEqual(doc);
    expect(serializeDocument(parseDocumentFile(text))).toBe(text);
  });

  it('writes each version as the key of its root block, and each block once, on one line, after the indented document', async () => {
    const doc = await reviewedPlan();
    const text = serializeDocument(doc);
    const parsed = JSON.parse(text);
    expect(parsed.document.review.versions.map((version: Record<string, unknown>) => Object.keys(version).includes('document'))).toEqual(doc.review.versions.map(() => false));
    for (const version of parsed.document.review.versions) expect(parsed.blocks).toHaveProperty(version.content);
    const lines = text.split('\n');
    const blockLines = lines.filter((line) => /^ {4}"[0-9a-f]{24}": [{[]/.test(line));
    expect(blockLines).toHaveLength(Object.keys(parsed.blocks).length);
    expect(lines.find((line) => line.startsWith('    "summary": '))).toBe(`    "summary": ${JSON.stringify(doc.summary)},`);
    // One more snapshot after a one-sentence edit costs that sentence's blocks, not a copy of the plan.
    const edited = { ...doc, body: [{ ...doc.body[0], content: [{ text: 'MỤC ĐÍCH, YÊU CẦU' }] }, ...doc.body.slice(1)] } as VanBanDocument;
    const more = await saveVersion(edited, 'Thêm', drafter, '2026-01-08T08:00:00+07:00');
    const grown = serializeDocument(more).length - text.length;
    expect(grown).toBeLessThan(JSON.stringify(doc.review.versions[0].document).length * 0.5);
  });

  it('a label or note that reads like the snapshot placeholder is kept as typed', async () => {
    const doc = await saveVersion(makePlan(), '\\u0000version-0\\u0000 "version-0"', drafter, '2026-01-06T08:00:00+07:00');
    expect(parseDocumentFile(serializeDocument(doc))).toEqual(doc);
  });

  it('a draft with an empty review round-trips', () => {
    const plan = makePlan();
    expect(parseDocumentFile(serializeDocument(plan)).review).toEqual(emptyReview());
  });

  it('a bad lock hash, an unknown status or role, a bad step time or a broken version are invalid, by path', async () => {
    const doc = await reviewedPlan();
    const broken = (change: (raw: Record<string, any>) => void): string => {
      const raw = rawPlan(doc);
      change(raw);
      return fileText(raw, 3);
    };
    expectError(broken((raw) => (raw.review.lockedHash = 'abc')), 'invalid', 'document.review.lockedHash');
    expectError(broken((raw) => (raw.review.status = 'signed')), 'invalid', 'document.review.status');
    expectError(broken((raw) => (raw.review.log[0].who.role = 'boss')), 'invalid', 'document.review.log[0].who.role');
    expectError(broken((raw) => (raw.review.log[1].when = 'hôm qua')), 'invalid', 'document.review.log[1].when');
    expectError(broken((raw) => (raw.review.versions[2].step = -1)), 'invalid', 'document.review.versions[2].step');
    expectError(broken((raw) => delete raw.review.versions[0].document.body), 'invalid', 'document.review.versions[0].document.body');
    expectError(broken((raw) => (raw.review.versions[0].document.review = emptyReview())), 'invalid', 'document.review.versions[0].document');
  });

  it('turns NFD text in the review record into NFC', async () => {
    const doc = await reviewedPlan();
    const raw = rawPlan(doc);
    raw.review.log[1].note = 'Sửa lại mục I.'.normalize('NFD');
    raw.review.versions[3].label = 'Bản sửa theo góp ý'.normalize('NFD');
    raw.comments[0].quote = 'MỤC ĐÍCH'.normalize('NFD');
    const parsed = parseDocumentFile(fileText(raw, 3));
    expect(parsed.review.log[1].note).toBe('Sửa lại mục I.'.normalize('NFC'));
    expect(parsed.review.versions[3].label).toBe('Bản sửa theo góp ý'.normalize('NFC'));
    expect(parsed.comments[0].quote).toBe('MỤC ĐÍCH'.normalize('NFC'));
  });
});

describe('validation errors name the field', () => {
  it('31 February → invalid at document.header.date.day; 29 February only in a leap year', () => {
    const doc = rawPlan();
    doc.header.date = { day: 31, month: 2, year: 2023 };
    expectError(fileText(doc), 'invalid', 'document.header.date.day', 'real calendar date');
    doc.header.date = { day: 29, month: 2, year: 2023 };
    expectError(fileText(doc), 'invalid', 'document.header.date.day');
    doc.header.date = { day: 29, month: 2, year: 2024 };
    expect(parseDocumentFile(fileText(doc)).header.date).toEqual({ day: 29, month: 2, year: 2024 });
  });

  it('a comment anchor that ends before it starts → invalid at its end', () => {
    const doc = rawPlan(makePlan({ comments: [comment('x', 'Xem lại', { anchor: { blockId: 'x', start: 5, end: 2 } })] }));
    expectError(fileText(doc), 'invalid', 'document.comments[0].anchor.end');
  });

  it('month 13 → invalid at document.header.date.month', () => {
    const doc = rawPlan();
    doc.header.date.month = 13;
    const error = expectError(fileText(doc), 'invalid', 'document.header.date.month');
    expect(error.params.detail).toContain('document.header.date.month');
  });

  it('unknown block type → invalid at document.body[0]', () => {
    const doc = rawPlan();
    doc.body[0].type = 'chapter';
    expectError(fileText(doc), 'invalid', 'document.body[0].type', 'section');
  });

  it('a nested block error names the full path', () => {
    const doc = rawPlan();
    doc.body[0].children[1].children[0].content = 'not runs';
    expectError(fileText(doc), 'invalid', 'document.body[0].children[1].children[0].content');
  });

  it('missing signature.signerName → invalid at document.signature.signerName', () => {
    const doc = rawPlan();
    delete doc.signature.signerName;
    expectError(fileText(doc), 'invalid', 'document.signature.signerName');
  });

  it('an extra unknown key → invalid, naming the object and the key', () => {
    const doc = rawPlan();
    doc.header.fax = '0233 123 456';
    expectError(fileText(doc), 'invalid', 'document.header', 'fax');

    const top = rawPlan();
    top.author = 'someone';
    expectError(fileText(top), 'invalid', 'document', 'author');
  });

  it('a "__proto__" key is an unknown key, not a way around validation', () => {
    const text = fileText(makePlan()).replace('"header": {', '"header": { "__proto__": { "fax": "x" },');
    expectError(text, 'invalid', 'document.header', '__proto__');
  });

  it('wrong types and values in the header and signature', () => {
    const number = rawPlan();
    number.header.number = '05';
    expectError(fileText(number), 'invalid', 'document.header.number');

    const secrecy = rawPlan();
    secrecy.header.secrecy = 'MẬT LẮM';
    expectError(fileText(secrecy), 'invalid', 'document.header.secrecy');

    const authority = rawPlan();
    authority.signature.authority = 'TM';
    expectError(fileText(authority), 'invalid', 'document.signature.authority');
  });

  it('an invalid appendix or comment names its index', () => {
    const appendix = rawPlan();
    appendix.appendices[0].landscape = 'yes';
    expectError(fileText(appendix), 'invalid', 'document.appendices[0].landscape');

    const withComment = rawPlan();
    withComment.comments = [{ ...comment('x', 'y'), date: '05/01/2023' }];
    expectError(fileText(withComment), 'invalid', 'document.comments[0].date');
  });

  it('unknown kind → unknown-kind', () => {
    const doc = rawPlan();
    doc.kind = 'chapter';
    const error = expectError(fileText(doc), 'unknown-kind', 'chapter');
    expect(error.params).toEqual({ kind: 'chapter' });
  });

  it('serializeDocument refuses an invalid document', () => {
    const doc = makePlan({ header: { date: { day: 32, month: 1, year: 2023 } } });
    expect(() => serializeDocument(doc)).toThrow(/document\.header\.date\.day/);
    expect(() => serializeDocument(makePlan({ kind: 'chapter' }))).toThrow(DocumentFileError);
  });
});

describe('text hygiene on load and save', () => {
  it('turns NFD text into NFC everywhere', () => {
    const nfd = (text: string) => text.normalize('NFD');
    const doc = rawPlan();
    doc.header.place = nfd('Quảng Trị');
    doc.summary = nfd(doc.summary);
    doc.body[0].content[0].text = nfd('MỤC ĐÍCH, YÊU CẦU');
    doc.body[0].children[0].children[0].content[0].text = nfd('Nâng cao nhận thức');
    doc.appendices[0].body[0].table.rows[0][1].paragraphs[0][0].text = nfd('Số hóa hồ sơ');
    doc.signature.signerName = nfd('Nguyễn Văn A');

    const loaded = parseDocumentFile(fileText(doc));
    expect(loaded.header.place).toBe('Quảng Trị');
    expect(loaded.summary).toBe(makePlan().summary);
    expect((loaded.body[0] as { content: { text: string }[] }).content[0].text).toBe('MỤC ĐÍCH, YÊU CẦU');
    expect(JSON.stringify(loaded)).toBe(JSON.stringify(loaded).normalize('NFC'));
    expect(loaded.signature.signerName).toBe('Nguyễn Văn A');
  });

  it('removes XML-illegal characters on load', () => {
    const doc = rawPlan();
    doc.summary = `Chuyển đổi số\u0000 tỉnh\u000B Quảng Trị\uFFFF năm 2023\uD800`;
    doc.body[1].children[0].content[0].text = 'Các nhiệm vụ\u001F trọng tâm\u0008';
    const loaded = parseDocumentFile(fileText(doc));
    expect(loaded.summary).toBe('Chuyển đổi số tỉnh Quảng Trị năm 2023');
    expect((loaded.body[1] as { children: { content: { text: string }[] }[] }).children[0].content[0].text).toBe('Các nhiệm vụ trọng tâm');
  });

  it('keeps tabs, line breaks and astral characters', () => {
    const doc = makePlan({ summary: 'Dòng một\nDòng hai\t🎉' });
    expect(parseDocumentFile(serializeDocument(doc)).summary).toBe('Dòng một\nDòng hai\t🎉');
  });

  it('saves NFC and XML-legal text', () => {
    const doc = makePlan({ summary: 'Quảng Trị\u0007'.normalize('NFD') });
    const text = serializeDocument(doc);
    expect(text).toBe(text.normalize('NFC'));
    expect(text).not.toContain('\\u0007');
    expect(JSON.parse(text).document.summary).toBe('Quảng Trị');
  });

  it('does not save a document that it could not open again', () => {
    // An id made only of illegal characters is empty once cleaned: that must be refused on save,
    // not written to a file that then fails to load.
    const doc = makePlan({ body: [section('A', [para('x', { id: '\u0001' })], { id: 's' })] });
    let saved: string | undefined;
    try {
      saved = serializeDocument(doc);
    } catch (error) {
      expect(error).toBeInstanceOf(DocumentFileError);
      expect((error as DocumentFileError).message).toContain('document.body[0].children[0].id');
      return;
    }
    expect(() => parseDocumentFile(saved!)).not.toThrow();
  });
});

describe('validateDocument', () => {
  it('returns a new object and leaves the input alone', () => {
    const input = makePlan({ summary: 'Quảng Trị'.normalize('NFD') });
    const before = JSON.parse(JSON.stringify(input)) as VanBanDocument;
    const out = validateDocument(input);
    expect(out.summary).toBe('Quảng Trị');
    expect(input).toEqual(before);
  });
});
