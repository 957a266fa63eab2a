import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, type MenuContext } from '../../electron/main/menu';
import { fake } from './fake-electron';
import { type TestApp, appStarter } from './main-harness';

vi.mock('electron', () => import('./fake-electron'));

const startApp = appStarter();

async function start(): Promise<TestApp> {
  const app = await startApp();
  await app.call('info', {});
  return app;
}

const labels = (items: any[]) => items.filter((item) => item.type !== 'separator').map((item) => item.label);

describe('native menus', () => {
  it('are in Vietnamese by default, with the usual accelerators', async () => {
    await start();
    const template = fake.applicationMenu!.template;
    const top = process.platform === 'darwin' ? template.slice(1) : template;
    const accelerator = (...path: string[]) => fake.menuItem(...path).accelerator;
    expect(labels(top)).toEqual(['Tệp', 'Sửa', 'Góp ý', 'Xem', 'Trợ giúp']);
    expect(labels(fake.menuItem('Tệp').submenu)).toEqual([
      'Tạo mới', 'Mở…', 'Tệp gần đây', 'Nhập từ Word…', 'Lưu', 'Lưu thành…',
      'Xuất DOCX…', 'Xuất DOCX kèm góp ý…', 'Xuất DOCX hiện thay đổi…', 'Xuất PDF…', 'Xem trước khi in…', 'In…', 'Thoát',
    ]);
    expect(labels(fake.menuItem('Góp ý').submenu)).toEqual([
      'Thêm góp ý', 'Nhập góp ý từ Word…', 'Lưu phiên bản…', 'So sánh phiên bản…', 'Hồ sơ người dùng…',
    ]);
    expect(accelerator('Góp ý', 'Thêm góp ý')).toBe('CmdOrCtrl+Alt+M');
    expect(accelerator('Tệp', 'Tạo mới')).toBe('CmdOrCtrl+N');
    expect(accelerator('Tệp', 'Mở…')).toBe('CmdOrCtrl+O');
    expect(accelerator('Tệp', 'Lưu')).toBe('CmdOrCtrl+S');
    expect(accelerator('Tệp', 'Lưu thành…')).toBe('CmdOrCtrl+Shift+S');
    expect(accelerator('Tệp', 'Xuất DOCX…')).toBe('CmdOrCtrl+E');
    expect(accelerator('Tệp', 'In…')).toBe('CmdOrCtrl+P');
    expect(accelerator('Sửa', 'Hoàn tác')).toBe('CmdOrCtrl+Z');
    expect(accelerator('Sửa', 'Đậm')).toBe('CmdOrCtrl+B');
    expect(accelerator('Sửa', 'Nghiêng')).toBe('CmdOrCtrl+I');
    expect(accelerator('Sửa', 'Gạch chân')).toBe('CmdOrCtrl+U');
    expect(fake.menuItem('Sửa', 'Dán').role).toBe('paste');
    expect(labels(fake.menuItem('Xem', 'Ngôn ngữ').submenu)).toEqual(['Tiếng Việt', 'English']);
    expect(fake.menuItem('Xem', 'Ngôn ngữ', 'Tiếng Việt').checked).toBe(true);
  });

  it('zoom the page view through the renderer, never with Electron zoom roles (no double zoom)', async () => {
    const { events } = await start();
    const view = fake.menuItem('Xem').submenu as any[];
    expect(view.some((item) => typeof item.role === 'string' && /zoom/i.test(item.role))).toBe(false);
    const zoomIn = fake.menuItem('Xem', 'Phóng to');
    expect(zoomIn.accelerator).toBe('CmdOrCtrl+=');
    // Shown but left to the renderer, which handles the key itself (as the editing keys).
    expect(zoomIn.registerAccelerator).toBe(false);
    expect(fake.menuItem('Xem', 'Thu nhỏ').registerAccelerator).toBe(false);
    expect(fake.menuItem('Xem', 'Cỡ thật (100 %)').accelerator).toBe('CmdOrCtrl+0');
    zoomIn.click();
    fake.menuItem('Xem', 'Thu nhỏ').click();
    fake.menuItem('Xem', 'Cỡ thật (100 %)').click();
    fake.menuItem('Xem', 'Vừa chiều rộng').click();
    fake.menuItem('Xem', 'Vừa trang').click();
    fake.menuItem('Tệp', 'Xem trước khi in…').click();
    expect(events()).toEqual([
      ['command', { command: 'zoomIn' }],
      ['command', { command: 'zoomOut' }],
      ['command', { command: 'zoomReset' }],
      ['command', { command: 'zoomFitWidth' }],
      ['command', { command: 'zoomFitPage' }],
      ['command', { command: 'printPreview' }],
    ]);
  });

  it('send commands to the renderer', async () => {
    const { events } = await start();
    fake.menuItem('Tệp', 'Lưu').click();
    fake.menuItem('Tệp', 'Xuất DOCX…').click();
    fake.menuItem('Sửa', 'Đậm').click();
    fake.menuItem('Sửa', 'Làm lại').click();
    expect(events()).toEqual([
      ['command', { command: 'save' }],
      ['command', { command: 'exportDocx' }],
      ['command', { command: 'bold' }],
      ['command', { command: 'redo' }],
    ]);
  });

  it('send the review commands (góp ý, phiên bản, hồ sơ người dùng, DOCX copies)', async () => {
    const { events } = await start();
    const clicks: Array<[string, string, string]> = [
      ['Góp ý', 'Thêm góp ý', 'addComment'],
      ['Góp ý', 'Nhập góp ý từ Word…', 'importComments'],
      ['Góp ý', 'Lưu phiên bản…', 'saveVersion'],
      ['Góp ý', 'So sánh phiên bản…', 'compareVersions'],
      ['Góp ý', 'Hồ sơ người dùng…', 'userProfile'],
      ['Tệp', 'Xuất DOCX kèm góp ý…', 'exportDocxComments'],
      ['Tệp', 'Xuất DOCX hiện thay đổi…', 'exportDocxChanges'],
    ];
    for (const [menu, item] of clicks) fake.menuItem(menu, item).click();
    expect(events()).toEqual(clicks.map(([, , command]) => ['command', { command }]));
  });

  it('have Tìm… (Ctrl+F) and Thay thế… (Ctrl+H) in the Edit menu, sending find / replace, keys left to the renderer', async () => {
    const { events } = await start();
    expect(labels(fake.menuItem('Sửa').submenu)).toEqual(expect.arrayContaining(['Tìm…', 'Thay thế…']));
    expect(fake.menuItem('Sửa', 'Tìm…').accelerator).toBe('CmdOrCtrl+F');
    expect(fake.menuItem('Sửa', 'Thay thế…').accelerator).toBe('CmdOrCtrl+H');
    // The find panel takes the keys itself (in browser mode too), so the menu does not register them.
    expect(fake.menuItem('Sửa', 'Tìm…').registerAccelerator).toBe(false);
    expect(fake.menuItem('Sửa', 'Thay thế…').registerAccelerator).toBe(false);
    fake.menuItem('Sửa', 'Tìm…').click();
    fake.menuItem('Sửa', 'Thay thế…').click();
    expect(events()).toEqual([
      ['command', { command: 'find' }],
      ['command', { command: 'replace' }],
    ]);
  });

  it('name Find… and Replace… in English', () => {
    const template = buildMenuTemplate({ language: 'en', recent: [], platform: 'linux', command: () => undefined, openRecent: () => undefined, setLanguage: () => undefined, quit: () => undefined, about: () => undefined });
    const edit = template.find((item) => item.label === 'Edit')!;
    const items = edit.submenu as Array<{ label?: string; accelerator?: string }>;
    expect(items.filter((item) => item.label === 'Find…' || item.label === 'Replace…').map((item) => [item.label, item.accelerator])).toEqual([
      ['Find…', 'CmdOrCtrl+F'],
      ['Replace…', 'CmdOrCtrl+H'],
    ]);
  });

  it('leave editing keys to the editor (shown, not registered)', async () => {
    await start();
    for (const label of ['Hoàn tác', 'Làm lại', 'Đậm', 'Nghiêng', 'Gạch chân']) {
      expect(fake.menuItem('Sửa', label).registerAccelerator, label).toBe(false);
    }
    // Ctrl+Alt+M needs the editor's selection: the editor handles the key.
    expect(fake.menuItem('Góp ý', 'Thêm góp ý').registerAccelerator).toBe(false);
    expect(fake.menuItem('Tệp', 'Lưu').registerAccelerator).toBeUndefined();
  });

  it('switch to English from the language menu, remember it, and tell the renderer', async () => {
    const { events, call } = await start();
    fake.menuItem('Xem', 'Ngôn ngữ', 'English').click();
    await vi.waitFor(() => expect(fake.menuItem('File').label).toBe('File'));
    expect(labels(fake.applicationMenu!.template.slice(process.platform === 'darwin' ? 1 : 0))).toEqual(['File', 'Edit', 'Review', 'View', 'Help']);
    expect(fake.menuItem('File', 'Save').accelerator).toBe('CmdOrCtrl+S');
    expect(labels(fake.menuItem('Review').submenu)).toEqual(['Add comment', 'Import comments from Word…', 'Save version…', 'Compare versions…', 'User profile…']);
    expect(fake.menuItem('File', 'Export DOCX with comments…').label).toBe('Export DOCX with comments…');
    expect(fake.menuItem('File', 'Export DOCX showing changes…').label).toBe('Export DOCX showing changes…');
    expect(fake.menuItem('View', 'Language', 'English').checked).toBe(true);
    expect(events()).toContainEqual(['command', { command: 'language-en' }]);
    expect((await call('getSettings', {})).result.language).toBe('en');
  });

  it('follow a language change made in the renderer', async () => {
    const { call } = await start();
    await call('updateSettings', { language: 'en' });
    await vi.waitFor(() => expect(fake.menuItem('File', 'Export DOCX…').accelerator).toBe('CmdOrCtrl+E'));
    await call('updateSettings', { language: 'vi' });
    await vi.waitFor(() => expect(fake.menuItem('Tệp', 'Xuất DOCX…').accelerator).toBe('CmdOrCtrl+E'));
  });

  it('list recent files after a save; choosing one opens it', async () => {
    const { call, dirs, events } = await start();
    expect(labels(fake.menuItem('Tệp', 'Tệp gần đây').submenu)).toEqual(['Chưa có tệp nào']);
    expect(fake.menuItem('Tệp', 'Tệp gần đây', 'Chưa có tệp nào').enabled).toBe(false);
    const document = (await call('createDocument', { templateId: 'cong-van', useProfile: false })).result;
    const path = join(dirs.documents, 'cong-van-so-12.vanban');
    await call('saveDocument', { path, document });
    await vi.waitFor(() => expect(fake.menuItem('Tệp', 'Tệp gần đây').submenu[0].label).toBe('cong-van-so-12'));
    const [item] = fake.menuItem('Tệp', 'Tệp gần đây').submenu;
    expect(item.label).toBe('cong-van-so-12');
    item.click();
    expect(events()).toContainEqual(['openFile', { path }]);
  });
});

describe('menu template', () => {
  const context = (overrides: Partial<MenuContext>): MenuContext => ({
    language: 'vi',
    recent: [],
    platform: 'linux',
    command: () => undefined,
    openRecent: () => undefined,
    setLanguage: () => undefined,
    quit: () => undefined,
    about: () => undefined,
    ...overrides,
  });

  it('tells apart two recent files with the same name by their folder', () => {
    const template = buildMenuTemplate(context({ recent: [{ path: '/a/ke-hoach.vanban', name: 'ke-hoach' }, { path: '/b/ke-hoach.vanban', name: 'ke-hoach' }, { path: '/b/cv.vanban', name: 'cv' }] }));
    const recent = (template[0].submenu as any[])[2].submenu;
    expect(labels(recent)).toEqual(['/a/ke-hoach.vanban', '/b/ke-hoach.vanban', 'cv']);
  });

  it('puts the application menu first on macOS and redoes with Shift+Cmd+Z there', () => {
    const template = buildMenuTemplate(context({ platform: 'darwin', language: 'en' }));
    expect(template[0]).toEqual({ role: 'appMenu' });
    const edit = template[2].submenu as any[];
    expect(edit.find((item) => item.label === 'Redo').accelerator).toBe('Shift+CmdOrCtrl+Z');
  });
});
