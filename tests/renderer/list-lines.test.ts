import { describe, expect, it } from 'vitest';
import { addresseeDecorations, archiveLine, legalBasisDecorations, recipientDecorations } from '../../renderer/page/list-lines';

const shown = (raw: string[], decorations: { prefix: string; suffix: string; printed: boolean }[]) =>
  raw.map((line, i) => (decorations[i].printed ? `${decorations[i].prefix}${line.trim()}${decorations[i].suffix}` : null));

describe('list lines as printed', () => {
  it('recipients get "- " and ";" and the Lưu line ends with "."', () => {
    const recipients = ['Như trên', '', 'Sở Tài chính'];
    expect(shown(recipients, recipientDecorations(recipients, 'VT, NC'))).toEqual(['- Như trên;', null, '- Sở Tài chính;']);
    expect(archiveLine(recipients, 'VT, NC')).toBe('- Lưu: VT, NC.');
  });

  it('without archive units the last recipient ends with "."', () => {
    const recipients = ['Như trên', 'Sở Tài chính'];
    expect(shown(recipients, recipientDecorations(recipients, ''))).toEqual(['- Như trên;', '- Sở Tài chính.']);
    expect(archiveLine(recipients, '')).toBeNull();
  });

  it('legal basis lines end with ";" and the last with "."', () => {
    const lines = ['Căn cứ Luật A', 'Căn cứ Nghị định B;'];
    const decorations = legalBasisDecorations(lines);
    expect(decorations.map((d) => d.suffix)).toEqual([';', '.']);
  });

  it('one addressee is written on the line; several become a list', () => {
    expect(addresseeDecorations(['Sở Tài chính'])).toEqual([{ prefix: '', suffix: '.', printed: true }]);
    expect(addresseeDecorations(['Sở A', 'Sở B']).map((d) => `${d.prefix}|${d.suffix}`)).toEqual(['- |;', '- |.']);
  });
});
