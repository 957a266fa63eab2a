/**
 * The context menu of a misspelt word (right-click on a squiggle): the suggestions, likeliest
 * first (renderer/spell/suggest.ts), then "Thêm vào từ điển" (kept in the user's settings) and
 * "Bỏ qua" (not flagged again in this window). Escape, a click elsewhere or scrolling closes it.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import '../spell/spelling.css';

export interface SpellMenuRequest {
  x: number;
  y: number;
  word: string;
  /** Whether the word may be replaced (false on a read-only body). */
  editable: boolean;
}

interface Props {
  request: SpellMenuRequest;
  suggest(word: string): Promise<string[]>;
  onReplace(suggestion: string): void;
  onAddWord(): void;
  onIgnore(): void;
  onClose(): void;
}

export function SpellMenu({ request, suggest, onReplace, onAddWord, onIgnore, onClose }: Props) {
  const { t } = useTranslation('spelling');
  const [suggestions, setSuggestions] = useState<string[] | null>(null);
  const menu = useRef<HTMLDivElement>(null);
  const [place, setPlace] = useState({ left: request.x, top: request.y });

  useEffect(() => {
    let live = true;
    setSuggestions(null);
    suggest(request.word).then((list) => live && setSuggestions(list), () => live && setSuggestions([]));
    return () => {
      live = false;
    };
  }, [request.word, suggest]);

  // Kept inside the window, and focused for the keyboard.
  useLayoutEffect(() => {
    const box = menu.current?.getBoundingClientRect();
    if (!box) return;
    setPlace({ left: Math.max(0, Math.min(request.x, window.innerWidth - box.width - 4)), top: Math.max(0, Math.min(request.y, window.innerHeight - box.height - 4)) });
  }, [request.x, request.y, suggestions]);

  useEffect(() => {
    menu.current?.querySelector<HTMLButtonElement>('button')?.focus({ preventScroll: true });
  }, [suggestions]);

  useEffect(() => {
    const onDown = (event: Event) => {
      if (!menu.current?.contains(event.target as Node)) onClose();
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        onClose();
      } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        const buttons = [...(menu.current?.querySelectorAll('button') ?? [])];
        const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
        buttons[(at + (event.key === 'ArrowDown' ? 1 : buttons.length - 1)) % buttons.length]?.focus();
      }
    };
    window.addEventListener('mousedown', onDown, true);
    window.addEventListener('keydown', onKey, true);
    window.addEventListener('scroll', onClose, true);
    window.addEventListener('resize', onClose);
    return () => {
      window.removeEventListener('mousedown', onDown, true);
      window.removeEventListener('keydown', onKey, true);
      window.removeEventListener('scroll', onClose, true);
      window.removeEventListener('resize', onClose);
    };
  }, [onClose]);

  // In the document's body: no transformed page (zoom) around it moves a fixed menu.
  return createPortal(
    <div ref={menu} className="vb-spell-menu" role="menu" aria-label={t('menu', { word: request.word })} data-testid="spell-menu" style={place} contentEditable={false}>
      {request.editable && suggestions === null && <div className="vb-spell-note">{t('loading')}</div>}
      {request.editable && suggestions?.length === 0 && <div className="vb-spell-note">{t('noSuggestions')}</div>}
      {request.editable &&
        suggestions?.map((suggestion) => (
          <button key={suggestion} type="button" role="menuitem" className="vb-spell-suggestion" data-testid="spell-suggestion" onClick={() => onReplace(suggestion)}>
            {suggestion}
          </button>
        ))}
      {request.editable && <hr />}
      <button type="button" role="menuitem" data-testid="spell-add" onClick={onAddWord}>
        {t('addToDictionary')}
      </button>
      <button type="button" role="menuitem" data-testid="spell-ignore" onClick={onIgnore}>
        {t('ignore')}
      </button>
    </div>,
    document.body,
  );
}
