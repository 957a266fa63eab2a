import { beforeAll, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildCli, ROOT, runVanban, tempDir, writeFixtureTemplates } from './helpers';

beforeAll(() => buildCli());

describe('vanban templates', () => {
  it('prints one line per template: id, TAB, Vietnamese title, sorted by id', () => {
    const templates = writeFixtureTemplates(tempDir());
    const result = runVanban(['templates'], { env: { VANBAN_TEMPLATES_DIR: templates } });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('cong-van-thu\tCông văn thử nghiệm\nke-hoach-thu\tKế hoạch thử nghiệm\n');
  });

  it('lists every shipped template in templates/ when run from the repository', () => {
    const shipped = readdirSync(join(ROOT, 'templates')).filter((name) => name.endsWith('.json'));
    const result = runVanban(['templates'], { cwd: tempDir() });
    expect(result.status).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(shipped.length);
    for (const line of lines) expect(line).toMatch(/^[a-z0-9-]+\t\S.*$/);
    expect(lines.map((line) => `${line.split('\t')[0]}.json`).sort()).toEqual(shipped.sort());
  });

  it('rejects extra arguments with one line', () => {
    const result = runVanban(['templates', 'extra']);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('vanban: templates: unexpected argument: extra\n');
  });
});
