/** The largest paste accepted, in characters of text; anything larger is refused whole. */
export const PASTE_LIMIT = 1_000_000;

/** HTML this much longer than the limit is not parsed at all (the plain text is used or refused). */
export const HTML_PARSE_LIMIT = 20 * PASTE_LIMIT;
