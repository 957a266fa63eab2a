/** The signature block: titles, prefixes chosen rather than typed, the signer's name. */
import type { SignatureBlock, VanBanDocument } from '../../../model/types';
import { authorityPrefix } from '../../../format/signature';
import { finding } from '../../catalog';
import { ACADEMIC_TITLE, nameCase, TYPED_PREFIX } from '../../text-utils';
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

export function checkSignature(doc: VanBanDocument): Finding[] {
  const out: Finding[] = [];
  const { signature } = doc;
  const at = (field: string, text?: string) => ({ part: 'signature' as const, path: `signature.${field}`, ...(text ? { text } : {}) });
  if (!signature.headTitle.trim()) out.push(finding('signature.head-title-missing', at('headTitle')));
  if (signature.authority && signature.authority !== 'Q' && !signature.signerTitle.trim()) {
    out.push(finding('signature.signer-title-missing', at('signerTitle'), { prefix: authorityPrefix(signature.authority, doc.variant) }));
  }
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
  const name = signature.signerName.trim();
  if (!name) {
    out.push(finding('signature.name-missing', at('signerName')));
    return out;
  }
  const academic = ACADEMIC_TITLE.exec(name);
  if (academic) {
    out.push(
      finding('signature.academic-title', at('signerName', name), { text: name }, (d) => ({
        ...d,
        signature: { ...d.signature, signerName: d.signature.signerName.trim().replace(ACADEMIC_TITLE, '') },
      })),
    );
  }
  const bare = name.replace(ACADEMIC_TITLE, '');
  if (bare && bare !== nameCase(bare)) {
    out.push(
      finding('signature.name-case', at('signerName', name), { text: bare, expected: nameCase(bare) }, (d) => ({
        ...d,
        signature: { ...d.signature, signerName: nameCase(d.signature.signerName) },
      })),
    );
  }
  return out;
}
