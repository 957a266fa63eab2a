/**
 * Templates (templates/*.json) and creating a document from one with an agency profile.
 *
 * A template's document may leave out block ids, and its text may use the tokens
 * {{agency}} (the issuing agency as written in running text), {{place}} and {{year}}, which are
 * filled from the profile (or the template's own agency) when a document is created.
 */
import { z } from 'zod';
import type { VanBanDocument } from '../model/types';
import { agencyProfileSchema, type AgencyProfile } from '../model/schema';
import { describeIssue } from '../model/issues';
import { assignFreshIds } from '../model/ids';
import { validateDocument } from '../file/document-file';
import { emptyReview } from '../model/empty-review';

export const templateSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'expected lower-case letters, digits and hyphens'),
  title: z.string().min(1),
  titleEn: z.string().min(1),
  description: z.string(),
  descriptionEn: z.string(),
  document: z.record(z.string(), z.unknown()),
});

export type DocumentTemplate = z.infer<typeof templateSchema>;

export class TemplateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TemplateError';
  }
}

export function parseTemplate(value: unknown, source = 'template'): DocumentTemplate {
  const result = templateSchema.safeParse(value);
  if (!result.success) throw new TemplateError(`${source}: ${describeIssue(result.error.issues[0])}`);
  return result.data;
}

export function parseAgencyProfile(value: unknown, source = 'profile'): AgencyProfile {
  const result = agencyProfileSchema.safeParse(value);
  if (!result.success) throw new TemplateError(`Invalid agency profile (${source}): ${describeIssue(result.error.issues[0])}`);
  return result.data;
}

function fillTokens<T>(value: T, tokens: Record<string, string>): T {
  if (typeof value === 'string') {
    return value.replace(/\{\{(\w+)\}\}/g, (match, name: string) => tokens[name] ?? match) as T;
  }
  if (Array.isArray(value)) return value.map((item) => fillTokens(item, tokens)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fillTokens(v, tokens)])) as T;
  }
  return value;
}

const SAME_AS_ADDRESSEES = /^như trên$/i;

/** A letter's "Như trên" (the addressees above) stays first when a profile brings its own recipients. */
function withSameAddresseeLine(templateRecipients: unknown, profileRecipients: string[]): string[] {
  const keep = Array.isArray(templateRecipients) && templateRecipients.some((r) => typeof r === 'string' && SAME_AS_ADDRESSEES.test(r.trim()));
  const rest = profileRecipients.filter((r) => !SAME_AS_ADDRESSEES.test(r.trim()));
  return keep ? ['Như trên', ...rest] : rest;
}

export interface CreateOptions {
  profile?: AgencyProfile;
  /** Today's date: the new document's year; day and month stay blank until issuance. */
  today: { year: number };
}

/** A new, valid document from a template: fresh ids, profile applied, number and date blank. */
export function createDocumentFromTemplate(template: DocumentTemplate, options: CreateOptions): VanBanDocument {
  const raw = structuredClone(template.document) as Record<string, unknown> & {
    header?: Record<string, unknown>;
    signature?: Record<string, unknown>;
  };
  const { profile } = options;
  if (profile) {
    raw.header = {
      ...raw.header,
      parentAgency: profile.parentAgency,
      issuingAgency: profile.issuingAgency,
      issuingAgencyInText: profile.issuingAgencyInText,
      agencyCode: profile.agencyCode,
      // A drafting unit's code belongs in a letter's number ("231/STTTT-TTBCXB"), not a plan's.
      unitCode: (raw.kind === 'cong-van' ? profile.unitCode : undefined) ?? (raw.header?.unitCode as string | undefined) ?? '',
      place: profile.place,
    };
    if (profile.signature) raw.signature = { ...raw.signature, ...profile.signature };
    if (profile.recipients) raw.recipients = withSameAddresseeLine(raw.recipients, profile.recipients);
    if (profile.archive !== undefined) raw.archive = profile.archive;
  }
  raw.header = { ...raw.header, number: null, date: { day: null, month: null, year: options.today.year } };
  // A new document starts as a draft with no comments, steps or versions, whatever the template holds.
  raw.comments = [];
  raw.review = emptyReview();
  const header = raw.header as { issuingAgencyInText?: string; place?: string };
  const filled = fillTokens(raw, {
    agency: header.issuingAgencyInText ?? '',
    place: header.place ?? '',
    year: String(options.today.year),
    nextYear: String(options.today.year + 1),
  });
  try {
    return validateDocument(assignFreshIds(filled));
  } catch (error) {
    throw new TemplateError(`Template ${template.id}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
