// The fuse rule of the packaging check: the wire read back from the packed executable must carry
// the fuses electron-builder.yml flips; Electron's defaults (what an unflipped binary has) fail.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
// @ts-expect-error plain ESM script without type declarations
import { checkFuses, EXPECTED_FUSES } from '../../scripts/package-check-rules.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ON = 0x31;
const OFF = 0x30;

const wireOf = (states: string) => Object.fromEntries([['version', '1'], ...[...states].map((state, index) => [index, state === '1' ? ON : OFF])]);

describe('fuses', () => {
  it('an unflipped Electron binary (its default wire) fails, naming each fuse', () => {
    const check = checkFuses(wireOf('10110001'));
    expect(check.ok).toBe(false);
    expect(check.detail).toContain('RunAsNode is on, expected off');
    expect(check.detail).toContain('EnableEmbeddedAsarIntegrityValidation is off, expected on');
    expect(check.detail).toContain('GrantFileProtocolExtraPrivileges is on, expected off');
  });

  it('a binary without a fuse wire fails', () => {
    expect(checkFuses(null).ok).toBe(false);
  });

  it('the flipped wire passes', () => {
    expect(checkFuses(wireOf('01001100')).ok).toBe(true);
  });

  it('electron-builder.yml flips exactly the fuses the check expects', () => {
    const config = parse(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8'));
    const key = (name: string) => name.replace(/^Enable/, 'enable').replace(/^[A-Z]/, (letter) => letter.toLowerCase());
    const expected = Object.fromEntries((EXPECTED_FUSES as Array<{ name: string; enabled: boolean }>).map((fuse) => [key(fuse.name), fuse.enabled]));
    expect(config.electronFuses).toEqual(expected);
  });
});
