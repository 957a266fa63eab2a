/**
 * A new shared document from a VanBanDocument (POST /api/documents): validated with core's schema,
 * its review record started anew (a draft with no steps, versions or number: approval happens on
 * the server), the caller recorded as its drafter. Its first state goes to the update log and, as
 * the seed, next to its record (document-info-store.ts).
 */
import { randomUUID } from 'node:crypto';
import * as Y from 'yjs';
import { z } from 'zod';
import { documentSchema } from '../../core/model/schema';
import type { VanBanDocument } from '../../core/model/types';
import { documentToYDoc } from '../../core/sync';
import type { Account, Authenticator } from './contracts';
import type { DocumentInfo, DocumentInfoStore } from './document-info-store';
import { HttpError } from './http-error';
import type { UpdateLog } from './update-log';

const wrapperSchema = z.object({
  document: z.unknown(),
  title: z.string().max(1000).optional(),
  reviewerIds: z.array(z.string().min(1).max(200)).max(100).optional(),
});

export interface CreateDocumentDeps {
  authenticator: Authenticator;
  infos: DocumentInfoStore;
  log: UpdateLog;
  now?: () => Date;
}

function defaultTitle(document: VanBanDocument): string {
  const summary = document.summary.replace(/\s+/g, ' ').trim();
  return (summary || document.kind).normalize('NFC');
}

/** Body: { document, title?, reviewerIds? } or the document itself. */
export async function createSharedDocument(deps: CreateDocumentDeps, account: Account, body: unknown): Promise<DocumentInfo> {
  if (account.role !== 'drafter') throw new HttpError(403, 'role-not-allowed', 'Only a drafter account creates documents');
  const isWrapper = typeof body === 'object' && body !== null && 'document' in body;
  const wrapper = isWrapper ? wrapperSchema.safeParse(body) : { success: true as const, data: { document: body, title: undefined, reviewerIds: undefined } };
  if (!wrapper.success) throw new HttpError(400, 'bad-request', wrapper.error.issues[0]?.message ?? 'invalid request');
  const parsed = documentSchema.safeParse(wrapper.data.document);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new HttpError(400, 'document-invalid', `The document is not valid: ${issue?.path.join('.')}: ${issue?.message}`);
  }
  const reviewerIds = [...new Set(wrapper.data.reviewerIds ?? [])];
  for (const reviewerId of reviewerIds) {
    const reviewer = await deps.authenticator.account(reviewerId);
    if (!reviewer || reviewer.disabled || reviewer.role !== 'reviewer') throw new HttpError(400, 'reviewer-unknown', `There is no reviewer account ${reviewerId}`);
  }
  const document: VanBanDocument = {
    ...parsed.data,
    header: { ...parsed.data.header, number: null },
    review: { status: 'draft', log: [], versions: [], lockedHash: null },
  };
  const ydoc = documentToYDoc(document);
  const seed = Y.encodeStateAsUpdate(ydoc);
  ydoc.destroy();
  const info: DocumentInfo = {
    id: randomUUID(),
    title: (wrapper.data.title?.trim() || defaultTitle(document)).normalize('NFC'),
    drafterId: account.id,
    reviewerIds,
    created: (deps.now?.() ?? new Date()).toISOString(),
    status: 'draft',
    assignedReviewer: null,
    submittedTo: [],
    lastStep: null,
    number: null,
  };
  await deps.log.store(info.id, seed);
  await deps.infos.create(info, seed);
  return info;
}
