/**
 * The table's own menu (▾ among the table tools): rows above/below, columns left/right, delete
 * row or column, merge with the cell to the right or below, split a merged cell. It acts on the
 * cell last focused; the caret stays in the table (the button and items never take focus away
 * from the cell before the edit is made).
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

export type TableMenuItemId =
  | 'row-above' | 'row-below' | 'row-delete' | 'column-left' | 'column-right' | 'column-delete' | 'merge-right' | 'merge-down' | 'split';

export interface TableMenuItem {
  id: TableMenuItemId;
  run(): void;
  disabled?: boolean;
}

/** A separator goes before these items: rows | columns | cells. */
const GROUP_STARTS: ReadonlySet<TableMenuItemId> = new Set<TableMenuItemId>(['column-left', 'merge-right']);

export function TableMenu({ items }: { items: readonly TableMenuItem[] }) {
  const { t } = useTranslation('editor');
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLSpanElement>(null);

  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);

  return (
    <span className="vb-table-menu" ref={root}>
      <button
        type="button"
        className="vb-table-tool"
        data-testid="table-menu"
        aria-haspopup="menu"
        aria-expanded={open}
        title={t('table.menu.title')}
        aria-label={t('table.menu.title')}
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => setOpen(!open)}
      >
        ▾
      </button>
      {open && (
        <ul
          className="vb-table-menu-list"
          role="menu"
          aria-label={t('table.menu.title')}
          onKeyDown={(event) => {
            if (event.key === 'Escape') setOpen(false);
          }}
        >
          {items.map((item) => (
            <li key={item.id} role="none" className={GROUP_STARTS.has(item.id) ? 'vb-table-menu-group' : undefined}>
              <button
                type="button"
                role="menuitem"
                data-testid={`table-menu-${item.id}`}
                disabled={item.disabled}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => {
                  setOpen(false);
                  item.run();
                }}
              >
                {t(`table.menu.${item.id}`)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </span>
  );
}
