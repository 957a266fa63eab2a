/** Signature block lines: "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH". */
import type { AuthorityPrefix, DocumentVariant, SignatureBlock } from '../model/types';
import { DECREE30 } from '../rules/decree30';
import { upperVi } from '../model/text';

export function authorityPrefix(prefix: AuthorityPrefix, variant: DocumentVariant): string {
  return DECREE30.authorityPrefixes[variant][prefix];
}

/** The CAPS bold lines above the space for signature and seal. */
export function signatureAuthorityLines(signature: SignatureBlock, variant: DocumentVariant): string[] {
  const lines: string[] = [];
  const collective = signature.collective.trim();
  if (collective) lines.push(`${authorityPrefix('TM', variant)} ${upperVi(collective)}`);
  const head = upperVi(signature.headTitle.trim());
  if (head) lines.push(signature.authority ? `${authorityPrefix(signature.authority, variant)} ${head}` : head);
  const signer = upperVi(signature.signerTitle.trim());
  if (signer) lines.push(signer);
  return lines;
}
