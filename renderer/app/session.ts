/** An id for this window's editing session: names its autosave file in the recovery folder. */
export function newSessionId(): string {
  const random = globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
  return `s-${random}`;
}
