/** Shown when an export or save takes longer than a moment (over 300 ms). */
export function ProgressOverlay({ label }: { label: string }) {
  return (
    <div className="progress-overlay" data-testid="progress" role="status" aria-live="polite">
      <div className="progress-box">
        <div className="spinner" aria-hidden="true" />
        <span>{label}</span>
      </div>
    </div>
  );
}
