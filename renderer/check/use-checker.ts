/**
 * Runs the Decree 30 checker (kiểm tra thể thức) over the open document while the panel is
 * shown: at once when it opens, then once typing pauses. Findings come errors first; a check
 * still running when the document changes again is dropped.
 */
import { useEffect, useRef, useState } from 'react';
import { checkDocument } from '../../core/check/check-document';
import { sortFindings } from '../../core/check/summary';
import type { Finding } from '../../core/check/types';
import { nestBody, type FlatBlock } from '../../core/model/flat-body';
import type { VanBanDocument } from '../../core/model/types';

/** Pause after the last edit before checking again. */
export const CHECK_DELAY_MS = 350;

export async function runCheck(document: VanBanDocument, flatBody: readonly FlatBlock[]): Promise<Finding[]> {
  return sortFindings(await checkDocument({ ...document, body: nestBody(flatBody) }));
}

export function useChecker(document: VanBanDocument | null, flatBody: readonly FlatBlock[], enabled: boolean): Finding[] | null {
  const [findings, setFindings] = useState<Finding[] | null>(null);
  const checkedOnce = useRef(false);

  useEffect(() => {
    if (!enabled || !document) {
      checkedOnce.current = false;
      setFindings(null);
      return;
    }
    let current = true;
    const timer = window.setTimeout(
      () => {
        checkedOnce.current = true;
        runCheck(document, flatBody).then(
          (result) => {
            if (current) setFindings(result);
          },
          // The writer failing on a document is a bug, not a clean result: keep what was shown.
          (error: unknown) => console.error('check failed', error),
        );
      },
      checkedOnce.current ? CHECK_DELAY_MS : 0,
    );
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [document, flatBody, enabled]);

  return findings;
}
