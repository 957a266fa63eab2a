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

export interface Pagination {
  pageCount: number;
  /** Ask for a new measurement (after content changes). */
  schedule(): void;
}

export function usePagination(flowRef: RefObject<HTMLElement | null>, geometry: SheetGeometry): Pagination {
  const [pageCount, setPageCount] = useState(1);
  const timer = useRef<number | undefined>(undefined);

  const measure = useCallback(() => {
    const flow = flowRef.current;
    if (!flow) return;
    // Blocks off screen skip layout until this first measurement (editor.css): from now on they are laid out for real.
    const editable = flow.querySelector('.body-host [data-slate-editor]');
    if (editable && !editable.hasAttribute('data-vb-laid-out')) editable.setAttribute('data-vb-laid-out', '');
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
    void document.fonts?.ready.then(schedule);
    schedule();
    return () => {
      observer.disconnect();
      window.clearTimeout(timer.current);
    };
  }, [flowRef, schedule]);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  return { pageCount, schedule };
}
