/** The editing screen: toolbar, the page view (header fields, title, body), status bar. */
import { expect, type Locator, type Page } from '@playwright/test';
import { BodyEditor } from './body-editor';

export type ToolbarId =
  | 'new' | 'open' | 'save' | 'save-as' | 'export-docx' | 'export-pdf' | 'print' | 'undo' | 'redo'
  | 'bold' | 'italic' | 'underline' | 'outdent' | 'indent' | 'section-up' | 'section-down' | 'insert-table' | 'amount-words' | 'insert-appendix';

export type KindChoice = 'paragraph' | 'section' | 'clause' | 'clause-sentence' | 'point' | 'dash' | 'plus';

export class EditorPage {
  readonly body: BodyEditor;
  readonly pageView: Locator;
  readonly sheets: Locator;
  readonly firstSheet: Locator;
  readonly header: Locator;
  readonly typeName: Locator;
  /** The number line as printed ("Số: 05/KH-UBND"). */
  readonly numberLine: Locator;
  /** The place-and-date line as printed ("Quảng Trị, ngày 05 tháng 01 năm 2026"). */
  readonly placeDateLine: Locator;
  readonly issuingAgency: Locator;
  readonly parentAgency: Locator;
  readonly number: Locator;
  readonly place: Locator;
  readonly day: Locator;
  readonly month: Locator;
  readonly year: Locator;
  /** What is wrong with the typed date, said beside the fields. */
  readonly dateProblem: Locator;
  readonly summary: Locator;
  readonly kindSelect: Locator;
  readonly statusSaved: Locator;
  readonly statusPages: Locator;
  readonly statusWords: Locator;
  readonly statusPath: Locator;
  readonly appendixSheets: Locator;

  constructor(readonly page: Page) {
    this.body = new BodyEditor(page);
    this.pageView = page.getByTestId('page-view');
    this.sheets = page.getByTestId('page-sheet');
    this.firstSheet = this.sheets.first();
    this.header = page.getByTestId('doc-header');
    this.typeName = page.getByTestId('type-name');
    this.numberLine = page.getByTestId('number-line');
    this.placeDateLine = page.getByTestId('place-date-line');
    this.issuingAgency = page.getByTestId('field-issuing-agency');
    this.parentAgency = page.getByTestId('field-parent-agency');
    this.number = page.getByTestId('field-number');
    this.place = page.getByTestId('field-place');
    this.day = page.getByTestId('field-date-day');
    this.month = page.getByTestId('field-date-month');
    this.year = page.getByTestId('field-date-year');
    this.dateProblem = page.getByTestId('date-problem');
    this.summary = page.getByTestId('field-summary');
    this.kindSelect = page.getByTestId('toolbar-kind');
    this.statusSaved = page.getByTestId('status-saved');
    this.statusPages = page.getByTestId('status-pages');
    this.statusWords = page.getByTestId('status-words');
    this.statusPath = page.getByTestId('status-path');
    this.appendixSheets = page.getByTestId('appendix-sheet');
  }

  async waitShown(): Promise<void> {
    await this.firstSheet.waitFor({ timeout: 20_000 });
    await this.body.blocks.first().waitFor({ timeout: 20_000 });
  }

  /** Fonts loaded and the page breaks settled: the sheet count stays the same for a while. */
  async waitLaidOut(): Promise<number> {
    await this.page.evaluate(() => document.fonts.ready);
    let last = -1;
    let same = 0;
    for (let i = 0; i < 50 && same < 3; i++) {
      const count = await this.sheets.count();
      same = count === last ? same + 1 : 0;
      last = count;
      await this.page.waitForTimeout(200);
    }
    return last;
  }

  toolbarButton(id: ToolbarId): Locator {
    return this.page.getByTestId(`toolbar-${id}`);
  }

  async setKind(choice: KindChoice): Promise<void> {
    await this.kindSelect.selectOption(choice);
  }

  /** Replaces the text of an in-place field (a plain-text contentEditable) by typing, as a clerk does. */
  async typeInField(field: Locator, text: string): Promise<void> {
    await field.click();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.press('Delete');
    await this.page.keyboard.insertText(text);
  }

  /** Types digits into a number/date field and leaves it (the value is committed on input). */
  async typeDigits(field: Locator, digits: string): Promise<void> {
    await field.fill(digits);
    await field.press('Enter');
  }

  async waitSaved(): Promise<void> {
    await expect(this.statusSaved).toHaveAttribute('data-state', 'saved', { timeout: 15_000 });
  }
}
