import sharp, { type Sharp } from 'sharp';
import type { Side, SubmittedImage } from '../../src/verification/types.js';

/** Test images generated with sharp in memory; nothing is read from disk. */

export type Rgb = { r: number; g: number; b: number };

/** A plain RGB canvas of one colour. */
export function solid(width: number, height: number, colour: Rgb): Sharp {
  return sharp({ create: { width, height, channels: 3, background: colour } });
}

/** A canvas whose top-left quarter is red and the rest blue, so a rotation shows where that corner went. */
export async function markedCorner(width: number, height: number): Promise<Sharp> {
  const corner = await solid(Math.floor(width / 2), Math.floor(height / 2), { r: 230, g: 20, b: 20 }).png().toBuffer();
  const base = await solid(width, height, { r: 20, g: 20, b: 230 })
    .composite([{ input: corner, left: 0, top: 0 }])
    .png()
    .toBuffer();
  return sharp(base);
}

/** A PNG whose header (signature and IHDR) is intact and whose compressed pixel data is garbage. */
export async function corruptPng(width = 400, height = 300): Promise<Buffer> {
  const noise = Buffer.alloc(width * height * 3);
  for (let i = 0; i < noise.length; i += 1) noise[i] = (i * 7919) % 251;
  const png = await sharp(noise, { raw: { width, height, channels: 3 } }).png().toBuffer();
  const broken = Buffer.from(png);
  // Bytes 0–32 are the signature and IHDR chunk; everything after the first IDAT header gets scrambled.
  for (let i = 100; i < broken.length - 20; i += 3) broken[i] = (broken[i] ?? 0) ^ 0x5a;
  return broken;
}

export function submitted(bytes: Buffer, options: { side?: Side; format?: 'jpeg' | 'png'; width?: number; height?: number } = {}): SubmittedImage {
  return {
    side: options.side ?? 'front',
    format: options.format ?? 'png',
    width: options.width ?? 0,
    height: options.height ?? 0,
    bytes,
  };
}

/** Pixel (x, y) of 3-channel raw data. */
export function pixel(data: Buffer, width: number, x: number, y: number): Rgb {
  const offset = (y * width + x) * 3;
  return { r: data[offset] ?? -1, g: data[offset + 1] ?? -1, b: data[offset + 2] ?? -1 };
}
