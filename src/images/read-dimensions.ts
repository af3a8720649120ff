import { ImageInputError } from './image-input-error.js';
import { walkJpeg } from './jpeg-structure.js';
import { walkPng } from './png-structure.js';
import type { ImageFormat } from './sniff-format.js';

export interface ImageDimensions {
  width: number;
  height: number;
}

export interface DimensionLimits {
  /** Longest side in pixels; decisions.md D6: 8000. */
  maxSide: number;
  /** Width × height; the decompression-bomb guard (D6), checked from the header before any pixel is decoded. */
  maxPixels: number;
}

function enforce(limits: DimensionLimits, { width, height }: ImageDimensions): void {
  if (Math.max(width, height) > limits.maxSide) {
    throw new ImageInputError('too-large-dimensions', `image side exceeds ${limits.maxSide} pixels`, {
      limit: limits.maxSide,
      actual: Math.max(width, height),
      width,
      height,
    });
  }
  if (width * height > limits.maxPixels) {
    throw new ImageInputError('too-large-dimensions', `image exceeds ${limits.maxPixels} pixels`, {
      limit: limits.maxPixels,
      actual: width * height,
      width,
      height,
    });
  }
}

/**
 * Dimensions from the header (PNG IHDR, JPEG frame header) and a structural completeness walk, with no pixel
 * decoding, so Apply refuses bombs and truncated files synchronously (decisions.md D6, D8). The limits are applied
 * the moment the header is read, before the rest of the file is walked.
 * JPEG dimensions are the coded ones, before any EXIF orientation is applied.
 */
export function readDimensions(bytes: Buffer, format: ImageFormat, limits: DimensionLimits): ImageDimensions {
  const check = (dimensions: ImageDimensions): void => enforce(limits, dimensions);
  return format === 'png' ? walkPng(bytes, check) : walkJpeg(bytes, check);
}
