/**
 * The Decree 30 checker for VanBan documents: the document as our writer prints it goes through
 * the same rules as any DOCX, so a .vanban and its DOCX give the same findings. Their places are
 * linked back to the document's fields and blocks (to go to them and fix them); a few rules read
 * what only the editor's fields hold (a mark chosen, a prefix typed into a title, the heading tree).
 */
import { writeDocx } from '../docx/write-docx';
import { openDocx } from '../docx-read/open';
import type { VanBanDocument } from '../model/types';
import type { Finding, FindingLocation } from './types';
import { buildView } from './view/view';
import { group, runRules } from './engine';
import { modelPlaces, type ModelPlace } from './model-links';
import { fixFor } from './fixes';
import { checkMarks } from './rules/model/header';
import { checkTypedPrefixes } from './rules/model/signature';
import { checkBodyFields } from './rules/model/body';

/** The field a rule's finding is about when the place is the number or date line, or no line at all. */
const RULE_PATHS: Record<string, string> = {
  'number.blank': 'header.number',
  'number.missing': 'header.number',
  'number.leading-zero': 'header.number',
  'number.colon': 'header.number',
  'code.agency-missing': 'header.agencyCode',
  'code.year': 'header.agencyCode',
  'code.form': 'header.agencyCode',
  'code.type': 'header.agencyCode',
  'date.place-missing': 'header.place',
  'date.form': 'header.date',
  'header.agency-missing': 'header.issuingAgency',
  'summary.missing': 'summary',
  'addressees.missing': 'addressees',
  'body.empty': 'body',
  'closing.missing': 'closing',
  'signature.missing': 'signature.headTitle',
  'signature.head-title-missing': 'signature.headTitle',
  'signature.signer-title-missing': 'signature.signerTitle',
  'signature.name-missing': 'signature.signerName',
  'recipients.missing': 'recipients',
  'recipients.archive-missing': 'archive',
  'recipients.archive-vt': 'archive',
  'recipients.same-as-above': 'recipients',
};

const FIELD_RULES: ReadonlyArray<(doc: VanBanDocument) => Finding[]> = [checkMarks, checkTypedPrefixes, checkBodyFields];

function linked(f: Finding, places: Map<number, ModelPlace>): Finding {
  const index = f.location.paragraphIndex;
  const place = index === undefined ? undefined : places.get(index);
  const location: FindingLocation = { ...f.location, ...place };
  const path = RULE_PATHS[f.ruleId];
  if (path) location.path = path;
  if (location.path === 'kind') delete location.path;
  const out: Finding = { ...f, location, places: [location] };
  const fix = fixFor(f.ruleId, location);
  if (fix) out.fix = fix;
  return out;
}

/** Findings for a document, grouped by cause, each linked to its field or block. */
export async function checkDocument(doc: VanBanDocument): Promise<Finding[]> {
  const view = buildView(openDocx(await writeDocx(doc, { comments: false })));
  const places = modelPlaces(view, doc);
  const fields = FIELD_RULES.flatMap((rule) => rule(doc));
  const onPage = runRules(view).map((f) => linked(f, places));
  return group(view, [...onPage, ...fields]);
}
