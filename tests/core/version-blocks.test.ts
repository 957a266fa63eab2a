/**
 * Format 4 stores version snapshots as content-addressed blocks: migration of format 3 files (a
 * full copy per version), every version read back identical, a damaged block reported with the
 * version it belongs to, and a file that grows by what changed.
 */
import { describe, expect, it } from 'vitest';
import { blockKey, encodeContent } from '../../core/file/blocks';
import { parseDocumentFile, serializeDocument, FILE_FORMAT_NAME } from '../../core/file/document-file';
import { DocumentFileError } from '../../core/file/errors';
import { CURRENT_FORMAT_VERSION } from '../../core/file/migrations';
import type { BodyBlock, VanBanDocument } from '../../core/model/types';
import { diffDocuments } from '../../core/review/diff';
import { moveDocument, saveVersion } from '../../core/review/workflow';
import { makePlan, para, section } from '../fixtures/documents';

const drafter = { name: 'Trần Văn C', initials: 'TVC', role: 'drafter' } as const;
const reviewer = { name: 'Nguyễn Thị B', initials: 'NTB', role: 'reviewer' } as const;

/** A plan with sections of paragraphs, so rounds of edits touch only some of them. */
function longPlan(): VanBanDocument {
  const body: BodyBlock[] = Array.from({ length: 8 }, (_, s) =>
    section(`Mục ${s + 1}`, Array.from({ length: 6 }, (_, p) => para(`Đoạn ${p + 1} của mục ${s + 1}: triển khai thực hiện kế hoạch cải cách hành chính trên địa bàn tỉnh.`))),
  );
  return makePlan({ body });
}

/** A version per round (two in round 2: submitted, then returned), each after one paragraph of one section was retyped. */
async function reviewedPlan(rounds: number): Promise<VanBanDocument> {
  let doc = longPlan();
  for (let round = 0; round < rounds; round++) {
    const s = round % doc.body.length;
    const target = doc.body[s] as Extract<BodyBlock, { type: 'section' }>;
    const children = target.children.map((child, index) => (index === round % target.children.length && child.type === 'paragraph' ? { ...child, content: [{ text: `${child.content[0].text} Sửa lần ${round + 1}.` }] } : child));
    doc = { ...doc, body: doc.body.map((block, index) => (index === s ? { ...target, children } : block)) };
    if (round === 1) {
      const moved = await moveDocument(doc, 'submit', drafter, '2026-02-01T08:00:00+07:00', 'Kính trình.');
      if (!moved.ok) throw moved.error;
      doc = moved.document;
      const back = await moveDocument(doc, 'return', reviewer, '2026-02-01T09:00:00+07:00', 'Sửa lại.');
      if (!back.ok) throw back.error;
      doc = back.document;
    } else {
      doc = await saveVersion(doc, `Vòng ${round + 1}`, drafter, new Date(Date.UTC(2026, 1, 2 + round)).toISOString());
    }
  }
  return doc;
}

/** The file text a format 3 app wrote: every version with a full copy of its content. */
function formatThreeText(doc: VanBanDocument): string {
  return JSON.stringify({ format: FILE_FORMAT_NAME, version: 3, document: doc }, null, 2);
}

function parseFailure(text: string): DocumentFileError {
  try {
    parseDocumentFile(text);
  } catch (error) {
    if (error instanceof DocumentFileError) return error;
    throw error;
  }
  throw new Error('expected the file to be refused');
}

describe('migration of format 3 files (a full copy per version)', () => {
  it('opens with every version identical to what was saved, and saves as format 4 with blocks instead of copies', async () => {
    const doc = await reviewedPlan(6);
    const migrated = parseDocumentFile(formatThreeText(doc));
    expect(migrated).toEqual(doc);
    const saved = serializeDocument(migrated);
    const raw = JSON.parse(saved);
    expect(raw.version).toBe(CURRENT_FORMAT_VERSION);
    expect(raw.document.review.versions.every((version: Record<string, unknown>) => typeof version.content === 'string' && !('document' in version))).toBe(true);
    expect(Object.keys(raw.blocks).length).toBeGreaterThan(0);
    // Six versions of the same plan in format 3 repeat it six times; format 4 does not.
    expect(saved.length).toBeLessThan(formatThreeText(doc).length / 2);
  });

  it('every version of the migrated file reads back identical, content and metadata, after saving and reading again', async () => {
    const doc = await reviewedPlan(7);
    const reread = parseDocumentFile(serializeDocument(parseDocumentFile(formatThreeText(doc))));
    expect(reread.review.versions).toHaveLength(doc.review.versions.length);
    doc.review.versions.forEach((version, index) => {
      expect(reread.review.versions[index]).toEqual(version);
      expect(JSON.stringify(reread.review.versions[index].document)).toBe(JSON.stringify(version.document));
    });
    expect(reread).toEqual(doc);
  });

  it('compare works on any two versions of a migrated file as before', async () => {
    const doc = await reviewedPlan(5);
    const reread = parseDocumentFile(serializeDocument(parseDocumentFile(formatThreeText(doc))));
    const { versions } = doc.review;
    for (const [a, b] of [[0, 4], [1, 3], [4, 0]]) {
      expect(diffDocuments(reread.review.versions[a].document, reread.review.versions[b].document)).toEqual(diffDocuments(versions[a].document, versions[b].document));
    }
  });
});

describe('a damaged version is reported with the version it belongs to', () => {
  async function savedFile(): Promise<{ doc: VanBanDocument; raw: Record<string, any> }> {
    const doc = await reviewedPlan(5);
    return { doc, raw: JSON.parse(serializeDocument(doc)) };
  }

  /** A block only the given version uses (the version before it did not have it). */
  function ownBlock(raw: Record<string, any>, index: number): string {
    const reachable = (root: string): Set<string> => {
      const seen = new Set<string>();
      const walk = (key: string): void => {
        if (seen.has(key)) return;
        seen.add(key);
        const value = raw.blocks[key];
        for (const list of [value.children, value.body, value.appendices, value.comments]) if (Array.isArray(list)) list.forEach(walk);
      };
      walk(root);
      return seen;
    };
    const before = reachable(raw.document.review.versions[index - 1].content);
    const own = [...reachable(raw.document.review.versions[index].content)].filter((key) => !before.has(key) && key !== raw.document.review.versions[index].content);
    expect(own.length).toBeGreaterThan(0);
    return own[0];
  }

  it('a block whose text was altered: the version using it is named, by number, label and date', async () => {
    const { doc, raw } = await savedFile();
    const key = ownBlock(raw, 3);
    raw.blocks[key] = { ...raw.blocks[key], id: `${raw.blocks[key].id}-sửa` };
    const error = parseFailure(JSON.stringify(raw));
    expect(error.code).toBe('damaged-version');
    expect(error.params).toMatchObject({ version: 4, count: 6, versionId: doc.review.versions[3].id, label: doc.review.versions[3].label });
    expect(error.message).toContain(`Version 4 of 6 (${doc.review.versions[3].label}, ${doc.review.versions[3].createdAt}) is damaged`);
    expect(error.message).toContain(key);
  });

  it('a missing block, a root key that is not a key, and a block of the wrong shape are each reported with their version', async () => {
    const { raw } = await savedFile();
    const missing = structuredClone(raw);
    delete missing.blocks[ownBlock(raw, 4)];
    expect(parseFailure(JSON.stringify(missing))).toMatchObject({ code: 'damaged-version', params: { version: 5 } });
    expect(parseFailure(JSON.stringify(missing)).message).toContain('is missing');

    const badRoot = structuredClone(raw);
    badRoot.document.review.versions[1].content = 'not a key';
    expect(parseFailure(JSON.stringify(badRoot))).toMatchObject({ code: 'damaged-version', params: { version: 2 } });

    const wrongShape = structuredClone(raw);
    const listKey = blockKey('[1,2]');
    wrongShape.blocks[listKey] = [1, 2];
    wrongShape.document.review.versions[5].content = listKey;
    const shapeError = parseFailure(JSON.stringify(wrongShape));
    expect(shapeError).toMatchObject({ code: 'damaged-version', params: { version: 6 } });
    expect(shapeError.message).toContain('not a valid block');
  });

  it('a block that reads back but is not valid content is reported with its version and field', async () => {
    const doc = await reviewedPlan(3);
    const raw = JSON.parse(serializeDocument(doc));
    // A consistently keyed block (its key matches its text) holding a run with an unknown key: only validation can catch it.
    const broken = structuredClone(doc.review.versions[2].document);
    (broken.body[0] as { content: unknown }).content = [{ text: 'x', colour: 'red' }];
    const encoded = encodeContent(broken);
    for (const [key, block] of encoded.blocks) raw.blocks[key] = JSON.parse(block.text);
    raw.document.review.versions[2].content = encoded.root;
    const error = parseFailure(JSON.stringify(raw));
    expect(error).toMatchObject({ code: 'damaged-version', params: { version: 3, count: 4 } });
    expect(error.message).toContain('body[0]');
  });

  it('nothing is dropped: the other versions are not silently opened without the damaged one', async () => {
    const { raw } = await savedFile();
    delete raw.blocks[ownBlock(raw, 4)];
    expect(() => parseDocumentFile(JSON.stringify(raw))).toThrow(DocumentFileError);
  });
});

describe('a version costs about what changed', () => {
  it('each new version adds a small part of one full copy to the file', async () => {
    const one = serializeDocument(await reviewedPlan(1)).length;
    const twenty = serializeDocument(await reviewedPlan(20)).length;
    const copy = JSON.stringify(longPlan()).length;
    expect((twenty - one) / 19).toBeLessThan(copy * 0.25);
  });

  it('versions read from one file share the blocks they did not change (the same objects in memory)', async () => {
    const doc = parseDocumentFile(serializeDocument(await reviewedPlan(4)));
    const [first, second] = doc.review.versions;
    // Round 2 changed section 2; section 1 (changed in round 1 before the first snapshot) is shared.
    expect(second.document.body[0]).toBe(first.document.body[0]);
    expect(second.document.body[1]).not.toBe(first.document.body[1]);
  });
});
