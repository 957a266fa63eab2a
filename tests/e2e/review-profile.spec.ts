// The user profile (name, initials, role): asked at first start, remembered in settings.json,
// changed from the user chip. Every step is recorded under it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DRAFTER, expect, test } from './fixtures';
import { ReviewPage } from './pages/review';

const settingsUser = (userDataDir: string) => JSON.parse(readFileSync(join(userDataDir, 'settings.json'), 'utf8')).user;

test.describe('first start, no profile yet', () => {
  test.use({ user: null });

  test('the profile dialog asks who uses the app; initials come from the Vietnamese name and can be changed', async ({ app, server }) => {
    const review = new ReviewPage(app.page);
    const { profile } = review;
    await expect(profile.root).toBeVisible();
    await expect(profile.root).toContainText('Bạn là ai?');
    // It cannot be dismissed: there is no cancel, and Escape leaves it open.
    await expect(profile.cancel).toHaveCount(0);
    await app.page.keyboard.press('Escape');
    await expect(profile.root).toBeVisible();
    await expect(profile.save).toBeDisabled();

    await profile.name.pressSequentially('Nguyễn Văn An');
    await expect(profile.initials).toHaveValue('NVA');
    await profile.name.fill('Đỗ Thị Hà');
    await expect(profile.initials).toHaveValue('ĐTH');
    // Initials typed by hand stay when the name changes.
    await profile.initials.fill('HàĐT');
    await profile.name.fill('Đỗ Thị Thu Hà');
    await expect(profile.initials).toHaveValue('HàĐT');
    await expect(profile.role.locator('option')).toHaveText(['Chuyên viên soạn thảo', 'Lãnh đạo', 'Văn thư']);
    await profile.role.selectOption('reviewer');
    await profile.save.click();
    await expect(profile.root).toHaveCount(0);

    await expect(review.userChip).toContainText('Đỗ Thị Thu Hà');
    await expect(review.userChip).toContainText('Lãnh đạo');
    await expect(review.userChip).toContainText('HàĐT');
    expect(settingsUser(server.userDataDir)).toEqual({ name: 'Đỗ Thị Thu Hà', initials: 'HàĐT', role: 'reviewer' });

    // Remembered: no dialog after a reload.
    await app.reload();
    await expect(review.userChip).toContainText('Đỗ Thị Thu Hà');
    await expect(profile.root).toHaveCount(0);
  });
});

test('the user chip opens the profile, filled in; a change is saved, cancel keeps the old one', async ({ app, server }) => {
  const review = new ReviewPage(app.page);
  const { profile } = review;
  await app.createFromTemplate('ke-hoach-so');
  await expect(profile.root).toHaveCount(0);
  await expect(review.userChip).toContainText(DRAFTER.name);

  await review.userChip.click();
  await expect(profile.root).toContainText('Thông tin người dùng');
  await expect(profile.name).toHaveValue(DRAFTER.name);
  await expect(profile.initials).toHaveValue(DRAFTER.initials);
  await expect(profile.role).toHaveValue('drafter');
  await profile.name.fill('Người Khác');
  await profile.cancel.click();
  await expect(review.userChip).toContainText(DRAFTER.name);

  await review.switchUser({ name: 'Lê Văn Cường', role: 'clerk' });
  await expect(review.userChip).toContainText('Văn thư');
  await expect(review.userChip).toContainText('LVC');
  expect(settingsUser(server.userDataDir)).toEqual({ name: 'Lê Văn Cường', initials: 'LVC', role: 'clerk' });
});
