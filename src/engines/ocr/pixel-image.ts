// Raw pixels as the engines take them: 8-bit, interleaved, row-major. The pipeline decodes with sharp into RGB
// (DecodedImage is one of these); grey images come from crops and tests.

export interface PixelImage {
  width: number;
  height: number;
  /** 1 grey, 3 RGB, 4 RGBA (alpha ignored). */
  channels: 1 | 3 | 4;
  /** `width * height * channels` bytes. */
  data: Uint8Array;
}

/** Luma (ITU-R BT.601 weights) of an image, one byte per pixel. */
export function toGrey(image: PixelImage): Uint8Array {
  const { width, height, channels, data } = image;
  if (channels === 1) return data.subarray(0, width * height);
  const out = new Uint8Array(width * height);
  for (let i = 0, j = 0; i < out.length; i++, j += channels) {
    out[i] = (data[j]! * 299 + data[j + 1]! * 587 + data[j + 2]! * 114 + 500) / 1000;
  }
  return out;
}

/** Throws when the buffer cannot hold the declared pixels: a caller bug, not an image property. */
export function assertPixelImage(image: PixelImage): void {
  const { width, height, channels, data } = image;
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) {
    throw new RangeError(`invalid image size ${width}x${height}`);
  }
  if (data.length < width * height * channels) {
    throw new RangeError(`image buffer holds ${data.length} bytes, expected ${width * height * channels}`);
  }
}
