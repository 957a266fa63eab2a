/** The signature fields: the authority chosen from the list, never typed into a title ("KT. CHỦ TỊCH"). */
import type { SignatureBlock, VanBanDocument } from '../../../model/types';
import { finding } from '../../catalog';
import { TYPED_PREFIX } from '../../text-utils';
import type { Finding } from '../../types';

type TitleField = 'collective' | 'headTitle' | 'signerTitle';

/** "K/T" or "KT" → "KT"; null for forms the model has no authority for. */
function prefixId(typed: string): SignatureBlock['authority'] | 'TM' {
  const letters = typed.replace(/[^A-Z]/g, '');
  return (['TM', 'KT', 'TL', 'TUQ', 'Q'] as const).find((id) => id === letters) ?? null;
}

function withoutTypedPrefix(signature: SignatureBlock, field: TitleField): SignatureBlock {
  const match = TYPED_PREFIX.exec(signature[field].trim());
  if (!match) return signature;
  const next = { ...signature, [field]: signature[field].trim().slice(match[0].length) };
  const id = prefixId(match[1]);
  if (field === 'headTitle' && id && id !== 'TM' && !signature.authority) next.authority = id;
  return next;
}

export function checkTypedPrefixes(doc: VanBanDocument): Finding[] {
  const out: Finding[] = [];
  const { signature } = doc;
  const at = (field: string, text?: string) => ({ part: 'signature' as const, path: `signature.${field}`, ...(text ? { text } : {}) });
  for (const field of ['collective', 'headTitle', 'signerTitle'] as const) {
    const text = signature[field].trim();
    const match = TYPED_PREFIX.exec(text);
    if (match) {
      out.push(
        finding('signature.prefix-typed', at(field, text), { prefix: match[0].trim(), text }, (d) => ({
          ...d,
          signature: withoutTypedPrefix(d.signature, field),
        })),
      );
    }
  }
  return out;
}
