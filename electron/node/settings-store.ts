/**
 * The user's settings (UI language, agency profile) in <userData>/settings.json.
 * A damaged file never stops the app: whatever is still valid is kept, the rest falls back to
 * the defaults, and the damaged file is kept as settings.json.corrupt for a person to look at.
 */
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';
import { settingsSchema } from '../../core/host/contract';
import { readJsonFile, serialQueue, writeJsonFile } from './json-file';

export type Settings = z.output<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = { language: 'vi', profile: null };

export interface SettingsStore {
  read(): Promise<Settings>;
  update(patch: Partial<Settings>): Promise<Settings>;
}

/** The valid fields of a stored value; `damaged` when anything had to be dropped. */
function salvage(value: unknown): { settings: Settings; damaged: boolean } {
  const whole = settingsSchema.safeParse(value);
  if (whole.success) return { settings: whole.data, damaged: false };
  const settings = { ...DEFAULT_SETTINGS };
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    const language = settingsSchema.shape.language.safeParse(record.language);
    if (language.success) settings.language = language.data;
    const profile = settingsSchema.shape.profile.safeParse(record.profile);
    if (profile.success) settings.profile = profile.data;
  }
  return { settings, damaged: true };
}

export function createSettingsStore(userDataDir: string): SettingsStore {
  const file = join(userDataDir, 'settings.json');
  const queue = serialQueue();

  async function load(): Promise<Settings> {
    let value: unknown;
    try {
      value = await readJsonFile(file);
    } catch (error) {
      if (!(error instanceof SyntaxError)) throw error;
      await copyFile(file, `${file}.corrupt`).catch(() => undefined);
      return { ...DEFAULT_SETTINGS };
    }
    if (value === undefined) return { ...DEFAULT_SETTINGS };
    const { settings, damaged } = salvage(value);
    if (damaged) await copyFile(file, `${file}.corrupt`).catch(() => undefined);
    return settings;
  }

  return {
    read: () => queue(load),
    update: (patch) =>
      queue(async () => {
        const next = { ...(await load()), ...patch };
        await writeJsonFile(file, next);
        return next;
      }),
  };
}
