/** The signature block and the "Nơi nhận:" list. */
import type { SignatureBlock } from '../model/types';
import { bareRecipient } from '../format/recipients';
import { ARCHIVE, RECIPIENTS_LABEL, SIGNATURE_PREFIX, SIGN_PLACEHOLDER, isCaps, normaliseSpaces } from './patterns';

export interface SignatureResult {
  signature: SignatureBlock;
  party: boolean;
  found: boolean;
  leftovers: string[];
  decorations: string[];
}

const PREFIX: Record<string, 'TM' | 'KT' | 'TL' | 'TUQ' | 'Q'> = {
  TM: 'TM', 'T/M': 'TM', KT: 'KT', 'K/T': 'KT', TL: 'TL', 'T/L': 'TL', TUQ: 'TUQ', 'T/UQ': 'TUQ', Q: 'Q',
};

export function isSignatureLine(text: string): boolean {
  const t = normaliseSpaces(text);
  return SIGNATURE_PREFIX.test(t) && isCaps(t);
}

/** Lines of the signature block, top to bottom. */
export function parseSignature(lines: string[]): SignatureResult {
  const signature: SignatureBlock = { collective: '', authority: null, headTitle: '', signerTitle: '', signerName: '' };
  const result: SignatureResult = { signature, party: false, found: false, leftovers: [], decorations: [] };
  const texts = lines.map(normaliseSpaces).filter(Boolean);
  // The signer's name: the last line, when it is not CAPS.
  let nameIndex = -1;
  for (let i = texts.length - 1; i >= 0; i--) {
    if (SIGN_PLACEHOLDER.test(texts[i])) continue;
    if (!isCaps(texts[i]) && /^\p{Lu}/u.test(texts[i]) && texts[i].split(' ').length <= 6) nameIndex = i;
    break;
  }
  let last: 'collective' | 'headTitle' | 'signerTitle' | null = null;
  texts.forEach((text, i) => {
    if (i === nameIndex) {
      signature.signerName = text;
      result.found = true;
      return;
    }
    if (SIGN_PLACEHOLDER.test(text)) {
      result.decorations.push(text);
      return;
    }
    if (!isCaps(text)) {
      result.leftovers.push(text);
      return;
    }
    const m = SIGNATURE_PREFIX.exec(text);
    if (m && PREFIX[m[1]]) {
      const prefix = PREFIX[m[1]];
      if (m[1].includes('/')) result.party = true;
      if (prefix === 'TM') {
        signature.collective = m[2].trim();
        last = 'collective';
      } else {
        signature.authority = prefix;
        signature.headTitle = m[2].trim();
        last = 'headTitle';
      }
    } else if (!signature.headTitle && !signature.authority) {
      signature.headTitle = text;
      last = 'headTitle';
    } else if (!signature.signerTitle && last !== 'signerTitle' && !(last === 'headTitle' && !signature.authority)) {
      signature.signerTitle = text;
      last = 'signerTitle';
    } else if (last) {
      // A title wrapped over two lines.
      signature[last] = `${signature[last]} ${text}`;
    } else {
      result.leftovers.push(text);
      return;
    }
    result.found = true;
  });
  return result;
}

export interface RecipientsResult {
  recipients: string[];
  archive: string;
  leftovers: string[];
}

/** Lines from "Nơi nhận:" on. */
export function parseRecipients(lines: string[]): RecipientsResult {
  const out: RecipientsResult = { recipients: [], archive: '', leftovers: [] };
  let open = false; // the previous recipient line did not end, so a bare line continues it
  for (const raw of lines) {
    let text = normaliseSpaces(raw);
    if (!text) continue;
    const label = RECIPIENTS_LABEL.exec(text);
    if (label) {
      text = label[1].trim();
      if (!text) continue;
    }
    const archive = ARCHIVE.exec(text);
    if (archive && /^[-–+•]?\s*Lưu\b/u.test(text)) {
      // "Lưu: VT, NCKS" keeps its units; "Lưu VP.BTGTU" (no colon, as Party documents write it) its whole line.
      const units = archive[1].replace(/[.;,]+$/, '').trim();
      out.archive = /^[-–+•]?\s*Lưu\s*:/u.test(text) || !units ? units : `Lưu ${units}`;
      open = false;
      continue;
    }
    const startsItem = /^[-–+•]/.test(text);
    if (!startsItem && open && out.recipients.length > 0) {
      out.recipients[out.recipients.length - 1] = bareRecipient(`${out.recipients[out.recipients.length - 1]} ${text}`);
    } else {
      out.recipients.push(bareRecipient(text));
    }
    open = !/[;.]$/.test(text);
  }
  return out;
}
