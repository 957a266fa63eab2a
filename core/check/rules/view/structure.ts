/**
 * The body's outline as the page shows it: sections "I.", clauses "1.", points "a)", items "-"
 * and "+" (typed or Word numbering). A point stands in a clause, a "+" under a "-", a section has
 * content, a heading has words, sibling clauses are all titles or all sentences; the body has
 * text and a closing sentence before "./.".
 */
import { DECREE30 } from '../../../rules/decree30';
import { finding } from '../../catalog';
import { visibleRuns } from '../../view/format';
import type { DocxView, ViewParagraph } from '../../view/view';
import type { Finding } from '../../types';
import { BLOCK_KINDS } from '../block-kinds';
import { locationOf } from './elements';

type Kind = 'section' | 'clause' | 'point' | 'dash' | 'plus' | 'paragraph';


const MARKERS: [Exclude<Kind, 'paragraph'>, RegExp][] = [
  ['section', /^[IVXLC]+\.(?=\s|$)\s*/u],
  ['clause', /^\d{1,3}\.(?=\s|$)\s*/u],
  ['point', /^[a-zđ]\)(?=\s|$)\s*/u],
  ['dash', /^[-–]\s*/u],
  ['plus', /^\+\s*/u],
];

interface Item {
  p: ViewParagraph;
  kind: Kind;
  /** The words after the marker. */
  words: string;
}

function itemOf(p: ViewParagraph): Item {
  for (const [kind, marker] of MARKERS) {
    const match = marker.exec(p.text);
    if (match) return { p, kind, words: p.text.slice(match[0].length).trim() };
  }
  return { p, kind: 'paragraph', words: p.text };
}

/** A clause that is a title ("1. Mục đích"): bold throughout, no sentence punctuation at its end. */
function titled(item: Item): boolean {
  const runs = visibleRuns(item.p);
  return runs.length > 0 && runs.every((run) => run.props.bold) && !/[.;:]$/u.test(item.words);
}

/** Body paragraphs (not legal basis, not in tables), in order. */
function bodyItems(view: DocxView): Item[] {
  return view.paragraphs.filter((p) => p.part === 'body' && !p.inTable && p.text && p.role !== 'legalBasis').map(itemOf);
}

export function checkStructure(view: DocxView): Finding[] {
  const out: Finding[] = [];
  if (!view.paragraphs.some((p) => p.part === 'header')) return out;
  const items = bodyItems(view);
  const last = items[items.length - 1];
  const closing = last && last.p.text.endsWith(DECREE30.closingMark) ? last : undefined;
  const bareMark = closing !== undefined && closing.p.text.replace(DECREE30.closingMark, '').trim() === '';
  const content = items.filter((item) => item !== closing || !bareMark);
  if (content.length === 0) {
    out.push(finding('body.empty', { part: 'body' }));
    return out;
  }
  // "./." alone: the closing sentence before it is missing.
  if (bareMark) out.push(finding('closing.missing', locationOf(closing.p)));
  let inClause = false;
  let underDash = false;
  let clauses: Item[] = [];
  const closeSection = () => {
    if (clauses.some(titled) && clauses.some((c) => !titled(c))) out.push(finding('structure.mixed-clause-titles', locationOf(clauses[0].p)));
    clauses = [];
  };
  content.forEach((item, i) => {
    const at = locationOf(item.p);
    if (item.kind !== 'paragraph' && !item.words) out.push(finding('structure.empty-heading', at, { kind: BLOCK_KINDS[item.kind] }));
    switch (item.kind) {
      case 'section': {
        closeSection();
        inClause = false;
        underDash = false;
        const next = content[i + 1];
        if (!next || next.kind === 'section') out.push(finding('structure.empty-section', { ...at }, { text: item.p.text }));
        break;
      }
      case 'clause':
        clauses.push(item);
        inClause = true;
        underDash = false;
        break;
      case 'point':
        if (!inClause) out.push(finding('structure.point-outside-clause', at));
        underDash = false;
        break;
      case 'dash':
        underDash = true;
        break;
      case 'plus':
        if (!underDash) out.push(finding('structure.plus-outside-dash', at));
        break;
      default:
        break;
    }
  });
  closeSection();
  return out;
}
