/** The format check (kiểm tra thể thức): its toolbar toggle, the panel, findings (grouped ones expand into their places) and quick fixes. */
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

  /** The findings of one rule with more than one place, widest first. */
  async grouped(ruleId: string): Promise<Locator> {
    const counts = await this.finding(ruleId).evaluateAll((items) => items.map((item) => Number(item.getAttribute('data-count'))));
    const widest = counts.indexOf(Math.max(...counts));
    if (widest < 0 || counts[widest] < 2) throw new Error(`no grouped ${ruleId} finding`);
    return this.finding(ruleId).nth(widest);
  }

  /** The places listed under an expanded finding. */
  places(finding: Locator): Locator {
    return finding.getByTestId('check-place');
  }

  async quickFix(ruleId: string): Promise<void> {
    await this.finding(ruleId).first().getByTestId('check-fix').click();
  }
}
