// Half a turn of an image: an upside-down page becomes upright. Pixel order reversed, channels kept.

import type { PixelImage } from '../ocr/pixel-image.js';

export function rotate180(image: PixelImage): PixelImage {
  const { width, height, channels, data } = image;
  const count = width * height;
  const out = new Uint8Array(count * channels);
  for (let i = 0; i < count; i++) {
    const from = i * channels;
    const to = (count - 1 - i) * channels;
    for (let c = 0; c < channels; c++) out[to + c] = data[from + c]!;
  }
  return { width, height, channels, data: out };
}
