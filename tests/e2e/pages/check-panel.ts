/** The format check (kiểm tra thể thức): its toolbar toggle, the panel, findings and quick fixes. */
import { expect, type Locator, type Page } from '@playwright/test';

export class CheckPanel {
  readonly toggle: Locator;
  readonly root: Locator;
  readonly findings: Locator;
  readonly clean: Locator;

  constructor(readonly page: Page) {
    this.toggle = page.getByTestId('toolbar-check');
    this.root = page.getByTestId('check-panel');
    this.findings = this.root.getByTestId('check-finding');
    this.clean = this.root.getByTestId('check-clean');
  }

  /** Shows the panel (if hidden) and waits for the first check to finish. */
  async open(): Promise<void> {
    if (!(await this.root.isVisible())) await this.toggle.click();
    await expect(this.root).toHaveAttribute('data-state', 'done');
  }

  /** The findings of one rule. */
  finding(ruleId: string): Locator {
    return this.root.locator(`[data-testid="check-finding"][data-rule="${ruleId}"]`);
  }

  /** The rule ids listed, in panel order. */
  async rules(): Promise<string[]> {
    return this.findings.evaluateAll((items) => items.map((item) => item.getAttribute('data-rule') ?? ''));
  }

  async goTo(ruleId: string): Promise<void> {
    await this.finding(ruleId).first().getByTestId('check-go').click();
  }

  async quickFix(ruleId: string): Promise<void> {
    await this.finding(ruleId).first().getByTestId('check-fix').click();
  }
}
