/**
 * The contact sheet of `cardverify samples --gallery DIR` (issue 4 §6): one document of every structure under
 * every condition, images and truth files in DIR/<Structure>/, and DIR/index.html laying them out in a table so a
 * person can look at them side by side.
 */

import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SEED_STRUCTURES } from '../verification/types.js';
import { generateDocument } from './generate-document.js';
import { CONDITIONS, type Truth } from './types.js';

const escape = (s: string): string => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

export interface GalleryCell {
  file: string;
  back: string | null;
  truth: Truth;
}

export function galleryHtml(cells: Map<string, GalleryCell>): string {
  const head = CONDITIONS.map((c) => `<th>${escape(c)}</th>`).join('');
  const rows = SEED_STRUCTURES.map((s) => {
    const tds = CONDITIONS.map((c) => {
      const cell = cells.get(`${s}/${c}`);
      if (!cell) return '<td></td>';
      const warn = cell.truth.ExpectedWarnings.length > 0 ? cell.truth.ExpectedWarnings.join(', ') : 'no warning';
      const back = cell.back ? ` · <a href="${escape(cell.back)}">back</a>` : '';
      return `<td><a href="${escape(cell.file)}"><img loading="lazy" src="${escape(cell.file)}" alt="${escape(`${s} ${c}`)}"></a><div>${escape(warn)}${back}</div></td>`;
    }).join('');
    return `<tr><th scope="row">${escape(s)}</th>${tds}</tr>`;
  }).join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>cardverify studio gallery</title>
<style>
body{font:13px system-ui,sans-serif;margin:16px;background:#f4f4f4}
table{border-collapse:collapse}
th,td{border:1px solid #ccc;padding:4px;vertical-align:top;background:#fff}
thead th{position:sticky;top:0;background:#eee}
img{width:220px;height:auto;display:block}
td div{color:#555;font-size:11px;margin-top:2px}
</style></head><body>
<h1>cardverify document studio</h1>
<p>One generated document per structure and condition. Click an image for full size; the truth files sit beside the images.</p>
<table><thead><tr><th>Structure</th>${head}</tr></thead><tbody>
${rows}
</tbody></table></body></html>
`;
}

/** Generates the whole gallery; `progress` is told each finished cell. */
export async function writeGallery(dir: string, seed: string, progress: (done: number, total: number) => void): Promise<number> {
  const cells = new Map<string, GalleryCell>();
  const total = SEED_STRUCTURES.length * CONDITIONS.length;
  let done = 0;
  for (const structure of SEED_STRUCTURES) {
    await mkdir(join(dir, structure), { recursive: true });
    for (const condition of CONDITIONS) {
      const doc = await generateDocument({ structure, seed, index: 1, condition, side: 'both', invalid: false });
      const file = `${structure}/${condition}-front.jpg`;
      await writeFile(join(dir, file), doc.images.front!);
      let back: string | null = null;
      if (doc.images.back) {
        back = `${structure}/${condition}-back.jpg`;
        await writeFile(join(dir, back), doc.images.back);
      }
      await writeFile(join(dir, structure, `${condition}.json`), `${JSON.stringify(doc.truth, null, 2)}\n`);
      cells.set(`${structure}/${condition}`, { file, back, truth: doc.truth });
      progress(++done, total);
    }
  }
  await writeFile(join(dir, 'index.html'), galleryHtml(cells));
  return done;
}
