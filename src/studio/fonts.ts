/**
 * Registers the studio's fonts with the canvas once per process. Every glyph the studio draws comes from a font
 * registered here — never from the machine's own fonts — so renders are the same on every machine. Noto
 * families come from npm (@fontsource-variable: variable woff2 subsets, weight and width axes); OCR-B, which no
 * npm package ships, is committed under assets/fonts/ocr-b with its licence.
 */

import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GlobalFonts } from '@napi-rs/canvas';

export const SANS = 'Studio Sans';
export const SERIF = 'Studio Serif';
export const HK = 'Studio HK';
export const SC = 'Studio SC';
export const THAI = 'Studio Thai';
export const OCRB = 'Studio OCR-B';

/** Font stacks: a script font first, Latin after it, so mixed lines never fall back to system fonts. */
export const STACK = {
  sans: `"${SANS}"`,
  serif: `"${SERIF}", "${SANS}"`,
  hk: `"${HK}", "${SANS}"`,
  sc: `"${SC}", "${SANS}"`,
  thai: `"${THAI}", "${SANS}"`,
  ocrb: `"${OCRB}"`,
} as const;

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));

function packageFiles(pkg: string, pattern: RegExp): string[] {
  const dir = join(dirname(require.resolve(`${pkg}/package.json`)), 'files');
  return readdirSync(dir)
    .filter((f) => pattern.test(f))
    .sort()
    .map((f) => join(dir, f));
}

let registered = false;

export function registerStudioFonts(): void {
  if (registered) return;
  const sets: [string, string, RegExp][] = [
    // "standard" files carry both the weight and the width axis (condensed labels on cards).
    [SANS, '@fontsource-variable/noto-sans', /-(latin|latin-ext|vietnamese|greek|cyrillic)-standard-normal\.woff2$/],
    [SERIF, '@fontsource-variable/noto-serif', /-(latin|latin-ext)-standard-normal\.woff2$/],
    [HK, '@fontsource-variable/noto-sans-hk', /-wght-normal\.woff2$/],
    [SC, '@fontsource-variable/noto-sans-sc', /-wght-normal\.woff2$/],
    [THAI, '@fontsource-variable/noto-sans-thai', /-thai-standard-normal\.woff2$/],
  ];
  for (const [family, pkg, pattern] of sets) {
    for (const file of packageFiles(pkg, pattern)) {
      if (!GlobalFonts.registerFromPath(file, family)) throw new Error(`cannot load font ${file}`);
    }
  }
  const ocrb = join(here, '..', '..', 'assets', 'fonts', 'ocr-b', 'OCRB.otf');
  if (!GlobalFonts.registerFromPath(ocrb, OCRB)) throw new Error(`cannot load font ${ocrb}`);
  registered = true;
}

/** A CSS font string: `font(2.4, STACK.sans, 700)` → size in px computed by the caller. */
export function font(px: number, stack: string, weight = 400, stretch: 'normal' | 'condensed' | 'semi-condensed' = 'normal'): string {
  const s = stretch === 'normal' ? '' : `${stretch} `;
  return `${weight} ${s}${px.toFixed(2)}px ${stack}`;
}
