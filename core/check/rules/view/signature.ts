/**
 * The signature block: present at all; the authority's lines (prefixes "TM.", "KT."…, CAPS, a
 * deputy's own title under "KT."/"K/T"); the signer's name (present, no academic titles, each
 * word capitalised).
 */
import { DECREE30 } from '../../../rules/decree30';
import { finding } from '../../catalog';
import type { DocxView } from '../../view/view';
import { ACADEMIC_TITLE, isCaps, nameCase } from '../../text-utils';
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
  const blocks = new Map<string, DocxView['paragraphs']>();
  for (const p of view.paragraphs) if (p.part === 'signature') blocks.set(p.container, [...(blocks.get(p.container) ?? []), p]);
  const signed = [...blocks.values()].filter((list) => list.some((p) => p.role === 'signatureTitle' || p.role === 'signerName'));
  // No signature block at all (a document is checked once it has a header).
  if (signed.length === 0) {
    if (view.paragraphs.some((p) => p.part === 'header')) out.push(finding('signature.missing', { part: 'signature' }));
    return out;
  }
  for (const list of signed) {
    const titles = list.filter((p) => p.role === 'signatureTitle');
    const name = list.find((p) => p.role === 'signerName');
    // Only the collective ("TM. ỦY BAN NHÂN DÂN") or nothing above the name: the head's title is missing.
    const heads = titles.filter((p) => !/^T\s*[/.]?\s*M(?![\p{L}])/u.test(p.text));
    // A deputy's title ("PHÓ CHỦ TỊCH") straight under the collective: the head's "KT. CHỦ TỊCH" line is missing.
    const deputyUnderCollective = titles.some((p, i) => i > 0 && /^PHÓ(?![\p{L}])/u.test(p.text) && /^T\s*[/.]?\s*M(?![\p{L}])/u.test(titles[i - 1].text));
    if (heads.length === 0 || deputyUnderCollective) out.push(finding('signature.head-title-missing', locationOf(titles[0] ?? name!)));
    // "KT. CHỦ TỊCH" (or "TL.", "TUQ.") as the last title: the signer's own title is missing.
    const lastTitle = titles[titles.length - 1];
    const deputy = lastTitle ? PREFIX.exec(lastTitle.text) : null;
    if (deputy && heads.length > 0 && !/^T\s*[/.]?\s*M/u.test(deputy[1]) && !/^Q/u.test(deputy[1])) {
      out.push(finding('signature.signer-title-missing', locationOf(lastTitle), { prefix: deputy[1].replace(/\s+/g, '') }));
    }
    if (titles.length > 0 && !name) out.push(finding('signature.name-missing', locationOf(titles[titles.length - 1])));
    if (name && !ACADEMIC_TITLE.test(name.text) && name.text !== nameCase(name.text)) {
      out.push(finding('signature.name-case', locationOf(name), { text: name.text, expected: nameCase(name.text) }));
    }
  }
  return out;
}

