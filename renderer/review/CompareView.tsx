/**
 * So sánh phiên bản: a full-window view of what changed between two versions (or a version and
 * the current document), word by word. Two modes: an inline redline (inserted words underlined,
 * deleted ones struck) and side by side (the older text on the left with its removed words struck,
 * the newer on the right with its added words underlined). Changed details outside the body
 * (number, date, summary, signature…) are listed first. "Thay đổi từ lần tôi duyệt trước" compares
 * the version the user last returned or approved with the current document.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentContent, DocumentReview, DocumentVersion } from '../../core/model/types';
import { numberBody } from '../../core/numbering/numbering';
import { diffDocuments, type BlockDiff, type DocumentDiff, type FieldDiff } from '../../core/review/diff';
import { formatWhen } from '../app/format-when';
import { Redline, TableRedline } from './Redline';
import { versionLabel } from './version-label';
import { CURRENT, orderSides, type CompareSide } from './compare-sides';
import { useEscape } from '../app/use-escape';

export type CompareMode = 'inline' | 'side';

interface Props {
  review: DocumentReview;
  /** The document as it is now (taken when the view opened). */
  current: DocumentContent;
  initial: [CompareSide, CompareSide];
  /** The version the user last returned or approved; null when they never did. */
  lastReviewed: DocumentVersion | null;
  onClose(): void;
}

function markersOf(doc: DocumentContent): Map<string, string> {
  const markers = numberBody(doc.body);
  for (const appendix of doc.appendices) for (const [id, marker] of numberBody(appendix.body)) markers.set(id, marker);
  return markers;
}

export function diffCounts(diff: DocumentDiff): { changed: number; added: number; removed: number } {
  let changed = 0;
  let added = 0;
  let removed = 0;
  for (const block of diff.blocks) {
    if (block.status === 'added') added += 1;
    else if (block.status === 'removed') removed += 1;
    else if (block.status === 'changed' || block.moved) changed += 1;
  }
  return { changed, added, removed };
}

export function CompareView({ review, current, initial, lastReviewed, onClose }: Props) {
  const { t, i18n } = useTranslation('review');
  const [sides, setSides] = useState<[CompareSide, CompareSide]>(initial);
  const [mode, setMode] = useState<CompareMode>('inline');
  const [onlyChanges, setOnlyChanges] = useState(false);

  useEscape(onClose);

  const contentOf = (side: CompareSide): DocumentContent => (side === CURRENT ? current : (review.versions.find((version) => version.id === side)?.document ?? current));
  const before = contentOf(sides[0]);
  const after = contentOf(sides[1]);
  const diff = useMemo(() => diffDocuments(before, after), [before, after]);
  const markers = useMemo(() => {
    const map = markersOf(before);
    for (const [id, marker] of markersOf(after)) map.set(id, marker);
    return map;
  }, [before, after]);
  const titles = useMemo(() => new Map([...before.appendices, ...after.appendices].map((appendix) => [appendix.id, appendix.title])), [before, after]);
  const counts = diffCounts(diff);
  const changedFields = diff.fields.filter((field) => field.status !== 'same');
  const blocks = onlyChanges ? diff.blocks.filter((block) => block.status !== 'same' || block.moved) : diff.blocks;

  const sideLabel = (side: CompareSide): string => {
    if (side === CURRENT) return t('versions.current');
    const version = review.versions.find((candidate) => candidate.id === side);
    if (!version) return side;
    // A side without an author (the file on disk, in a save conflict) shows its name and time only.
    const who = version.author.name ? ` — ${version.author.name},` : ',';
    return `${versionLabel(version, review.log, t)}${who} ${formatWhen(version.createdAt, i18n.language)}`;
  };
  const choose = (index: 0 | 1, side: CompareSide) => setSides((old) => orderSides(review, ...((index === 0 ? [side, old[1]] : [old[0], side]) as [CompareSide, CompareSide])));
  const options = [...review.versions.map((version) => version.id)].reverse().concat(CURRENT);
  const fieldName = (field: string): string => (field.startsWith('appendix:') ? `${t('field.appendixTitle')}` : t(`field.${field}`, { defaultValue: field }));

  return (
    <div className="compare-view" role="dialog" aria-modal="true" aria-label={t('compare.title')} data-testid="compare-view" data-mode={mode}>
      <header className="compare-head">
        <h2>{t('compare.title')}</h2>
        <SidePicker label={t('compare.before')} testId="compare-before" value={sides[0]} options={options} labelOf={sideLabel} onChoose={(side) => choose(0, side)} />
        <span aria-hidden="true">→</span>
        <SidePicker label={t('compare.after')} testId="compare-after" value={sides[1]} options={options} labelOf={sideLabel} onChoose={(side) => choose(1, side)} />
        <button
          type="button"
          className="button"
          data-testid="compare-since-mine"
          disabled={!lastReviewed}
          title={lastReviewed ? undefined : t('compare.sinceMineNever')}
          onClick={() => lastReviewed && setSides([lastReviewed.id, CURRENT])}
        >
          {t('compare.sinceMine')}
        </button>
        <span className="review-bar-spacer" />
        <div className="segmented" role="group">
          <button type="button" className={mode === 'inline' ? 'button small primary' : 'button small'} aria-pressed={mode === 'inline'} data-testid="compare-mode-inline" onClick={() => setMode('inline')}>
            {t('compare.inline')}
          </button>
          <button type="button" className={mode === 'side' ? 'button small primary' : 'button small'} aria-pressed={mode === 'side'} data-testid="compare-mode-side" onClick={() => setMode('side')}>
            {t('compare.side')}
          </button>
        </div>
        <label className="compare-only">
          <input type="checkbox" className="checkbox" data-testid="compare-only-changes" checked={onlyChanges} onChange={(event) => setOnlyChanges(event.target.checked)} />
          {t('compare.onlyChanges')}
        </label>
        <button type="button" className="button" data-testid="compare-close" onClick={onClose}>
          {t('compare.close')}
        </button>
      </header>
      {!lastReviewed && (
        <p className="hint compare-never" data-testid="compare-since-mine-hint">
          {t('compare.sinceMineNever')}
        </p>
      )}
      <div className="compare-body">
        <div className="compare-sheet">
          <p className="compare-summary" data-testid="compare-summary">
            {diff.same ? t('compare.same') : t('compare.summary', counts)}
            <span className="compare-legend">
              <ins className="redline-ins">{t('compare.legendInserted')}</ins> <del className="redline-del">{t('compare.legendDeleted')}</del>
            </span>
          </p>
          {changedFields.length > 0 && (
            <section className="compare-fields" data-testid="compare-fields">
              <h3>{t('compare.fields')}</h3>
              <ul>
                {changedFields.map((field) => (
                  <FieldRow key={field.field} field={field} name={fieldName(field.field)} mode={mode} />
                ))}
              </ul>
            </section>
          )}
          <section className="compare-blocks" data-testid="compare-blocks">
            <h3>{t('compare.body')}</h3>
            {mode === 'side' && (
              <div className="compare-columns compare-columns-head">
                <div>{sideLabel(sides[0])}</div>
                <div>{sideLabel(sides[1])}</div>
              </div>
            )}
            {blocks.map((block, index) => {
              const part = (block.after ?? block.before)?.part ?? 'body';
              const previous = index > 0 ? ((blocks[index - 1].after ?? blocks[index - 1].before)?.part ?? 'body') : 'body';
              return (
                <div key={`${block.id}:${block.status}`}>
                  {part !== previous && part.startsWith('appendix:') && (
                    <h4 className="compare-appendix">
                      {t('compare.appendix')}: {titles.get(part.slice('appendix:'.length)) ?? ''}
                    </h4>
                  )}
                  <BlockRow block={block} marker={markers.get(block.id) ?? ''} mode={mode} />
                </div>
              );
            })}
          </section>
        </div>
      </div>
    </div>
  );
}

interface SidePickerProps {
  label: string;
  testId: string;
  value: CompareSide;
  options: CompareSide[];
  labelOf(side: CompareSide): string;
  onChoose(side: CompareSide): void;
}

/** One side of the comparison: a labelled list of the versions and the current document. */
function SidePicker({ label, testId, value, options, labelOf, onChoose }: SidePickerProps) {
  return (
    <label className="compare-side">
      <span className="field-label">{label}</span>
      <select className="text-input" data-testid={testId} value={value} onChange={(event) => onChoose(event.target.value)}>
        {options.map((side) => (
          <option key={side} value={side}>
            {labelOf(side)}
          </option>
        ))}
      </select>
    </label>
  );
}

function Flags({ block }: { block: BlockDiff }) {
  const { t } = useTranslation('review');
  const flags = [block.moved && t('compare.moved'), block.changes.includes('kind') && t('compare.kindChanged'), block.changes.includes('format') && t('compare.formatChanged')].filter(Boolean);
  return flags.length ? <span className="compare-flags">{flags.join(' · ')}</span> : null;
}

function BlockRow({ block, marker, mode }: { block: BlockDiff; marker: string; mode: CompareMode }) {
  const words = block.words ?? [];
  const kind = (block.after ?? block.before)?.block.kind ?? 'paragraph';
  const common = { 'data-testid': 'compare-block', 'data-status': block.status, 'data-block-id': block.id, 'data-moved': block.moved || undefined };
  const prefix = marker ? <span className="compare-marker">{marker} </span> : null;
  const Marked = kind === 'table' ? TableRedline : Redline;
  if (mode === 'inline') {
    return (
      <div className={`compare-block kind-${kind} ${block.status}`} {...common}>
        {prefix}
        <Marked words={words} side="both" />
        <Flags block={block} />
      </div>
    );
  }
  return (
    <div className={`compare-columns compare-block kind-${kind} ${block.status}`} {...common}>
      <div className="compare-left" data-testid="compare-left">
        {block.before && (
          <>
            {prefix}
            <Marked words={words} side="before" />
          </>
        )}
      </div>
      <div className="compare-right" data-testid="compare-right">
        {block.after && (
          <>
            {prefix}
            <Marked words={words} side="after" />
          </>
        )}
        <Flags block={block} />
      </div>
    </div>
  );
}

function FieldRow({ field, name, mode }: { field: FieldDiff; name: string; mode: CompareMode }) {
  return (
    <li className="compare-field" data-testid="compare-field" data-field={field.field} data-status={field.status}>
      <span className="compare-field-name">{name}</span>
      {mode === 'inline' ? (
        <span className="compare-field-text">
          <Redline words={field.words} />
        </span>
      ) : (
        <span className="compare-columns">
          <span className="compare-left">
            <Redline words={field.words} side="before" />
          </span>
          <span className="compare-right">
            <Redline words={field.words} side="after" />
          </span>
        </span>
      )}
    </li>
  );
}
