import { MRZ_LAYOUTS, type Correction, type MrzFormat } from '../mrz/index.js';

/**
 * ICAO 9303-3 §4.6: the name field holds the primary identifier, one `<<`, the secondary identifier's parts
 * separated by single `<`, then fillers to the end. A second `<<` therefore ends the name: any letter after it
 * is a misread filler (OCR reads `<` as `C`, `K` or `L` on small glyphs, engine-notes.md) and becomes `<` again.
 * The name field has no check digit, so this structural rule is the only proof available; each change is
 * logged as a `filler-rule` correction.
 */
export function cleanNameField(lines: readonly string[], format: MrzFormat): { lines: string[]; corrections: Correction[] } {
  const layout = MRZ_LAYOUTS[format];
  const out = [...lines];
  const line = out[layout.nameLine];
  if (line === undefined) return { lines: out, corrections: [] };
  const field = line.slice(layout.nameStart);
  const separator = field.indexOf('<<');
  if (separator < 0) return { lines: out, corrections: [] };
  const end = field.indexOf('<<', separator + 2);
  if (end < 0) return { lines: out, corrections: [] };
  const corrections: Correction[] = [];
  const chars = [...field];
  for (let i = end; i < chars.length; i += 1) {
    if (chars[i] === '<') continue;
    corrections.push({ line: layout.nameLine + 1, position: layout.nameStart + i, from: chars[i] as string, to: '<', reason: 'filler-rule' });
    chars[i] = '<';
  }
  out[layout.nameLine] = line.slice(0, layout.nameStart) + chars.join('');
  return { lines: out, corrections };
}
