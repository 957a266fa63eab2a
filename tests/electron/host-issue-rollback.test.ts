/**
 * Issuing is all or nothing even when the last step fails: the DOCX was written next to its
 * target, the number recorded and the .vanban saved, then renaming the DOCX into place fails (a
 * file another program took meanwhile). Everything done is undone: the entry taken out, the
 * .vanban and its .bak as they were, no temporary file left.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHostService } from '../../electron/node/host-service';
import { hostCallFailure } from '../helpers/host-call-failure';
import { approvedPlan, issuedPlan } from './review-documents';

const failing = vi.hoisted(() => ({ rename: false }));

vi.mock('../../electron/node/atomic-write', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../electron/node/atomic-write')>();
  return {
    ...actual,
    async stageFile(...args: Parameters<typeof actual.stageFile>) {
      const staged = await actual.stageFile(...args);
      if (!failing.rename || !args[0].endsWith('.docx')) return staged;
      return {
        async commit() {
          await staged.discard();
          throw new actual.FileAccessError('EBUSY', `Cannot save "${args[0]}": the file is in use by another program`, args[0]);
        },
        discard: () => staged.discard(),
      };
    },
  };
});

const TEMPLATES = join(resolve(__dirname, '../..'), 'templates');

function setup() {
  const base = mkdtempSync(join(tmpdir(), 'vanban-host-issue-'));
  const documentsDir = join(base, 'VanBan');
  const userDataDir = join(base, 'user-data');
  const host = createHostService({ mode: 'browser', documentsDir, userDataDir, templatesDir: TEMPLATES, version: '1.0.0', now: () => new Date('2025-03-05T10:30:00.000Z') });
  return { host, documentsDir, userDataDir };
}

describe('issueDocument when the DOCX cannot be put in place at the end', () => {
  afterEach(() => {
    failing.rename = false;
  });

  it('undoes everything: no entry, the .vanban and its .bak as before, no DOCX or temporary file', async () => {
    const { host, documentsDir, userDataDir } = setup();
    const approved = await approvedPlan();
    await host.saveDocument({ path: 'ke-hoach', document: approved });
    await host.saveDocument({ path: 'ke-hoach', document: approved });
    const before = Object.fromEntries(readdirSync(documentsDir).map((name) => [name, readFileSync(join(documentsDir, name), 'utf8')]));
    expect(Object.keys(before).sort()).toEqual(['ke-hoach.vanban', 'ke-hoach.vanban.bak']);

    failing.rename = true;
    const document = await issuedPlan(3);
    const error = await hostCallFailure(host.issueDocument({ path: 'ke-hoach', docxPath: 'ke-hoach', document }));
    expect(error.code).toBe('docx-write-failed');
    expect(error.params).toEqual({ path: 'ke-hoach.docx', reason: 'file-busy' });
    expect(JSON.parse(readFileSync(join(userDataDir, 'register.json'), 'utf8'))).toEqual({ registers: [{ agencyCode: 'UBND', entries: [] }] });
    expect(Object.fromEntries(readdirSync(documentsDir).map((name) => [name, readFileSync(join(documentsDir, name), 'utf8')]))).toEqual(before);

    failing.rename = false;
    await host.issueDocument({ path: 'ke-hoach', docxPath: 'ke-hoach', document });
    expect(existsSync(join(documentsDir, 'ke-hoach.docx'))).toBe(true);
    expect(JSON.parse(readFileSync(join(documentsDir, 'ke-hoach.vanban'), 'utf8')).document.review.status).toBe('issued');
  });

  it('removes a .vanban that did not exist before', async () => {
    const { host, documentsDir, userDataDir } = setup();
    failing.rename = true;
    expect((await hostCallFailure(host.issueDocument({ path: 'moi', docxPath: 'moi', document: await issuedPlan(4) }))).code).toBe('docx-write-failed');
    expect(readdirSync(documentsDir)).toEqual([]);
    expect(await host.registerNext({ agencyCode: 'UBND', year: 2025 })).toEqual({ number: 1 });
    expect(existsSync(join(userDataDir, 'register.json'))).toBe(true);
  });
});
