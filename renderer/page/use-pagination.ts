/**
 * Measures the page flow after layout (debounced) and computes where sheets break. Spacers
 * are applied as a generated stylesheet (screen only), keyed by flow item or by the body
 * editor's block position, so the editor's own rendering is never touched.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { paginate, sameLayout, type FlowBox, type PageLayout, type SheetGeometry } from './pagination';

const DEBOUNCE_MS = 120;

interface FlowItem {
  key: string;
  selector: string;
  element: Element;
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
      Array.from(editable?.children ?? []).forEach((block, i) => {
        items.push({
          key: `body-${i + 1}`,
          selector: `.flow .body-host [data-slate-editor] > :nth-child(${i + 1})`,
          element: block,
          keepWithNext: isHeading(block),
        });
      });
      continue;
    }
    const name = child.getAttribute('data-flow');
    if (name) items.push({ key: name, selector: `.flow > [data-flow="${name}"]`, element: child, keepWithNext: false });
  }
  return items;
}

export interface Pagination {
  pageCount: number;
  css: string;
  /** Ask for a new measurement (after content changes). */
  schedule(): void;
}

export function usePagination(flowRef: RefObject<HTMLElement | null>, geometry: SheetGeometry): Pagination {
  const [state, setState] = useState<{ layout: PageLayout; css: string }>({ layout: { spacers: new Map(), pageCount: 1 }, css: '' });
  const applied = useRef<PageLayout>(state.layout);
  const timer = useRef<number | undefined>(undefined);

  const measure = useCallback(() => {
    const flow = flowRef.current;
    if (!flow) return;
    const origin = flow.getBoundingClientRect().top;
    const items = flowItems(flow);
    const boxes: FlowBox[] = items.map((item) => {
      const rect = item.element.getBoundingClientRect();
      return { key: item.key, top: rect.top - origin, bottom: rect.bottom - origin, spacer: applied.current.spacers.get(item.key) ?? 0, keepWithNext: item.keepWithNext };
    });
    const layout = paginate(boxes, geometry);
    if (sameLayout(layout, applied.current)) return;
    const selectors = new Map(items.map((item) => [item.key, item.selector]));
    const rules = [...layout.spacers]
      .filter(([key]) => selectors.has(key))
      .map(([key, px]) => `${selectors.get(key)} { border-top: ${px.toFixed(2)}px solid transparent !important; }`);
    applied.current = layout;
    setState({ layout, css: rules.length > 0 ? `@media screen {\n${rules.join('\n')}\n}` : '' });
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

  return { pageCount: state.layout.pageCount, css: state.css, schedule };
}
