/**
 * The zoom control at the right of the status bar: − / + and the zoom shown ("100 %"), which
 * opens a menu of usual zooms, Vừa chiều rộng (fit width) and Vừa trang (fit page).
 */
import { memo, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Zoom } from '../page/use-zoom';
import { ZOOM_MAX_PERCENT, ZOOM_MIN_PERCENT } from '../../core/host/contract';

const MENU_PERCENTS = [50, 75, 100, 125, 150, 200];

export const ZoomControl = memo(function ZoomControl({ zoom }: { zoom: Zoom }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const { setting, shown } = zoom;

  useEffect(() => {
    if (!open) return;
    const onDown = (event: MouseEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false);
    };
    document.addEventListener('mousedown', onDown);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('mousedown', onDown);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  const label = t('zoom.percent', { percent: shown.toLocaleString(i18n.language === 'vi' ? 'vi-VN' : 'en-GB') });
  const choose = (action: () => void) => {
    action();
    setOpen(false);
  };
  return (
    <div className="zoom-control" ref={rootRef} data-testid="zoom-control">
      <button type="button" className="zoom-step" data-testid="zoom-out" title={t('zoom.outTitle')} aria-label={t('zoom.outTitle')} disabled={shown <= ZOOM_MIN_PERCENT} onClick={() => zoom.run('zoomOut')}>
        −
      </button>
      <button type="button" className="zoom-value" data-testid="zoom-value" data-percent={shown} data-mode={setting.mode} title={t('zoom.menuTitle')} aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen(!open)}>
        {label}
      </button>
      <button type="button" className="zoom-step" data-testid="zoom-in" title={t('zoom.inTitle')} aria-label={t('zoom.inTitle')} disabled={shown >= ZOOM_MAX_PERCENT} onClick={() => zoom.run('zoomIn')}>
        +
      </button>
      {open && (
        <div className="zoom-menu" role="menu" data-testid="zoom-menu">
          <button type="button" role="menuitemradio" aria-checked={setting.mode === 'width'} data-testid="zoom-fit-width" onClick={() => choose(() => zoom.run('zoomFitWidth'))}>
            {t('zoom.fitWidth')}
          </button>
          <button type="button" role="menuitemradio" aria-checked={setting.mode === 'page'} data-testid="zoom-fit-page" onClick={() => choose(() => zoom.run('zoomFitPage'))}>
            {t('zoom.fitPage')}
          </button>
          <button type="button" role="menuitemradio" aria-checked={setting.mode === 'auto'} data-testid="zoom-auto" title={t('zoom.autoTitle')} onClick={() => choose(() => zoom.set({ mode: 'auto', percent: 100 }))}>
            {t('zoom.auto')}
          </button>
          <div className="zoom-menu-rule" role="separator" />
          {MENU_PERCENTS.map((percent) => (
            <button
              type="button"
              role="menuitemradio"
              key={percent}
              aria-checked={setting.mode === 'percent' && setting.percent === percent}
              data-testid={`zoom-${percent}`}
              onClick={() => choose(() => zoom.set({ mode: 'percent', percent }))}
            >
              {t('zoom.percent', { percent })}
            </button>
          ))}
        </div>
      )}
    </div>
  );
});
