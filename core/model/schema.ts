/** Runtime schema of the document model (zod), mirroring core/model/types.ts. */
import { z } from 'zod';
import type { BodyBlock, DocumentContent, DocumentReview, VanBanDocument } from './types';
import { DECREE30 } from '../rules/decree30';
import { isPlausibleDate } from '../format/date';
import { MAX_BODY_DEPTH, tooDeepBlock } from './depth';

const text = z.string();
const id = z.string().min(1);

export const inlineSchema = z.strictObject({
  text,
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  underline: z.boolean().optional(),
});
const inlines = z.array(inlineSchema);

const dateSchema = z
  .strictObject({
    day: z.number().int().min(1).max(31).nullable(),
    month: z.number().int().min(1).max(12).nullable(),
    year: z.number().int().min(1945).max(9999).nullable(),
  })
  .refine(isPlausibleDate, { message: 'expected a real calendar date (this month has fewer days)', path: ['day'] });

const headerSchema = z.strictObject({
  parentAgency: text,
  issuingAgency: text,
  issuingAgencyInText: text,
  number: z.number().int().min(1).nullable(),
  agencyCode: text,
  unitCode: text,
  place: text,
  date: dateSchema,
  secrecy: z.enum(DECREE30.secrecyMarks as ['MẬT', 'TỐI MẬT', 'TUYỆT MẬT']).nullable(),
  urgency: z.enum(DECREE30.urgencyMarks as ['KHẨN', 'THƯỢNG KHẨN', 'HỎA TỐC']).nullable(),
});

const signatureSchema = z.strictObject({
  collective: text,
  authority: z.enum(['KT', 'TL', 'TUQ', 'Q']).nullable(),
  headTitle: text,
  signerTitle: text,
  signerName: text,
});

const cellSchema = z.strictObject({
  paragraphs: z.array(inlines),
  colSpan: z.number().int().min(1).optional(),
  rowSpan: z.number().int().min(1).optional(),
});

const tableSchema = z.strictObject({
  columns: z
    .array(z.strictObject({ width: z.number().positive(), align: z.enum(['left', 'center', 'right', 'justify']).optional() }))
    .min(1),
  headerRows: z.array(z.array(cellSchema)),
  rows: z.array(z.array(cellSchema)),
  numbered: z.boolean(),
});

export const bodyBlockSchema: z.ZodType<BodyBlock> = z.lazy(() =>
  z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('section'), id, content: inlines, children: z.array(bodyBlockSchema) }),
    z.strictObject({ type: z.literal('clause'), id, titled: z.boolean(), content: inlines, children: z.array(bodyBlockSchema) }),
    z.strictObject({ type: z.literal('point'), id, content: inlines, children: z.array(bodyBlockSchema) }),
    z.strictObject({ type: z.literal('dash'), id, content: inlines, children: z.array(bodyBlockSchema) }),
    z.strictObject({ type: z.literal('plus'), id, content: inlines, children: z.array(bodyBlockSchema) }),
    z.strictObject({ type: z.literal('paragraph'), id, content: inlines }),
    z.strictObject({ type: z.literal('table'), id, table: tableSchema }),
  ]),
);

/**
 * A body (the document's, an appendix's): its depth is checked first, without recursion, so a
 * body nested hundreds of levels deep is refused naming the field ("body[0].children[0]…")
 * instead of overflowing the stack in the recursive block schema.
 */
const bodyListSchema: z.ZodType<BodyBlock[]> = z
  .unknown()
  .superRefine((value, ctx) => {
    const path = tooDeepBlock(value);
    if (path) ctx.addIssue({ code: 'custom', path, message: `nested more than ${MAX_BODY_DEPTH} levels deep`, fatal: true });
  })
  .pipe(z.array(bodyBlockSchema)) as unknown as z.ZodType<BodyBlock[]>;

export const appendixSchema = z.strictObject({
  id,
  title: text,
  reference: text.optional(),
  body: bodyListSchema,
  landscape: z.boolean(),
});

export const commentSchema = z.strictObject({
  id,
  author: text,
  initials: text,
  date: z.iso.datetime({ offset: true }),
  text,
  anchor: z
    .strictObject({ blockId: id, start: z.number().int().min(0), end: z.number().int().min(0) })
    .refine((anchor) => anchor.start <= anchor.end, { message: 'expected start to be at most end', path: ['end'] }),
  resolved: z.boolean(),
  parentId: z.string().nullable(),
  orphaned: z.boolean(),
  quote: text.optional(),
});

const contentShape = {
  kind: z.string().min(1),
  variant: z.enum(['state', 'party']),
  header: headerSchema,
  summary: text,
  addressees: z.array(text),
  legalBasis: z.array(text),
  body: bodyListSchema,
  closing: text,
  signature: signatureSchema,
  recipients: z.array(text),
  archive: text,
  appendices: z.array(appendixSchema),
  comments: z.array(commentSchema),
};

const isoDateTime = z.iso.datetime({ offset: true });
const reviewStatusSchema = z.enum(['draft', 'submitted', 'returned', 'approved', 'issued']);
export const reviewRoleSchema = z.enum(['drafter', 'reviewer', 'clerk']);

/** The user profile (hồ sơ người dùng): shown on every comment and step. */
export const reviewActorSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  initials: z.string().trim().min(1).max(10),
  role: reviewRoleSchema,
});

/** A document without its review record (what a version holds). */
export const documentContentSchema: z.ZodType<DocumentContent> = z.strictObject(contentShape);

/** The fields of a document content in the order files and the writer expect them. */
export const contentKeys = Object.keys(contentShape) as Array<keyof DocumentContent>;

/** A content's fields other than body, appendices and comments (validated once per stored version: core/file/version-content.ts). */
export const contentHeadSchema = z.strictObject(contentShape).omit({ body: true, appendices: true, comments: true });

const versionFields = {
  id,
  label: text,
  createdAt: isoDateTime,
  author: z.strictObject({ name: text, initials: text }),
  step: z.number().int().min(0).optional(),
  hash: z.string().regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 hex digest'),
};

const reviewShape = <V extends z.ZodType>(version: V) => ({
  status: reviewStatusSchema,
  log: z.array(
    z.strictObject({ who: reviewActorSchema, when: isoDateTime, from: reviewStatusSchema, to: reviewStatusSchema, note: text }),
  ),
  versions: z.array(version),
  lockedHash: z.string().regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 hex digest').nullable(),
});

export const reviewSchema: z.ZodType<DocumentReview> = z.strictObject(reviewShape(z.strictObject({ ...versionFields, document: documentContentSchema })));

export const documentSchema: z.ZodType<VanBanDocument> = z.strictObject({ ...contentShape, review: reviewSchema });

/**
 * A document whose version snapshots are checked except for their content (any object): the host
 * validates a snapshot's content once, the first time it sees that version (core/file/version-content.ts),
 * instead of the whole history on every call.
 */
export const documentShellSchema = z.strictObject({
  ...contentShape,
  review: z.strictObject(reviewShape(z.strictObject({ ...versionFields, document: z.record(z.string(), z.unknown()) }))),
});

/** The agency profile a clerk fills once and every new document starts from. */
export const agencyProfileSchema = z.strictObject({
  parentAgency: text,
  issuingAgency: text,
  issuingAgencyInText: text,
  agencyCode: text,
  unitCode: text.optional(),
  place: text,
  signature: signatureSchema.partial().optional(),
  recipients: z.array(text).optional(),
  archive: text.optional(),
});

export type AgencyProfile = z.infer<typeof agencyProfileSchema>;
