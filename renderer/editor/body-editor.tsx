/**
 * <BodyEditor>: the Slate editor for a document's body, drawn as it prints (see editor.css).
 * The body is given once (`initialBody`; remount with a new key or call handle.reset for another
 * document) and every content change is reported as a flat body. Selection-only changes are not
 * content changes; `onSelectionChange` reports them (and content changes) for toolbar state.
 *
 * Long plans stay responsive: renderers are stable module-level functions, slate-react's
 * chunking limits re-rendering to the chunk that changed, markers are recomputed only after
 * structural operations and re-render only the blocks whose number changed, and the flat body is
 * rebuilt from cached per-node conversions.
 *
 * Comment passages are decorations computed at the root only (comment-decorations.ts): slate-react
 * splits them by block and re-renders just the blocks whose passages changed. The decorate
 * function stays the same (a new one would make every node decorate itself again); new passages
 * re-render the editable once.
 *
 * Spell check squiggles (spell-decorations.ts) are root decorations too, after the comments',
 * cached per block; answers from the spell worker re-render the editable once, never while an
 * input method composes. A right-click on a squiggle opens SpellMenu.
 */
import { memo, useCallback, useEffect, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { createEditor, Editor, Range, type NodeEntry } from 'slate';
import { spellClient } from '../spell/spell-client';
import { useSpelling } from '../spell/spelling-source';
import { withHistory } from 'slate-history';
import { Editable, ReactEditor, Slate, withReact } from 'slate-react';
import type { FlatBlock } from '../../core/model/flat-body';
import { BlockIndex, carryMarks, commentDecorations, sameCommentMarks, type CommentMarks } from './comment-decorations';
import { CommentContext, CommentStore, useBodyComments } from './comment-store';
import { flatToSlate, slateToFlat } from './convert';
import { renderElement, renderLeaf } from './elements';
import { FindingContext, FindingStore, type FindingMark } from './finding-store';
import { findDecorations, useFindMarks } from './find-marks';
import { createHandle, type BodyEditorHandle } from './handle';
import { isAddCommentKey, keyAction, runKeyAction } from './keyboard';
import { MarkerContext } from './marker-context';
import { computeMarkers, MarkerStore } from './markers';
import { cleanBlockText } from './normalize';
import { skipReactSelectionWalk } from './react-selection-workaround';
import { replaceMisspelt, spellingTargetAt, typingAt } from './spell-actions';
import { SpellDecorator } from './spell-decorations';
import { SpellMenu, type SpellMenuRequest } from './SpellMenu';
import { withBody } from './with-body';

/** Top-level nodes per chunk (slate-react chunking): a change re-renders one chunk, not the whole body. */
export const CHUNK_SIZE = 64;

export interface BodyEditorProps {
  initialBody: FlatBlock[];
  onChange?(flat: FlatBlock[]): void;
  /** A refused action: 'paste-too-large' with { limit }. */
  onError?(code: string, params?: Record<string, unknown>): void;
  handleRef?: Ref<BodyEditorHandle>;
  readOnly?: boolean;
  /** After any change of content or cursor (for toolbar state). */
  onSelectionChange?(): void;
  /** Checker marks by block id: those blocks are drawn with a wavy underline (data-finding). */
  findingsByBlock?: ReadonlyMap<string, FindingMark>;
  /** Comment passages by block id: highlighted in place (the active one stronger). Default: from BodyCommentsContext. */
  commentsByBlock?: CommentMarks;
  /** Commented text (or a commented table cell) was clicked: the ids of the comments over it. */
  onCommentClick?(ids: string[]): void;
  /** Ctrl+Alt+M: the user asks for a comment on the selection (read-only too). */
  onAddComment?(): void;
}

const NO_FINDINGS: ReadonlyMap<string, FindingMark> = new Map();
const NO_COMMENTS: CommentMarks = new Map();

const insideTable = (target: EventTarget): boolean =>
  target instanceof Element && target.closest('[data-vb-table-editor]') !== null;

export const BodyEditor = memo(function BodyEditor(props: BodyEditorProps) {
  const { t } = useTranslation('editor');
  // Callbacks are read when needed, so new function props never re-render the editor.
  const fromScreen = useBodyComments();
  const [latest] = useState(() => ({ props, fromScreen }));
  latest.props = props;
  latest.fromScreen = fromScreen;

  const [markers] = useState(() => new MarkerStore());
  const [findings] = useState(() => new FindingStore());
  // New marks re-render only the blocks whose mark changed (the Slate tree below is memoised).
  const findingsByBlock = props.findingsByBlock ?? NO_FINDINGS;
  useLayoutEffect(() => findings.update(findingsByBlock), [findings, findingsByBlock]);

  // Comment passages: tables read theirs from a store; text passages are root decorations.
  const [comments] = useState(() => new CommentStore());
  const commentsByBlock = props.commentsByBlock ?? fromScreen.marks ?? NO_COMMENTS;
  const [decorations] = useState(() => ({ marks: commentsByBlock, index: new BlockIndex() }));
  const [commentVersion, setCommentVersion] = useState(0);
  // Find matches (the find panel): drawn as decorations too, re-rendering the editable when they change.
  const findMarks = useFindMarks();
  const [findIndex] = useState(() => new BlockIndex());
  const findRef = useRef(findMarks);
  findRef.current = findMarks;
  const findVersionRef = useRef(0);
  const findVersion = useMemo(() => (findVersionRef.current += 1), [findMarks]);
  useLayoutEffect(() => {
    comments.update(commentsByBlock);
    if (decorations.marks === commentsByBlock) return;
    // Typing already carried the passages drawn (onChange): the same passages need no new render.
    const same = sameCommentMarks(decorations.marks, commentsByBlock);
    decorations.marks = commentsByBlock;
    if (!same) setCommentVersion((version) => version + 1);
  }, [comments, decorations, commentsByBlock]);
  const [editor] = useState(() => {
    const base = withHistory(withReact(createEditor()));
    const created = withBody(base, {
      isComposing: () => ReactEditor.isComposing(base),
      onError: (code, params) => latest.props.onError?.(code, params),
    });
    created.getChunkSize = (node) => (Editor.isEditor(node) ? CHUNK_SIZE : null);
    created.children = flatToSlate(props.initialBody);
    Editor.normalize(created, { force: true });
    created.history = { undos: [], redos: [] };
    markers.update(computeMarkers(created.children));
    return created;
  });
  const [initialValue] = useState(() => editor.children);

  // Spell check: squiggles from the screen's spelling source (none outside the app).
  const spelling = useSpelling();
  const [speller] = useState(() => (spelling ? new SpellDecorator(spellClient(), spelling) : null));
  const [spellVersion, setSpellVersion] = useState(0);
  const [spellMenu, setSpellMenu] = useState<(SpellMenuRequest & { blockId: string; start: number; end: number }) | null>(null);
  // A re-render asked for while an input method composes waits for the composition's end.
  const spellWaiting = useRef(false);
  const redecorate = useCallback(() => {
    if (ReactEditor.isComposing(editor)) spellWaiting.current = true;
    else setSpellVersion((version) => version + 1);
  }, [editor]);
  useEffect(() => {
    if (!spelling || !speller) return undefined;
    const client = spellClient();
    client.setUserWords(spelling.userWords);
    const offAnswers = client.subscribe((answer) => {
      if (speller.answered(answer)) redecorate();
    });
    const offSource = spelling.subscribe(() => {
      client.setUserWords(spelling.userWords);
      redecorate();
    });
    return () => {
      offAnswers();
      offSource();
    };
  }, [spelling, speller, redecorate]);

  useImperativeHandle(props.handleRef, () => createHandle(editor, markers), [editor, markers]);

  // An input method composing over a selection: slate-react deletes the selection first, then the
  // composed text arrives. The document hears of both as one replacement, so comments on the
  // replaced words stay on the new text (a deletion alone would orphan them).
  const replacing = useRef(false);

  const onChange = useCallback(() => {
    let content = false;
    let structure = false;
    let inserted = false;
    for (const op of editor.operations) {
      if (op.type === 'set_selection') continue;
      content = true;
      if (op.type === 'insert_text') inserted = true;
      if (op.type !== 'insert_text' && op.type !== 'remove_text') structure = true;
    }
    if (structure) markers.update(computeMarkers(editor.children));
    // The word being typed is not squiggled until the caret leaves it.
    if (speller) {
      const typing = content ? typingAt(editor) : null;
      if (!content && speller.typing) {
        speller.typing = null;
        redecorate();
      } else if (content) speller.typing = typing;
    }
    // The passages drawn follow the typing now, before the document's comments catch up (a
    // replacement by an input method is left to the comments: its two halves come apart here).
    if (content && !replacing.current) decorations.marks = carryMarks(decorations.marks, editor, editor.operations);
    if (content && replacing.current && !inserted) {
      latest.props.onSelectionChange?.();
      return;
    }
    if (inserted) replacing.current = false;
    if (content) latest.props.onChange?.(slateToFlat(editor.children));
    latest.props.onSelectionChange?.();
  }, [editor, markers, latest, decorations, speller, redecorate]);

  const onCompositionStart = useCallback(() => {
    if (editor.selection && Range.isExpanded(editor.selection)) replacing.current = true;
  }, [editor]);

  const decorate = useCallback(
    ([node]: NodeEntry): Range[] => {
      if (node !== editor) return [];
      const found = findRef.current.size > 0 ? findDecorations(editor.children, findRef.current, findIndex) : [];
      const commented = decorations.marks.size > 0 ? commentDecorations(editor.children, decorations.marks, decorations.index) : [];
      const marked = found.length > 0 ? [...commented, ...found] : commented;
      // A read-only (approved) body is not spell-checked: its words can no longer change.
      if (!speller || latest.props.readOnly) return marked;
      const misspelt = speller.decorations(editor.children, ReactEditor.isComposing(editor));
      return marked.length === 0 ? misspelt : [...marked, ...misspelt];
    },
    [editor, decorations, findIndex, speller, latest],
  );

  // Right-click on a squiggle: the spelling menu instead of the browser's.
  const onContextMenu = useCallback(
    (event: MouseEvent<HTMLDivElement>) => {
      const found = spellingTargetAt(editor, event.target);
      if (!found) return;
      event.preventDefault();
      setSpellMenu({ x: event.clientX, y: event.clientY, editable: !latest.props.readOnly, ...found });
    },
    [editor, latest],
  );
  const closeSpellMenu = useCallback(() => setSpellMenu(null), []);
  const suggest = useCallback((word: string) => spellClient().suggest(word), []);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      if (insideTable(event.target)) return;
      // Keys pressed while an input method composes belong to it.
      if (event.nativeEvent.isComposing || event.keyCode === 229) return;
      const action = keyAction(event);
      // A read-only body takes no editing keys (Slate would still apply them).
      if (action && !latest.props.readOnly && runKeyAction(editor, action)) event.preventDefault();
    },
    [editor, latest],
  );

  // Ctrl+Alt+M anywhere in the body, table cells included (they keep their other keys to themselves).
  const onKeyDownCapture = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      if (event.nativeEvent.isComposing || !isAddCommentKey(event)) return;
      event.preventDefault();
      event.stopPropagation();
      (latest.props.onAddComment ?? latest.fromScreen.onAddComment)?.();
    },
    [latest],
  );

  // A read-only body is not focusable (contenteditable false): Ctrl+Alt+M pressed over a passage
  // selected in it goes to the page, past onKeyDownCapture. The key is taken there when the
  // selection (or the focus, e.g. a table cell) is in this body.
  const { readOnly } = props;
  useEffect(() => {
    if (!readOnly) return undefined;
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || !isAddCommentKey(event)) return;
      let root: HTMLElement;
      try {
        root = ReactEditor.toDOMNode(editor, editor);
      } catch {
        return;
      }
      const inside = (node: Node | null | undefined): boolean => node != null && root.contains(node);
      if (!inside(window.getSelection()?.anchorNode) && !inside(document.activeElement)) return;
      event.preventDefault();
      (latest.props.onAddComment ?? latest.fromScreen.onAddComment)?.();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [readOnly, editor, latest]);

  // A click on commented text (not the end of a drag that selected text) opens its comment.
  const onClickCapture = useCallback(
    (event: MouseEvent<HTMLDivElement>) => {
      const target = event.target instanceof Element ? event.target.closest('[data-comment-ids]') : null;
      const onCommentClick = latest.props.onCommentClick ?? latest.fromScreen.onCommentClick;
      if (!target || !onCommentClick) return;
      const inCell = event.target instanceof HTMLTextAreaElement;
      if (!inCell && window.getSelection()?.isCollapsed === false) return;
      const ids = (target.getAttribute('data-comment-ids') ?? '').split(' ').filter(Boolean);
      if (ids.length > 0) onCommentClick(ids);
    },
    [latest],
  );

  const onCompositionEnd = useCallback(() => {
    // slate-react inserts the composed text, then clears its composing flag in a microtask;
    // the text is made NFC after that.
    window.setTimeout(() => {
      // A composition over a selection that ended with nothing typed: the deletion stands alone.
      if (replacing.current) {
        replacing.current = false;
        latest.props.onChange?.(slateToFlat(editor.children));
      }
      const index = editor.selection?.anchor.path[0];
      if (index !== undefined && !ReactEditor.isComposing(editor)) cleanBlockText(editor, index);
      if (spellWaiting.current && !ReactEditor.isComposing(editor)) {
        spellWaiting.current = false;
        setSpellVersion((version) => version + 1);
      }
    }, 0);
  }, [editor, latest]);

  const label = t('label');
  const placeholder = t('placeholder');
  // The same element object while these stay the same: a re-render for new finding marks stops here.
  const tree = useMemo(
    () => (
      <Slate editor={editor} initialValue={initialValue} onChange={onChange}>
        <Editable
          ref={skipReactSelectionWalk}
          className="vb-body"
          data-testid="body-editor"
          lang="vi"
          spellCheck={false}
          autoCorrect="off"
          autoCapitalize="off"
          aria-label={label}
          placeholder={placeholder}
          readOnly={readOnly}
          renderElement={renderElement}
          renderLeaf={renderLeaf}
          decorate={decorate}
          onKeyDown={onKeyDown}
          onKeyDownCapture={onKeyDownCapture}
          onClickCapture={onClickCapture}
          onCompositionStart={onCompositionStart}
          onCompositionEnd={onCompositionEnd}
          onContextMenu={onContextMenu}
          data-comment-version={commentVersion}
          data-find-version={findVersion}
          data-spell-version={spellVersion}
        />
      </Slate>
    ),
    [editor, initialValue, onChange, label, placeholder, readOnly, decorate, onKeyDown, onKeyDownCapture, onClickCapture, onCompositionStart, onCompositionEnd, onContextMenu, commentVersion, findVersion, spellVersion],
  );

  return (
    <MarkerContext.Provider value={markers}>
      <FindingContext.Provider value={findings}>
        <CommentContext.Provider value={comments}>{tree}</CommentContext.Provider>
        {spellMenu && spelling && (
          <SpellMenu
            request={spellMenu}
            suggest={suggest}
            onReplace={(suggestion) => {
              replaceMisspelt(editor, spellMenu, suggestion);
              setSpellMenu(null);
            }}
            onAddWord={() => {
              spelling.actions.addWord(spellMenu.word);
              setSpellMenu(null);
            }}
            onIgnore={() => {
              spelling.ignore(spellMenu.word);
              setSpellMenu(null);
            }}
            onClose={closeSpellMenu}
          />
        )}
      </FindingContext.Provider>
    </MarkerContext.Provider>
  );
});
