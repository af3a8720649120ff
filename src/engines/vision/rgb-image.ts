/**
 * Pixels every vision engine reads: 8-bit interleaved RGB, row-major, `width * height * 3` bytes. The decoded
 * image of `image-decoder.ts` satisfies it; rectified crops are returned in the same shape so they chain.
 */
export interface RgbImage {
  width: number;
  height: number;
  data: Uint8Array;
}

/** A pixel box in some image's coordinates (x, y of the top-left corner). */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Luma (ITU-R BT.601 weights) of an RGB image as one byte per pixel. */
export function toGrey(image: RgbImage): Uint8Array {
  const pixels = image.width * image.height;
  const grey = new Uint8Array(pixels);
  const data = image.data;
  for (let i = 0, o = 0; i < pixels; i += 1, o += 3) {
    grey[i] = (299 * (data[o] ?? 0) + 587 * (data[o + 1] ?? 0) + 114 * (data[o + 2] ?? 0) + 500) / 1000;
  }
  return grey;
}

/** Checks the buffer matches the stated size: a mismatch is a caller's fault, never silently read out of bounds. */
export function assertRgb(image: RgbImage): void {
  if (!Number.isInteger(image.width) || !Number.isInteger(image.height) || image.width < 1 || image.height < 1) {
    throw new RangeError(`image size ${image.width}×${image.height} is not a positive integer size`);
  }
  if (image.data.length !== image.width * image.height * 3) {
    throw new RangeError(`image data holds ${image.data.length} bytes, expected ${image.width * image.height * 3}`);
  }
}
