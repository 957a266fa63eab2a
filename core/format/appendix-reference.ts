/**
 * The italic line under an appendix title: "(Kèm theo Kế hoạch số 05/KH-UBND ngày … của …)",
 * or the line the source wrote when the appendix was imported with one ("(Ban hành kèm theo …)").
 */
import type { Appendix, VanBanDocument } from '../model/types';
import { documentTypeById } from '../rules/decree30';
import { formatDatePhrase } from './date';
import { formatCode } from './number-code';

export function formatAppendixReference(doc: VanBanDocument, appendix?: Pick<Appendix, 'reference'>): string {
  const written = appendix?.reference?.trim();
  if (written) return written;
  const typeName = documentTypeById(doc.kind)?.name ?? 'Văn bản';
  const code = formatCode(doc.kind, doc.variant, doc.header);
  const issuer = doc.header.issuingAgencyInText.trim();
  const of = issuer ? ` của ${issuer}` : '';
  return `(Kèm theo ${typeName} số ${code} ${formatDatePhrase(doc.header.date)}${of})`;
}
