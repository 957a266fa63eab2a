/**
 * Measures the page flow after layout (debounced) and computes where sheets break. A spacer is
 * set on the element it pushes down, as a custom property (`--vb-spacer`, with the
 * `data-vb-spacer` attribute) that a screen-only rule in page.css draws as a transparent top
 * border: changing one spacer restyles that element only (a generated stylesheet restyled the
 * whole document), and React never manages these properties, so the editor's rendering is
 * untouched. Each element remembers its own spacer, so a block moved by an edit carries its
 * spacer until the next measurement moves it.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { paginate, type FlowBox, type SheetGeometry } from './pagination';
import { unscale } from './zoom';

const DEBOUNCE_MS = 120;
const EPSILON = 0.5;
const SPACER_PROPERTY = '--vb-spacer';
const SPACER_ATTRIBUTE = 'data-vb-spacer';
const MEASURING_ATTRIBUTE = 'data-vb-measuring';

interface FlowItem {
  element: HTMLElement;
  keepWithNext: boolean;
}

function isHeading(element: Element): boolean {
  const kinded = element.hasAttribute('data-kind') ? element : element.querySelector('[data-kind]');
  const kind = kinded?.getAttribute('data-kind');
  return kind === 'section' || (kind === 'clause' && kinded?.getAttribute('data-titled') !== 'false');
}

/** The flow's items in reading order: the page's own parts and each body block. */
function flowItems(flow: HTMLElement): FlowItem[] {
  const items: FlowItem[] = [];
  for (const child of Array.from(flow.children)) {
    if (child.classList.contains('body-host')) {
      const editable = child.querySelector('[data-slate-editor]');
      for (const block of Array.from(editable?.children ?? [])) {
        if (block instanceof HTMLElement) items.push({ element: block, keepWithNext: isHeading(block) });
      }
      continue;
    }
    if (child instanceof HTMLElement && child.hasAttribute('data-flow')) items.push({ element: child, keepWithNext: false });
  }
  return items;
}

/** The spacer currently drawn above an element (0 when none). */
const spacers = new WeakMap<Element, number>();

function setSpacer(element: HTMLElement, px: number): void {
  if (px > 0) {
    element.style.setProperty(SPACER_PROPERTY, `${px.toFixed(2)}px`);
    element.setAttribute(SPACER_ATTRIBUTE, '');
    spacers.set(element, px);
  } else {
    element.style.removeProperty(SPACER_PROPERTY);
    if (element.getAttribute('style') === '') element.removeAttribute('style');
    element.removeAttribute(SPACER_ATTRIBUTE);
    spacers.delete(element);
  }
}

/** Whether a block is laid out now: every block while measuring, else those on screen. */
function onScreen(block: Element): boolean {
  const rect = block.getBoundingClientRect();
  return rect.bottom >= 0 && rect.top <= window.innerHeight;
}

/** A block off screen whose size was never measured with its current text. */
function hasUnmeasuredBlock(editable: Element, laidOut: WeakMap<Element, string>): boolean {
  for (const block of Array.from(editable.children)) {
    if (laidOut.get(block) !== block.textContent && !onScreen(block)) return true;
  }
  return false;
}

/** Records the text each laid-out block had when measured. */
function rememberLaidOut(editable: Element, laidOut: WeakMap<Element, string>, all: boolean): void {
  for (const block of Array.from(editable.children)) {
    if (all || onScreen(block)) laidOut.set(block, block.textContent ?? '');
  }
}

export interface Pagination {
  pageCount: number;
  /** Ask for a new measurement (after content changes). */
  schedule(): void;
}

export function usePagination(flowRef: RefObject<HTMLElement | null>, geometry: SheetGeometry): Pagination {
  const [pageCount, setPageCount] = useState(1);
  const timer = useRef<number | undefined>(undefined);

  // Blocks off screen skip layout and keep the size they last had (editor.css). A block off screen
  // that was never laid out (another document opened), or whose text changed while off screen
  // (replace all), or any block after fonts or the sheet changed, has no true size: then every
  // block is laid out for one frame (which records their sizes) before measuring.
  const needsFullLayout = useRef(true);
  const laidOutText = useRef(new WeakMap<Element, string>());

  const measure = useCallback(() => {
    const flow = flowRef.current;
    if (!flow) return;
    const editable = flow.querySelector('.body-host [data-slate-editor]');
    const measuring = editable?.hasAttribute(MEASURING_ATTRIBUTE) ?? false;
    if (editable && !measuring && (needsFullLayout.current || hasUnmeasuredBlock(editable, laidOutText.current))) {
      editable.setAttribute(MEASURING_ATTRIBUTE, '');
      requestAnimationFrame(measure);
      return;
    }
    needsFullLayout.current = false;
    const flowRect = flow.getBoundingClientRect();
    const origin = flowRect.top;
    // The page view is zoomed as a picture (a CSS transform): measured boxes are divided by the
    // scale, so breaks are computed on the 100 % layout whatever the zoom.
    const scale = flow.offsetWidth > 0 ? flowRect.width / flow.offsetWidth : 1;
    const items = flowItems(flow);
    const boxes: FlowBox[] = items.map((item, i) => {
      const rect = item.element.getBoundingClientRect();
      return { key: String(i), top: unscale(rect.top - origin, scale), bottom: unscale(rect.bottom - origin, scale), spacer: spacers.get(item.element) ?? 0, keepWithNext: item.keepWithNext };
    });
    const layout = paginate(boxes, geometry);
    items.forEach((item, i) => {
      const wanted = layout.spacers.get(String(i)) ?? 0;
      if (Math.abs(wanted - (spacers.get(item.element) ?? 0)) > EPSILON) setSpacer(item.element, wanted);
    });
    setPageCount(layout.pageCount);
    if (editable) rememberLaidOut(editable, laidOutText.current, measuring);
    editable?.removeAttribute(MEASURING_ATTRIBUTE);
  }, [flowRef, geometry]);

  const schedule = useCallback(() => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => requestAnimationFrame(measure), DEBOUNCE_MS);
  }, [measure]);

  useLayoutEffect(() => {
    const flow = flowRef.current;
    if (!flow) return;
    const observer = new ResizeObserver(schedule);
    observer.observe(flow);
    // A new sheet geometry (this effect runs again) or loaded fonts change the size of blocks off screen.
    const scheduleFull = () => {
      needsFullLayout.current = true;
      schedule();
    };
    void document.fonts?.ready.then(scheduleFull);
    scheduleFull();
    return () => {
      observer.disconnect();
      window.clearTimeout(timer.current);
    };
  }, [flowRef, schedule]);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  return { pageCount, schedule };
}
