/** A DOCX built with the docx library the way a hurried clerk types a plan: no header table, Word's defaults. */
import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx';
import { expect, it } from 'vitest';
import { checkDocx } from '../../core/check/check-docx';
import { ruleIds } from './helpers';

it('names what is missing and what is laid out wrongly', async () => {
  const line = (text: string, options: { bold?: boolean; center?: boolean } = {}) =>
    new Paragraph({ alignment: options.center ? AlignmentType.CENTER : undefined, children: [new TextRun({ text, bold: options.bold })] });
  const doc = new Document({
    sections: [
      {
        children: [
          line('KẾ HOẠCH', { bold: true, center: true }),
          line('Tuyên truyền pháp luật năm 2024', { bold: true, center: true }),
          line('I. MỤC ĐÍCH'),
          line('1. Nâng cao nhận thức.'),
          line('3. Tổ chức thực hiện.'),
          line('Trên đây là Kế hoạch tuyên truyền pháp luật năm 2024.'),
        ],
      },
    ],
  });
  const findings = checkDocx(await Packer.toBuffer(doc));
  expect(ruleIds(findings)).toEqual(
    [
      'header.agency-missing',
      'header.national-title',
      'header.motto',
      'number.missing',
      'date.form',
      'page.margins',
      'page.number',
      'format.rule',
      'headings.sequence',
      'closing.mark',
      'recipients.missing',
      'body.indent',
      'body.spacing',
      'body.align',
      'font.family',
      'font.size',
      'format.bold',
    ].sort(),
  );
  expect(findings.find((f) => f.ruleId === 'headings.sequence')!.message.en).toBe('Heading out of sequence: “3.” after “1.” (expected “2.”).');
});
