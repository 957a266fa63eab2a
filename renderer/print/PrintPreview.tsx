/**
 * Xem trước khi in: the pages exactly as the printer gets them — the page view copied into a
 * frame with the app's print CSS, laid out on A4 pages by Paged.js (margins, page numbers from
 * page 2, landscape appendix pages), whatever the screen zoom. From here the clerk prints or
 * exports the PDF (both go through the same print CSS).
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
// The package's exports map hides its prebuilt polyfill: it is taken by path, as a file of its own.
import pagedPolyfillUrl from '../../node_modules/pagedjs/dist/paged.polyfill.min.js?url';
import { printableCopy, printCss } from './print-document';
import { useEscape } from '../app/use-escape';

/** The preview frame's own look: grey desk, sheets with a shadow (never printed: only the app prints). */
const PREVIEW_CSS = `
html, body { margin: 0; background: #7d828c; }
body { padding: 16px 0 32px; }
.pagedjs_pages { display: flex; flex-direction: column; align-items: center; gap: 16px; }
.pagedjs_page { background: #fff; box-shadow: 0 2px 10px rgba(0, 0, 0, 0.35); }
/* A named page of another size (the landscape appendix): Paged.js sets its page box only. */
.pagedjs_page.pagedjs_named_page { width: var(--pagedjs-pagebox-width) !important; height: var(--pagedjs-pagebox-height) !important; }
`;

interface PagedWindow extends Window {
  PagedConfig?: { auto?: boolean; after?(flow: { total: number }): void };
}

interface Props {
  onClose(): void;
  onPrint(): void;
  onExportPdf(): void;
}

export function PrintPreview({ onClose, onPrint, onExportPdf }: Props) {
  const { t, i18n } = useTranslation();
  const frameRef = useRef<HTMLIFrameElement>(null);
  const [pages, setPages] = useState<number | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const frame = frameRef.current;
    const source = document.querySelector<HTMLElement>('[data-testid="page-view"]');
    const win = frame?.contentWindow as PagedWindow | null;
    const doc = frame?.contentDocument;
    if (!frame || !win || !doc || !source) {
      setFailed(true);
      return;
    }
    doc.open();
    doc.write(`<!doctype html><html lang="${i18n.language === 'en' ? 'en' : 'vi'}"><head><meta charset="utf-8"><title></title></head><body></body></html>`);
    doc.close();
    const css = doc.createElement('style');
    css.textContent = printCss(Array.from(document.styleSheets));
    const look = doc.createElement('style');
    look.textContent = PREVIEW_CSS;
    doc.head.append(css, look);
    doc.body.append(doc.importNode(printableCopy(source), true));
    win.PagedConfig = { auto: true, after: (flow) => setPages(flow.total) };
    const script = doc.createElement('script');
    script.src = new URL(pagedPolyfillUrl, window.location.href).href;
    script.onerror = () => setFailed(true);
    doc.head.append(script);
  }, [i18n.language]);

  useEscape(onClose);

  return (
    <div className="print-preview" role="dialog" aria-modal="true" aria-label={t('preview.title')} data-testid="print-preview">
      <div className="print-preview-bar">
        <h2>{t('preview.title')}</h2>
        <span className="print-preview-pages" data-testid="print-preview-pages" data-count={pages ?? undefined}>
          {failed ? t('preview.failed') : pages === null ? t('preview.laying') : t('preview.pages', { count: pages })}
        </span>
        <span className="print-preview-note">{t('preview.note')}</span>
        <button type="button" className="button primary" data-testid="print-preview-print" onClick={onPrint}>
          {t('preview.print')}
        </button>
        <button type="button" className="button" data-testid="print-preview-pdf" onClick={onExportPdf}>
          {t('preview.exportPdf')}
        </button>
        <button type="button" className="button" data-testid="print-preview-close" onClick={onClose}>
          {t('preview.close')}
        </button>
      </div>
      <iframe ref={frameRef} className="print-preview-frame" title={t('preview.title')} data-testid="print-preview-frame" />
    </div>
  );
}
