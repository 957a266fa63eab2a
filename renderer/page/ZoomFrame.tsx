/**
 * Shows the page view zoomed inside the desk. The pages are laid out at 100 % and scaled as a
 * picture (CSS transform, top left), so text and page breaks are the same at every zoom; the
 * frame takes the scaled size, so the desk scrolls over all of it (the left edge of a wide
 * landscape appendix stays reachable) and centres it when it is narrower. Ctrl + wheel over the
 * desk zooms, keeping the point under the pointer in place. Printing is not zoomed (print.css).
 */
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { DECREE30 } from '../../core/rules/decree30';
import { MM_TO_PX } from './pagination';
import { effectivePercent, type Size, type ZoomSetting } from './zoom';

const { page } = DECREE30;
/** One sheet with the desk's margins around it (page.css: .page-view padding), for "fit page". */
const SHEET_BOX: Size = { width: page.widthMm * MM_TO_PX + 64, height: page.heightMm * MM_TO_PX + 56 };

interface Props {
  setting: ZoomSetting;
  onShown(percent: number): void;
  onWheel(direction: 1 | -1): void;
  children: ReactNode;
}

interface Anchor {
  /** Point in the desk's viewport and the content point (at 100 %) under it. */
  viewX: number;
  viewY: number;
  contentX: number;
  contentY: number;
}

export function ZoomFrame({ setting, onShown, onWheel, children }: Props) {
  const frameRef = useRef<HTMLDivElement>(null);
  const contentRef = useRef<HTMLDivElement>(null);
  const [geometry, setGeometry] = useState({ available: { width: 0, height: 0 }, content: { width: 0, height: 0 } });
  const anchor = useRef<Anchor | null>(null);
  const scaleRef = useRef(1);

  // Desk and content sizes, kept up to date (panels opening, window resized, pages added).
  useLayoutEffect(() => {
    const frame = frameRef.current;
    const content = contentRef.current;
    const desk = frame?.parentElement;
    if (!frame || !content || !desk) return;
    const measure = () => {
      const style = getComputedStyle(desk);
      const available = { width: desk.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight), height: desk.clientHeight };
      const size = { width: content.offsetWidth, height: content.offsetHeight };
      setGeometry((old) =>
        old.available.width === available.width && old.available.height === available.height && old.content.width === size.width && old.content.height === size.height ? old : { available, content: size },
      );
    };
    const observer = new ResizeObserver(measure);
    observer.observe(desk);
    observer.observe(content);
    measure();
    return () => observer.disconnect();
  }, []);

  // Ctrl + wheel zooms the pages (never the whole window), around the pointer.
  useLayoutEffect(() => {
    const desk = frameRef.current?.parentElement;
    if (!desk) return;
    const onWheelEvent = (event: WheelEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.deltaY === 0) return;
      event.preventDefault();
      const box = desk.getBoundingClientRect();
      const viewX = event.clientX - box.left;
      const viewY = event.clientY - box.top;
      const frameLeft = frameRef.current?.offsetLeft ?? 0;
      const scale = scaleRef.current;
      anchor.current = { viewX, viewY, contentX: (desk.scrollLeft + viewX - frameLeft) / scale, contentY: (desk.scrollTop + viewY) / scale };
      onWheel(event.deltaY < 0 ? 1 : -1);
    };
    desk.addEventListener('wheel', onWheelEvent, { passive: false });
    return () => desk.removeEventListener('wheel', onWheelEvent);
  }, [onWheel]);

  const measured = geometry.content.width > 0;
  const percent = measured ? effectivePercent(setting, geometry.available, geometry.content, SHEET_BOX) : setting.mode === 'percent' ? setting.percent : 100;
  const scale = percent / 100;

  useLayoutEffect(() => {
    if (measured) onShown(percent);
  }, [measured, percent, onShown]);

  // After a zoom change: keep the point under the pointer (wheel) or the top of the view in place.
  useLayoutEffect(() => {
    const previous = scaleRef.current;
    scaleRef.current = scale;
    const desk = frameRef.current?.parentElement;
    if (!desk || previous === scale) return;
    const kept = anchor.current;
    anchor.current = null;
    const frameLeft = frameRef.current?.offsetLeft ?? 0;
    if (kept) {
      desk.scrollLeft = kept.contentX * scale + frameLeft - kept.viewX;
      desk.scrollTop = kept.contentY * scale - kept.viewY;
    } else {
      desk.scrollTop = (desk.scrollTop / previous) * scale;
    }
  }, [scale]);

  const width = geometry.content.width * scale;
  const height = geometry.content.height * scale;
  return (
    <div
      className="zoom-frame"
      ref={frameRef}
      data-testid="zoom-frame"
      data-zoom={percent}
      style={measured ? { width: `${width}px`, height: `${height}px` } : undefined}
    >
      <div className="zoom-content" ref={contentRef} style={scale === 1 ? undefined : { transform: `scale(${scale})` }}>
        {children}
      </div>
    </div>
  );
}
