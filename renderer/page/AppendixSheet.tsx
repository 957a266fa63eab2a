/**
 * An appendix on its own sheet (landscape by default): "PHỤ LỤC I", the CAPS title (editable),
 * the italic reference line "(Kèm theo Kế hoạch số … ngày … của …)", a short rule, then its
 * tables (edited in place with the editor's TableEditor) and any text lines.
 */
import { useTranslation } from 'react-i18next';
import type { Appendix, BodyBlock, TableModel, VanBanDocument } from '../../core/model/types';
import { appendixHeading, numberBody } from '../../core/numbering/numbering';
import { formatAppendixReference } from '../../core/format/appendix-reference';
import { TableEditor } from '../editor';
import { useFieldAttributes } from '../check/field-findings';
import { InlineField } from './InlineField';

interface Props {
  doc: VanBanDocument;
  appendix: Appendix;
  index: number;
  onChange(appendix: Appendix): void;
  onRemove(): void;
}

function replaceTable(blocks: readonly BodyBlock[], id: string, table: TableModel): BodyBlock[] {
  return blocks.map((block) => {
    if (block.type === 'table') return block.id === id ? { ...block, table } : block;
    if ('children' in block) return { ...block, children: replaceTable(block.children, id, table) };
    return block;
  });
}

function AppendixBlocks({ blocks, markers, onTable }: { blocks: readonly BodyBlock[]; markers: Map<string, string>; onTable(id: string, table: TableModel): void }) {
  return (
    <>
      {blocks.map((block) => {
        if (block.type === 'table') {
          return (
            <div className="appendix-table" key={block.id}>
              <TableEditor table={block.table} onChange={(table: TableModel) => onTable(block.id, table)} />
            </div>
          );
        }
        const marker = markers.get(block.id);
        return (
          <div key={block.id}>
            <p className={`body-para kind-${block.type}`}>
              {marker ? `${marker} ` : ''}
              {block.content.map((run) => run.text).join('')}
            </p>
            {'children' in block && <AppendixBlocks blocks={block.children} markers={markers} onTable={onTable} />}
          </div>
        );
      })}
    </>
  );
}

export function AppendixSheet({ doc, appendix, index, onChange, onRemove }: Props) {
  const { t } = useTranslation();
  const markers = numberBody(appendix.body);
  const sheetAttributes = useFieldAttributes(`appendices.${index}`);
  return (
    <section className={appendix.landscape ? 'sheet appendix-sheet landscape' : 'sheet appendix-sheet'} data-testid="appendix-sheet" data-appendix-id={appendix.id} {...sheetAttributes}>
      <div className="appendix-tools screen-only">
        <label>
          <input
            type="checkbox"
            data-testid="appendix-landscape"
            checked={appendix.landscape}
            onChange={(event) => onChange({ ...appendix, landscape: event.target.checked })}
          />{' '}
          {t('page.landscape')}
        </label>
        <button type="button" className="link-button" data-testid="appendix-remove" onClick={onRemove}>
          {t('page.removeAppendix')}
        </button>
      </div>
      <div className="appendix-content">
        <div className="appendix-heading" data-testid="appendix-heading">
          {appendixHeading(index, doc.appendices.length)}
        </div>
        <div className="appendix-title">
          <InlineField
            value={appendix.title}
            onChange={(title) => onChange({ ...appendix, title })}
            testId="appendix-title"
            field={`appendices.${index}.title`}
            label={t('page.appendixTitle')}
            placeholder={t('page.appendixTitlePlaceholder')}
            multiline
          />
        </div>
        <div className="appendix-reference" data-testid="appendix-reference">
          {formatAppendixReference(doc)}
        </div>
        <div className="rule appendix-rule" />
        <AppendixBlocks
          blocks={appendix.body}
          markers={markers}
          onTable={(id, table) => onChange({ ...appendix, body: replaceTable(appendix.body, id, table) })}
        />
      </div>
    </section>
  );
}
