/**
 * JPEG encoding with every encoder option pinned (baseline, 4:2:0, optimised Huffman tables, no mozjpeg, no
 * metadata), so the same pixels always give the same bytes with the same sharp/libvips build.
 */

import sharp from 'sharp';
import type { Raster } from './raster/raster.js';

export async function encodeJpeg(image: Raster, quality: number): Promise<Buffer> {
  return sharp(Buffer.from(image.data.buffer, image.data.byteOffset, image.data.byteLength), {
    raw: { width: image.width, height: image.height, channels: 4 },
  })
    .removeAlpha()
    .jpeg({ quality, chromaSubsampling: '4:2:0', optimiseCoding: true, mozjpeg: false, progressive: false, trellisQuantisation: false, overshootDeringing: false, optimiseScans: false })
    .toBuffer();
}
