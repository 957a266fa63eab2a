/** Section properties: A4, the decree's margins, page numbers centred at the top from page 2. */
import { AlignmentType, Header, PageNumber, PageOrientation, Paragraph, TextRun, type ISectionOptions } from 'docx';
import { DECREE30 } from '../rules/decree30';
import { runProperties } from './runs';
import { STYLE } from './styles';
import type { PageGeometry } from './units';
import { mmToTwip } from './units';

function pageNumberHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ ...runProperties({ size: DECREE30.page.pageNumberSize }), children: [PageNumber.CURRENT] })],
        style: STYLE.line,
      }),
    ],
  });
}

/** Properties and headers of a section; `first` marks the section whose first page shows no number. */
export function sectionOptions(geometry: PageGeometry, first: boolean): Omit<ISectionOptions, 'children'> {
  const landscape = geometry.width > geometry.height;
  return {
    properties: {
      titlePage: first,
      page: {
        // docx swaps width and height itself for landscape sections.
        size: {
          width: Math.min(geometry.width, geometry.height),
          height: Math.max(geometry.width, geometry.height),
          orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: { ...geometry.margins, header: mmToTwip(10), footer: mmToTwip(10), gutter: 0 },
      },
    },
    headers: first ? { default: pageNumberHeader(), first: new Header({ children: [new Paragraph({ children: [] })] }) } : { default: pageNumberHeader() },
  };
}
