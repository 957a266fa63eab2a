/**
 * The user's settings (UI language, agency profile, who is using the app, page zoom) in
 * <userData>/settings.json. A damaged file never stops the app: whatever is still valid is kept,
 * the rest falls back to the defaults, and the damaged file is kept as settings.json.corrupt for a
 * person to look at. A file written before a field existed (no `user` before the review workflow)
 * is not damaged: the missing field takes its default (`spelling` stays absent: spell check on, no
 * added words).
 */
import { join } from 'node:path';
import type { z } from 'zod';
import { settingsSchema } from '../../core/host/contract';
import { keepCorruptCopy, readJsonFileKeepingCorrupt, serialQueue, writeJsonFile } from './json-file';

export type Settings = z.output<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = { language: 'vi', profile: null, user: null };

export interface SettingsStore {
  read(): Promise<Settings>;
  update(patch: Partial<Settings>): Promise<Settings>;
}

/** The valid fields of a stored value; `damaged` when anything had to be dropped. */
function salvage(value: unknown): { settings: Settings; damaged: boolean } {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { settings: { ...DEFAULT_SETTINGS }, damaged: true };
  const record = value as Record<string, unknown>;
  // Fields added after the first release are simply absent from older files.
  const upgraded: Record<string, unknown> = { ...record, user: Object.hasOwn(record, 'user') ? record.user : null };
  const whole = settingsSchema.safeParse(upgraded);
  if (whole.success) return { settings: whole.data, damaged: false };
  const settings = { ...DEFAULT_SETTINGS };
  const language = settingsSchema.shape.language.safeParse(upgraded.language);
  if (language.success) settings.language = language.data;
  const profile = settingsSchema.shape.profile.safeParse(upgraded.profile);
  if (profile.success) settings.profile = profile.data;
  const user = settingsSchema.shape.user.safeParse(upgraded.user);
  if (user.success) settings.user = user.data;
  const spelling = settingsSchema.shape.spelling.safeParse(upgraded.spelling);
  if (spelling.success && spelling.data) settings.spelling = spelling.data;
  const zoom = settingsSchema.shape.zoom.safeParse(upgraded.zoom);
  if (zoom.success && zoom.data) settings.zoom = zoom.data;
  return { settings, damaged: true };
}

export function createSettingsStore(userDataDir: string): SettingsStore {
  const file = join(userDataDir, 'settings.json');
  const queue = serialQueue();

  async function load(): Promise<Settings> {
    const read = await readJsonFileKeepingCorrupt(file);
    if (read.state !== 'parsed') return { ...DEFAULT_SETTINGS };
    const { settings, damaged } = salvage(read.value);
    if (damaged) await keepCorruptCopy(file);
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
