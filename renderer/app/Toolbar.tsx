/**
 * The editor's toolbar: file commands (with Nhập từ Word), the DOCX copies for review (with
 * comments, with changes since a version) and importing a leader's Word comments, undo/redo, block
 * kind, marks, levels, tables, appendix, moving a section, and the format check (kiểm tra thể
 * thức) toggle. Buttons that act on the body keep the editor's selection (no focus steal).
 * On an approved or issued document (locked) the editing tools are disabled; file, export, print,
 * review and check stay.
 */
import { memo, useEffect, useRef, useState, type MouseEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BodyEditorHandle } from '../editor';
import { KIND_CHOICES } from './block-kinds';
import type { AppCommand } from './commands';

export type ToolbarAction = AppCommand | 'indent' | 'outdent' | 'insert-table' | 'amount-words' | 'section-up' | 'section-down' | 'insert-appendix' | 'check';

interface Props {
  run(action: ToolbarAction): void;
  kindValue: string;
  onKind(value: string): void;
  canUndo: boolean;
  canRedo: boolean;
  editor: BodyEditorHandle | null;
  right?: ReactNode;
  /** The format check panel is shown. */
  checkOpen?: boolean;
  /** Format errors found (shown on the toggle while the panel is open). */
  checkErrors?: number;
  /** The content is read-only (approved or issued): editing tools disabled. */
  locked?: boolean;
}

const keepFocus = (event: MouseEvent) => event.preventDefault();

function Tool({ id, glyph, label, onClick, disabled, wrapId, className }: { id: string; glyph: ReactNode; label: string; onClick(): void; disabled?: boolean; wrapId?: string; className?: string }) {
  const button = (
    <button type="button" className={['tool', className ?? ''].join(' ').trim()} data-testid={`toolbar-${id}`} title={label} aria-label={label} disabled={disabled} onMouseDown={keepFocus} onClick={onClick}>
      <span className="tool-glyph" aria-hidden="true">
        {glyph}
      </span>
    </button>
  );
  // Some controls are also known by the name the end-to-end tests first used.
  return wrapId ? (
    <span className="tool-wrap" data-testid={wrapId}>
      {button}
    </span>
  ) : (
    button
  );
}

function TextTool({ id, text, label, onClick, wrapId, disabled }: { id: string; text: string; label: string; onClick(): void; wrapId?: string; disabled?: boolean }) {
  const button = (
    <button type="button" className="tool text-tool" data-testid={`toolbar-${id}`} title={label} disabled={disabled} onMouseDown={keepFocus} onClick={onClick}>
      {text}
    </button>
  );
  return wrapId ? (
    <span className="tool-wrap" data-testid={wrapId}>
      {button}
    </span>
  ) : (
    button
  );
}

const EXPORT_MENU: Array<{ id: string; command: AppCommand; text: string }> = [
  { id: 'export-clean', command: 'exportDocx', text: 'review:export.clean' },
  { id: 'export-comments', command: 'exportDocxComments', text: 'review:export.comments' },
  { id: 'export-changes', command: 'exportDocxChanges', text: 'review:export.changes' },
  { id: 'import-comments', command: 'importComments', text: 'review:export.importComments' },
];

/** The DOCX copies and the comment import, under a small arrow beside Xuất DOCX. */
function ExportMenu({ run }: { run(action: ToolbarAction): void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    if (!open) return;
    const onDown = (event: globalThis.MouseEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false);
    };
    window.addEventListener('mousedown', onDown);
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('mousedown', onDown);
      window.removeEventListener('keydown', onKey);
    };
  }, [open]);
  return (
    <span className="tool-menu" ref={root}>
      <button
        type="button"
        className="tool menu-arrow"
        data-testid="toolbar-export-menu"
        title={t('review:export.menu')}
        aria-label={t('review:export.menu')}
        aria-haspopup="menu"
        aria-expanded={open}
        onMouseDown={keepFocus}
        onClick={() => setOpen(!open)}
      >
        ▾
      </button>
      {open && (
        <div className="tool-menu-list" role="menu" data-testid="export-menu">
          {EXPORT_MENU.map((item) => (
            <button
              key={item.id}
              type="button"
              role="menuitem"
              className="tool-menu-item"
              data-testid={`toolbar-${item.id}`}
              onMouseDown={keepFocus}
              onClick={() => {
                setOpen(false);
                run(item.command);
              }}
            >
              {t(item.text)}
            </button>
          ))}
        </div>
      )}
    </span>
  );
}

/** Memoised: give it stable handlers. */
export const Toolbar = memo(function Toolbar({ run, kindValue, onKind, canUndo, canRedo, right, checkOpen = false, checkErrors = 0, locked = false }: Props) {
  const { t } = useTranslation();
  const label = (key: string, shortcut?: string) => (shortcut ? `${t(`toolbar.${key}`)} (${shortcut})` : t(`toolbar.${key}`));
  /** An editing tool's label: with the reason it is disabled on a locked document. */
  const editLabel = (key: string, shortcut?: string) => (locked ? `${label(key, shortcut)} — ${t('toolbar.locked')}` : label(key, shortcut));
  return (
    <div className="toolbar" role="toolbar" aria-label={t('toolbar.label')} data-testid="toolbar">
      <div className="tool-group">
        <TextTool id="new" text={t('toolbar.new')} label={label('new', 'Ctrl+N')} onClick={() => run('new')} />
        <TextTool id="open" text={t('toolbar.open')} label={label('open', 'Ctrl+O')} onClick={() => run('open')} />
        <TextTool id="import" text={t('toolbar.importShort')} label={label('import')} onClick={() => run('import')} />
        <TextTool id="save" text={t('toolbar.save')} label={label('save', 'Ctrl+S')} onClick={() => run('save')} wrapId="save-button" />
        <TextTool id="save-as" text={t('toolbar.saveAsShort')} label={label('saveAs', 'Ctrl+Shift+S')} onClick={() => run('saveAs')} />
      </div>
      <div className="tool-group">
        <TextTool id="export-docx" text={t('toolbar.exportDocxShort')} label={label('exportDocx', 'Ctrl+E')} onClick={() => run('exportDocx')} wrapId="export-docx-button" />
        <ExportMenu run={run} />
        <TextTool id="export-pdf" text={t('toolbar.exportPdfShort')} label={label('exportPdf')} onClick={() => run('exportPdf')} wrapId="export-pdf-button" />
        <TextTool id="print" text={t('toolbar.print')} label={label('print', 'Ctrl+P')} onClick={() => run('print')} wrapId="print-button" />
      </div>
      <div className="tool-group">
        <Tool id="undo" glyph="↶" label={editLabel('undo', 'Ctrl+Z')} onClick={() => run('undo')} disabled={locked || !canUndo} />
        <Tool id="redo" glyph="↷" label={editLabel('redo', 'Ctrl+Y')} onClick={() => run('redo')} disabled={locked || !canRedo} />
      </div>
      <div className="tool-group">
        <select className="kind-select" data-testid="toolbar-kind" aria-label={t('toolbar.kind')} title={editLabel('kind')} disabled={locked} value={kindValue} onChange={(event) => onKind(event.target.value)}>
          <option value="" disabled>
            {t('kind.none')}
          </option>
          {KIND_CHOICES.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {t(`kind.${choice.value}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="tool-group">
        <Tool id="bold" glyph={<b>B</b>} label={editLabel('bold', 'Ctrl+B')} onClick={() => run('bold')} className="serif" disabled={locked} />
        <Tool id="italic" glyph={<i>I</i>} label={editLabel('italic', 'Ctrl+I')} onClick={() => run('italic')} className="serif" disabled={locked} />
        <Tool id="underline" glyph={<u>U</u>} label={editLabel('underline', 'Ctrl+U')} onClick={() => run('underline')} className="serif" disabled={locked} />
      </div>
      <div className="tool-group">
        <Tool id="outdent" glyph="⇤" label={editLabel('outdent', 'Shift+Tab')} onClick={() => run('outdent')} disabled={locked} />
        <Tool id="indent" glyph="⇥" label={editLabel('indent', 'Tab')} onClick={() => run('indent')} disabled={locked} />
      </div>
      <div className="tool-group">
        <Tool id="section-up" glyph="⇡" label={editLabel('sectionUp')} onClick={() => run('section-up')} disabled={locked} />
        <Tool id="section-down" glyph="⇣" label={editLabel('sectionDown')} onClick={() => run('section-down')} disabled={locked} />
      </div>
      <div className="tool-group">
        <Tool id="insert-table" glyph="⊞" label={editLabel('insertTable')} onClick={() => run('insert-table')} disabled={locked} />
        <Tool id="amount-words" glyph="₫" label={editLabel('amountWords')} onClick={() => run('amount-words')} disabled={locked} />
        <TextTool id="insert-appendix" text={t('toolbar.appendixShort')} label={editLabel('insertAppendix')} onClick={() => run('insert-appendix')} disabled={locked} />
      </div>
      <div className="tool-group">
        <button
          type="button"
          className="tool text-tool"
          data-testid="toolbar-check"
          aria-pressed={checkOpen}
          title={t('toolbar.check')}
          onMouseDown={keepFocus}
          onClick={() => run('check')}
        >
          {t('toolbar.checkShort')}
          {checkOpen && checkErrors > 0 && (
            <span className="check-count" data-testid="check-count" title={t('toolbar.checkCount', { count: checkErrors })}>
              {checkErrors}
            </span>
          )}
        </button>
      </div>
      <div className="toolbar-spacer" />
      {right}
    </div>
  );
});
