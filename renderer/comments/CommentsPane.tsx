/**
 * The comments pane (góp ý) beside the page: threads in reading order, each with the passage it
 * is about, the author (name and initials), when, the text and the replies (trả lời); resolve
 * (đã giải quyết) or reopen (mở lại); edit and delete your own (not a thread others replied to:
 * their replies would go with it). Filters: open, resolved, mine.
 * A comment whose passage was deleted is kept with its quote and a badge.
 *
 * Clicking a thread selects its passage in the body; the active thread (chosen here or by
 * clicking commented text) is outlined and scrolled into view.
 */
import { memo, useEffect, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentComment, ReviewActor } from '../../core/model/types';
import { deleteRefusal, type CommentThread } from '../../core/review/comment-ops';
import { commentTime } from './comment-time';
import { FILTERS, filterCounts, inFilter, isOwn } from './threads';
import type { CommentsPaneModel } from './use-comments';
import './comments.css';

/** A steady colour per author for the initials badge. */
function badgeHue(name: string): number {
  let hash = 0;
  for (const ch of name) hash = (hash * 31 + (ch.codePointAt(0) ?? 0)) % 360;
  return hash;
}

/** The clock the relative times read, moved on every half minute. */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 30_000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}

/** Ctrl+Enter (Cmd+Enter) saves a text box, Escape cancels it. */
function boxKeys(save: () => void, cancel: () => void) {
  return (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      save();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      cancel();
    }
  };
}

interface TextBoxProps {
  testId: string;
  initial?: string;
  placeholder: string;
  saveLabel: string;
  /** False when refused (empty). */
  onSave(text: string): boolean;
  onCancel(): void;
}

/** A text box with save and cancel; an empty text is refused with a message. */
function TextBox({ testId, initial = '', placeholder, saveLabel, onSave, onCancel }: TextBoxProps) {
  const { t } = useTranslation('comments');
  const [text, setText] = useState(initial);
  const [empty, setEmpty] = useState(false);
  const save = () => {
    if (text.trim() === '' || !onSave(text)) setEmpty(true);
  };
  return (
    <div className="comment-box">
      <textarea
        className="comment-input"
        data-testid={`${testId}-input`}
        value={text}
        placeholder={placeholder}
        aria-label={placeholder}
        rows={3}
        autoFocus
        spellCheck={false}
        onChange={(event) => {
          setText(event.target.value);
          if (empty) setEmpty(false);
        }}
        onKeyDown={boxKeys(save, onCancel)}
      />
      {empty && (
        <p className="comment-error" role="alert" data-testid="comment-error">
          {t('notice.empty')}
        </p>
      )}
      <div className="comment-box-actions">
        <button type="button" className="button small primary" data-testid={`${testId}-save`} onClick={save}>
          {saveLabel}
        </button>
        <button type="button" className="button small" data-testid={`${testId}-cancel`} onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </div>
  );
}

interface CommentViewProps {
  comment: DocumentComment;
  own: boolean;
  isRoot: boolean;
  /** Own, but not deletable: a thread's root others replied to (Xóa shown disabled with the reason). */
  deleteBlocked?: boolean;
  now: number;
  onEdit(id: string, text: string): boolean;
  onDelete(id: string): void;
}

function CommentView({ comment, own, isRoot, deleteBlocked = false, now, onEdit, onDelete }: CommentViewProps) {
  const { t, i18n } = useTranslation('comments');
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  return (
    <div className={isRoot ? 'comment root' : 'comment reply'} data-testid="comment" data-comment-id={comment.id} data-own={own ? 'true' : 'false'}>
      <div className="comment-head">
        <span className="comment-initials" data-testid="comment-initials" aria-hidden="true" style={{ background: `hsl(${badgeHue(comment.author)} 45% 42%)` }}>
          {comment.initials}
        </span>
        <span className="comment-author" data-testid="comment-author">
          {comment.author}
        </span>
        <time className="comment-time" data-testid="comment-time" dateTime={comment.date} title={new Date(comment.date).toLocaleString(i18n.language === 'vi' ? 'vi-VN' : 'en-GB')}>
          {commentTime(comment.date, now, t, i18n.language)}
        </time>
      </div>
      {editing ? (
        <TextBox
          testId="comment-edit"
          initial={comment.text}
          placeholder={t('draft.placeholder')}
          saveLabel={t('editSave')}
          onSave={(text) => {
            const saved = onEdit(comment.id, text);
            if (saved) setEditing(false);
            return saved;
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <p className="comment-text" data-testid="comment-text">
          {comment.text}
        </p>
      )}
      {own && !editing && !confirming && (
        <div className="comment-own-actions">
          <button type="button" className="link-button" data-testid="comment-edit" onClick={() => setEditing(true)}>
            {t('edit')}
          </button>
          <button
            type="button"
            className="link-button"
            data-testid="comment-delete"
            disabled={deleteBlocked}
            title={deleteBlocked ? t('deleteBlocked') : undefined}
            style={deleteBlocked ? { opacity: 0.5, cursor: 'not-allowed' } : undefined}
            onClick={() => setConfirming(true)}
          >
            {t('delete')}
          </button>
        </div>
      )}
      {confirming && (
        <div className="comment-confirm" role="alertdialog" data-testid="comment-confirm">
          <span>{isRoot ? t('confirmDeleteThread') : t('confirmDelete')}</span>
          <button type="button" className="button small danger" data-testid="comment-delete-confirm" onClick={() => onDelete(comment.id)}>
            {t('delete')}
          </button>
          <button type="button" className="button small" data-testid="comment-delete-cancel" onClick={() => setConfirming(false)}>
            {t('cancel')}
          </button>
        </div>
      )}
    </div>
  );
}

interface ThreadViewProps {
  thread: CommentThread;
  passage: string;
  active: boolean;
  user: ReviewActor | null;
  now: number;
  onSelect(rootId: string): void;
  onReply(rootId: string, text: string): boolean;
  onEdit(id: string, text: string): boolean;
  onDelete(id: string): void;
  onResolve(rootId: string, resolved: boolean): void;
}

/** Clicks on buttons and text boxes act on their own; elsewhere a click goes to the passage. */
const interactive = (target: EventTarget): boolean => target instanceof Element && target.closest('button, textarea, input, a, [role="alertdialog"]') !== null;

/** Threads are rebuilt as the body changes: a thread re-renders only when its comments did. */
const sameThreadProps = (a: ThreadViewProps, b: ThreadViewProps): boolean =>
  a.thread.root === b.thread.root &&
  a.thread.replies.length === b.thread.replies.length &&
  a.thread.replies.every((reply, i) => reply === b.thread.replies[i]) &&
  a.passage === b.passage &&
  a.active === b.active &&
  a.user === b.user &&
  a.now === b.now &&
  a.onSelect === b.onSelect &&
  a.onReply === b.onReply &&
  a.onEdit === b.onEdit &&
  a.onDelete === b.onDelete &&
  a.onResolve === b.onResolve;

const ThreadView = memo(function ThreadView({ thread, passage, active, user, now, onSelect, onReply, onEdit, onDelete, onResolve }: ThreadViewProps) {
  const { t } = useTranslation('comments');
  const [replying, setReplying] = useState(false);
  const { root, replies } = thread;
  const onClick = (event: MouseEvent) => {
    if (!interactive(event.target)) onSelect(root.id);
  };
  return (
    <li
      className={['comment-thread', active ? 'active' : '', root.resolved ? 'resolved' : ''].join(' ').trim()}
      data-testid="comment-thread"
      data-comment-id={root.id}
      data-state={root.resolved ? 'resolved' : 'open'}
      data-active={active ? 'true' : 'false'}
      data-orphaned={root.orphaned ? 'true' : 'false'}
      onClick={onClick}
    >
      {root.orphaned && (
        <span className="comment-orphaned" data-testid="comment-orphaned" title={t('orphanedTitle')}>
          {t('orphaned')}
        </span>
      )}
      {passage && (
        <button type="button" className="comment-quote" data-testid="comment-quote" title={root.orphaned ? t('quoteTitle') : t('goTo')} onClick={() => onSelect(root.id)}>
          {passage}
        </button>
      )}
      <CommentView
        comment={root}
        own={isOwn(root, user)}
        isRoot
        deleteBlocked={user !== null && deleteRefusal([root, ...replies], root.id, user) === 'others-replied'}
        now={now}
        onEdit={onEdit}
        onDelete={onDelete}
      />
      {replies.length > 0 && (
        <div className="comment-replies" aria-label={t('replies', { count: replies.length })}>
          {replies.map((reply) => (
            <CommentView key={reply.id} comment={reply} own={isOwn(reply, user)} isRoot={false} now={now} onEdit={onEdit} onDelete={onDelete} />
          ))}
        </div>
      )}
      {replying ? (
        <TextBox
          testId="comment-reply"
          placeholder={t('replyPlaceholder')}
          saveLabel={t('replySave')}
          onSave={(text) => {
            const saved = onReply(root.id, text);
            if (saved) setReplying(false);
            return saved;
          }}
          onCancel={() => setReplying(false)}
        />
      ) : (
        <div className="comment-thread-actions">
          <button type="button" className="link-button" data-testid="comment-reply" onClick={() => setReplying(true)}>
            {t('reply')}
          </button>
          {root.resolved ? (
            <button type="button" className="link-button" data-testid="comment-reopen" onClick={() => onResolve(root.id, false)}>
              {t('reopen')}
            </button>
          ) : (
            <button type="button" className="link-button" data-testid="comment-resolve" onClick={() => onResolve(root.id, true)}>
              {t('resolve')}
            </button>
          )}
          {root.resolved && (
            <span className="comment-resolved-badge" data-testid="comment-resolved">
              {t('resolved')}
            </span>
          )}
        </div>
      )}
    </li>
  );
}, sameThreadProps);

export function CommentsPane({ model }: { model: CommentsPaneModel }) {
  const { t } = useTranslation('comments');
  const { threads, passages, user, activeId, filter, draft, notice } = model;
  const now = useNow();
  const list = useRef<HTMLOListElement>(null);
  const counts = filterCounts(threads, user);
  const shown = threads.filter((thread) => inFilter(thread, filter, user));

  // The active thread (chosen in the body or here) comes into view.
  useEffect(() => {
    if (!activeId) return;
    list.current?.querySelector(`[data-comment-id="${CSS.escape(activeId)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [activeId, filter]);

  return (
    <aside className="comments-pane" data-testid="comments-pane" aria-label={t('label')}>
      <div className="comments-head">
        <h3>{t('title')}</h3>
        <button
          type="button"
          className="button small primary"
          data-testid="comments-add"
          title={t('addTitle')}
          // The selection in the body stays where it is.
          onMouseDown={(event) => event.preventDefault()}
          onClick={model.onAdd}
        >
          {t('add')}
        </button>
        <button type="button" className="link-button comments-close" data-testid="comments-close" onClick={model.onClose} aria-label={t('close')} title={t('close')}>
          ×
        </button>
      </div>
      <div className="comments-filters" role="group" aria-label={t('filter.label')}>
        {FILTERS.map((name) => (
          <button
            key={name}
            type="button"
            className="comments-filter"
            data-testid={`comments-filter-${name}`}
            aria-pressed={filter === name}
            onClick={() => model.setFilter(name)}
          >
            {t(`filter.${name}`)}
            <span className="comments-count" data-testid="comments-count">
              {counts[name]}
            </span>
          </button>
        ))}
      </div>
      {notice && (
        <div className="comments-notice" role="status" data-testid="comments-notice" data-notice={notice}>
          <span>{t(`notice.${notice}`)}</span>
          {notice === 'needProfile' && model.onOpenProfile && (
            <button type="button" className="button small" data-testid="comments-open-profile" onClick={model.onOpenProfile}>
              {t('openProfile')}
            </button>
          )}
        </div>
      )}
      {draft && (
        <div className="comment-draft" data-testid="comment-draft">
          <h4>{t('draft.label')}</h4>
          <blockquote className="comment-draft-quote" data-testid="comment-draft-quote">
            {draft.quote}
          </blockquote>
          {draft.clamped && (
            <p className="hint" data-testid="comment-draft-clamped">
              {t('notice.clamped')}
            </p>
          )}
          <TextBox testId="comment-draft" placeholder={t('draft.placeholder')} saveLabel={t('draft.save')} onSave={model.onSaveDraft} onCancel={model.onCancelDraft} />
        </div>
      )}
      {shown.length === 0 ? (
        !draft && (
          <p className="comments-empty hint" data-testid="comments-empty">
            {t(`empty.${filter}`)} {threads.length === 0 ? t('hint') : ''}
          </p>
        )
      ) : (
        <ol className="comments-list" data-testid="comments-list" ref={list}>
          {shown.map((thread) => (
            <ThreadView
              key={thread.root.id}
              thread={thread}
              passage={passages.get(thread.root.id) ?? ''}
              active={thread.root.id === activeId}
              user={user}
              now={now}
              onSelect={model.onSelect}
              onReply={model.onReply}
              onEdit={model.onEdit}
              onDelete={model.onDelete}
              onResolve={model.onResolve}
            />
          ))}
        </ol>
      )}
    </aside>
  );
}
