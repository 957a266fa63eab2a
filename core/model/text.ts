/** Text hygiene shared by loading, saving and writing: NFC and no XML-illegal characters. */

// XML 1.0 allows #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
// Lone surrogates are also illegal; the u flag makes the class match them as code points.
const XML_ILLEGAL = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Removes characters that cannot appear in XML 1.0 (control characters, lone surrogates, U+FFFE/F). */
export function stripXmlIllegal(text: string): string {
  // Test first: most text is clean, and test() allocates nothing.
  XML_ILLEGAL.lastIndex = 0;
  if (!XML_ILLEGAL.test(text)) return text;
  XML_ILLEGAL.lastIndex = 0;
  return text.replace(XML_ILLEGAL, '');
}

/** NFC and XML-legal: what every string in a document must be. */
export function cleanText(text: string): string {
  return stripXmlIllegal(text).normalize('NFC');
}

/** Applies cleanText to every string in a JSON-like value, returning a new value. */
export function cleanAllText<T>(value: T): T {
  if (typeof value === 'string') return cleanText(value) as T;
  if (Array.isArray(value)) return value.map((item) => cleanAllText(item)) as T;
  if (value !== null && typeof value === 'object') {
    // fromEntries defines own properties, so a "__proto__" key from JSON stays data.
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, cleanAllText(item)])) as T;
  }
  return value;
}

/** Vietnamese-aware upper case (đ → Đ, ư → Ư) in NFC. */
export function upperVi(text: string): string {
  return text.toLocaleUpperCase('vi-VN').normalize('NFC');
}
