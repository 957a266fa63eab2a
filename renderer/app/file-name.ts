/** File names the app suggests and accepts ("ke-hoach-trien-khai.vanban"). */
import type { VanBanDocument } from '../../core/model/types';
import { documentTypeById } from '../../core/rules/decree30';

export type FileExtension = '.vanban' | '.docx' | '.pdf';

/** Vietnamese text as a lower-case ASCII slug: "Kế hoạch Đào tạo" → "ke-hoach-dao-tao". */
export function slugVi(text: string, maxLength = 60): string {
  const ascii = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return ascii.slice(0, maxLength).replace(/-+$/, '');
}

/** A name from the type and summary: "ke-hoach-trien-khai-chuyen-doi-so.vanban". */
export function suggestFileName(doc: VanBanDocument, extension: FileExtension): string {
  const type = documentTypeById(doc.kind)?.name ?? 'van-ban';
  const slug = slugVi(`${type} ${doc.summary}`) || 'van-ban';
  return `${slug}${extension}`;
}

/** The name the clerk typed, cleaned of characters no file system accepts, with the extension. */
export function withExtension(name: string, extension: FileExtension): string {
  const cleaned = name
    .normalize('NFC')
    .replace(/[<>:"/\\|?*\u0000-\u001f]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  if (!cleaned) return '';
  return cleaned.toLowerCase().endsWith(extension) ? cleaned : `${cleaned}${extension}`;
}

/** The last part of a path, for titles and lists. */
export function baseName(path: string): string {
  return path.split(/[\\/]/).filter(Boolean).pop() ?? path;
}
