/**
 * Quick fixes (sửa nhanh) of a document's findings, by rule, at the field or block a finding was
 * linked to. Each returns a corrected copy; the input is not changed.
 */
import type { BodyBlock, VanBanDocument } from '../model/types';
import { upperVi } from '../model/text';
import { bareRecipient } from '../format/recipients';
import { ACADEMIC_TITLE, nameCase } from './text-utils';
import { ruleInfo } from './catalog';
import type { FindingLocation, Fix } from './types';

type Apply = (doc: VanBanDocument) => VanBanDocument;

const VV_PREFIX = /^\s*(?:V\/v|Về việc)(?![\p{L}])[\s:.]*/iu;
const SAME_AS_ABOVE = /^như trên$/iu;

function mapBlock(blocks: BodyBlock[], id: string, change: (block: BodyBlock) => BodyBlock): BodyBlock[] {
  return blocks.map((block) => {
    if (block.id === id) return change(block);
    return 'children' in block ? { ...block, children: mapBlock(block.children, id, change) } : block;
  });
}

function archiveUnits(archive: string): string {
  return bareRecipient(archive).replace(/^Lưu\s*:?\s*/iu, '').trim();
}

const FIXES: Record<string, (at: FindingLocation) => Apply | undefined> = {
  'header.agency-caps': (at) => {
    const field = at.path === 'header.parentAgency' ? 'parentAgency' : at.path === 'header.issuingAgency' ? 'issuingAgency' : null;
    return field ? (d) => ({ ...d, header: { ...d.header, [field]: upperVi(d.header[field]) } }) : undefined;
  },
  'summary.vv-prefix': () => (d) => ({ ...d, summary: d.summary.replace(VV_PREFIX, '') }),
  'summary.trailing-period': () => (d) => ({ ...d, summary: d.summary.trim().replace(/\.$/u, '') }),
  'section.caps': (at) => {
    const id = at.blockId;
    if (!id) return undefined;
    const upper = (block: BodyBlock): BodyBlock => ('content' in block ? { ...block, content: block.content.map((r) => ({ ...r, text: upperVi(r.text) })) } : block);
    return (d) => ({ ...d, body: mapBlock(d.body, id, upper) });
  },
  'signature.academic-title': () => (d) => ({ ...d, signature: { ...d.signature, signerName: d.signature.signerName.trim().replace(ACADEMIC_TITLE, '') } }),
  'signature.name-case': () => (d) => ({ ...d, signature: { ...d.signature, signerName: nameCase(d.signature.signerName) } }),
  'recipients.archive-missing': () => (d) => ({ ...d, archive: archiveUnits(d.archive) ? d.archive : 'VT' }),
  'recipients.archive-vt': () => (d) => ({ ...d, archive: `VT, ${archiveUnits(d.archive)}` }),
  'recipients.same-as-above': () => (d) => ({ ...d, recipients: ['Như trên', ...d.recipients] }),
  'recipients.same-as-above-stray': () => (d) => ({ ...d, recipients: d.recipients.filter((line) => !SAME_AS_ABOVE.test(bareRecipient(line))) }),
};

/** The fix of rule `ruleId` at `at`, when the rule has one and the place is a field or block. */
export function fixFor(ruleId: string, at: FindingLocation): Fix | undefined {
  const apply = FIXES[ruleId]?.(at);
  const description = ruleInfo(ruleId).fix;
  return apply && description ? { description, apply } : undefined;
}
