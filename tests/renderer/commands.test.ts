import { describe, expect, it } from 'vitest';
import { fileShortcut } from '../../renderer/app/commands';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('file shortcuts', () => {
  it('maps Ctrl+N/O/S/Shift+S/E/P to file commands', () => {
    expect(fileShortcut(key('n', { ctrlKey: true }))).toBe('new');
    expect(fileShortcut(key('o', { ctrlKey: true }))).toBe('open');
    expect(fileShortcut(key('s', { ctrlKey: true }))).toBe('save');
    expect(fileShortcut(key('S', { ctrlKey: true, shiftKey: true }))).toBe('saveAs');
    expect(fileShortcut(key('e', { ctrlKey: true }))).toBe('exportDocx');
    expect(fileShortcut(key('p', { metaKey: true }))).toBe('print');
  });

  it('leaves editing keys and plain typing alone', () => {
    expect(fileShortcut(key('z', { ctrlKey: true }))).toBeNull();
    expect(fileShortcut(key('b', { ctrlKey: true }))).toBeNull();
    expect(fileShortcut(key('s'))).toBeNull();
    expect(fileShortcut(key('s', { ctrlKey: true, altKey: true }))).toBeNull();
    expect(fileShortcut(key('n', { ctrlKey: true, shiftKey: true }))).toBeNull();
  });
});
