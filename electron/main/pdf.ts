/**
 * "Export PDF" in Electron: the renderer's page view printed by Chromium (printToPDF) on A4 with
 * the Decree 30 margins, then written atomically. The renderer's print CSS (@page rules) decides
 * landscape appendix sheets and page numbers; these options are the defaults it refines.
 */
import type { WebContents } from 'electron';
import { writeFileAtomic } from '../node/atomic-write';
import { HostCallError } from '../../core/host/contract';

const MM_PER_INCH = 25.4;
const inches = (mm: number) => mm / MM_PER_INCH;

/** Decree 30 (DECREE30.md): top 20, bottom 20, left 30, right 15 mm. */
export const PDF_OPTIONS = {
  pageSize: 'A4',
  printBackground: true,
  preferCSSPageSize: true,
  margins: { top: inches(20), bottom: inches(20), left: inches(30), right: inches(15) },
} as const;

export function createPdfExporter(contents: () => WebContents | null): (path: string) => Promise<void> {
  return async (path) => {
    const target = contents();
    if (!target || target.isDestroyed()) throw new HostCallError('unsupported', 'There is no document window to print');
    const data = await target.printToPDF({ ...PDF_OPTIONS, margins: { ...PDF_OPTIONS.margins } });
    await writeFileAtomic(path, data);
  };
}
