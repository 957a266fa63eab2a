#!/usr/bin/env python3
"""Writes core/data/serif-advances.json: the advance width (per mille of the em) of every
character the importer measures (ASCII, Latin-1, Vietnamese letters) in Liberation Serif regular
and bold, metric-compatible with Times New Roman. Used to tell a full line (wrapped) from the
last line of a paragraph in text copied from a PDF. Run: python3 scripts/make-serif-advances.py"""
import json, os, struct, unicodedata

FONTS = '/usr/share/fonts/truetype/liberation2'
OUT = os.path.join(os.path.dirname(__file__), '..', 'core', 'data', 'serif-advances.json')

def tables(data):
    n = struct.unpack('>H', data[4:6])[0]
    out = {}
    for i in range(n):
        tag, _, off, length = struct.unpack('>4sIII', data[12 + 16 * i: 28 + 16 * i])
        out[tag.decode()] = (off, length)
    return out

def cmap4(data, off):
    n = struct.unpack('>H', data[off + 2: off + 4])[0]
    best = None
    for i in range(n):
        pid, eid, sub = struct.unpack('>HHI', data[off + 4 + 8 * i: off + 12 + 8 * i])
        if pid == 3 and eid == 1: best = off + sub
    fmt = struct.unpack('>H', data[best: best + 2])[0]
    assert fmt == 4
    seg = struct.unpack('>H', data[best + 6: best + 8])[0] // 2
    base = best + 14
    ends = struct.unpack('>%dH' % seg, data[base: base + 2 * seg])
    starts = struct.unpack('>%dH' % seg, data[base + 2 * seg + 2: base + 4 * seg + 2])
    deltas = struct.unpack('>%dh' % seg, data[base + 4 * seg + 2: base + 6 * seg + 2])
    ro_at = base + 6 * seg + 2
    ros = struct.unpack('>%dH' % seg, data[ro_at: ro_at + 2 * seg])
    def glyph(c):
        for i in range(seg):
            if starts[i] <= c <= ends[i]:
                if ros[i] == 0: return (c + deltas[i]) & 0xFFFF
                at = ro_at + 2 * i + ros[i] + 2 * (c - starts[i])
                g = struct.unpack('>H', data[at: at + 2])[0]
                return (g + deltas[i]) & 0xFFFF if g else 0
        return 0
    return glyph

def advances(path, chars):
    data = open(path, 'rb').read()
    t = tables(data)
    upem = struct.unpack('>H', data[t['head'][0] + 18: t['head'][0] + 20])[0]
    nmetrics = struct.unpack('>H', data[t['hhea'][0] + 34: t['hhea'][0] + 36])[0]
    glyph = cmap4(data, t['cmap'][0])
    hmtx = t['hmtx'][0]
    out = {}
    for ch in chars:
        g = glyph(ord(ch))
        if not g: continue
        g = min(g, nmetrics - 1)
        adv = struct.unpack('>H', data[hmtx + 4 * g: hmtx + 4 * g + 2])[0]
        out[ch] = round(adv * 1000 / upem)
    return out

chars = [chr(c) for c in range(0x20, 0x7F)] + [chr(c) for c in range(0xA0, 0x100)] + list('–—‘’“”…•')
bases = 'aăâeêioôơuưyAĂÂEÊIOÔƠUƯY'
for b in bases:
    for mark in ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323']:
        chars.append(unicodedata.normalize('NFC', b + mark))
chars += list('đĐ')
chars = sorted(set(chars))
result = {
    '$comment': 'Advance widths in 1/1000 em of Liberation Serif (metric-compatible with Times New Roman), from scripts/make-serif-advances.py.',
    'regular': advances(os.path.join(FONTS, 'LiberationSerif-Regular.ttf'), chars),
    'bold': advances(os.path.join(FONTS, 'LiberationSerif-Bold.ttf'), chars),
}
with open(OUT, 'w', encoding='utf-8') as f:
    json.dump(result, f, ensure_ascii=False, indent=0, sort_keys=True)
    f.write('\n')
print(len(result['regular']), 'characters')
