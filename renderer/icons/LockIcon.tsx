/**
 * A padlock drawn as an inline SVG: it needs no emoji font (office PCs and the Linux test
 * machines often have none, and the 🔒 glyph then shows as a box). Takes the text colour.
 */
export function LockIcon({ className }: { className?: string }) {
  return (
    <svg className={className} data-testid="lock-icon" width="1em" height="1em" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d="M5 7V5a3 3 0 0 1 6 0v2" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
      <rect x="3" y="7" width="10" height="7.5" rx="1.5" fill="currentColor" />
      <circle cx="8" cy="10.4" r="1.1" fill="#fff" />
    </svg>
  );
}
