/** Signature lines (prefixes "TM.", "KT."…, CAPS, no academic titles) and the "Nơi nhận" list. */
import { DECREE30 } from '../../../rules/decree30';
import { finding } from '../../catalog';
import type { DocxView } from '../../docx/view';
import { ACADEMIC_TITLE, isCaps } from '../../text-utils';
import type { Finding } from '../../types';
import { locationOf } from './elements';

/** A prefix as written: letters with optional "/" or "." between and after them. */
const PREFIX = /^((?:T\s*[/.]?\s*M|K\s*[/.]?\s*T|T\s*[/.]?\s*L|TUQ|Q)\s*[/.]?)(?=\s|$)/u;

function expectedPrefix(written: string, party: boolean): string | null {
  const letters = written.replace(/[^A-Z]/g, '') as keyof typeof DECREE30.authorityPrefixes.state;
  const state = DECREE30.authorityPrefixes.state[letters];
  if (!state) return null;
  const partyForm = DECREE30.authorityPrefixes.party[letters];
  // Party documents write "T/M", "K/T", "T/L"; "TM." is accepted there too.
  if (party && (written === partyForm || written === state)) return null;
  return written === state ? null : state;
}

export function checkSignatureBlock(view: DocxView): Finding[] {
  const out: Finding[] = [];
  for (const p of view.paragraphs) {
    if (p.part !== 'signature' || !p.text) continue;
    if (p.role === 'signatureTitle') {
      const match = PREFIX.exec(p.text);
      if (match) {
        const expected = expectedPrefix(match[1].replace(/\s+/g, ''), view.party);
        if (expected) out.push(finding('signature.prefix', locationOf(p), { found: match[1], expected }));
      }
      if (!isCaps(p.text)) out.push(finding('signature.caps', locationOf(p), { text: p.text }));
    }
    if (p.role === 'signerName' && ACADEMIC_TITLE.test(p.text)) out.push(finding('signature.academic-title', locationOf(p), { text: p.text }));
  }
  // A signature block with its titles but no name under them (the name line left empty).
  const blocks = new Map<string, DocxView['paragraphs']>();
  for (const p of view.paragraphs) if (p.part === 'signature') blocks.set(p.container, [...(blocks.get(p.container) ?? []), p]);
  for (const list of blocks.values()) {
    const titles = list.filter((p) => p.role === 'signatureTitle');
    if (titles.length > 0 && !list.some((p) => p.role === 'signerName')) out.push(finding('signature.name-missing', locationOf(titles[titles.length - 1])));
  }
  return out;
}

export function checkRecipientList(view: DocxView): Finding[] {
  const out: Finding[] = [];
  const label = view.paragraphs.find((p) => p.role === 'recipientsLabel');
  if (!label) {
    out.push(finding('recipients.missing', { part: 'recipients' }));
    return out;
  }
  const lines = view.paragraphs.filter((p) => p.role === 'recipientsList' && p.text);
  if (lines.length === 0) out.push(finding('recipients.missing', locationOf(label)));
  lines.forEach((p, i) => {
    const last = i === lines.length - 1;
    const ok = /^-\s\S/u.test(p.text) && (last ? /[^.]\.$/u.test(p.text) : /;$/u.test(p.text));
    if (!ok) out.push(finding('recipients.punctuation', locationOf(p), { text: p.text }));
  });
  if (!lines.some((p) => /^-?\s*Lưu(?![\p{L}])/u.test(p.text))) out.push(finding('recipients.archive-missing', locationOf(label)));
  return out;
}
