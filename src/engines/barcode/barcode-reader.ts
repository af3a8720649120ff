// The barcode engine's interface: every barcode found on an image, with its decoded text and where it is. One
// instance holds its loaded WebAssembly module and is reused for every job of a worker.

import type { RgbImage } from '../vision/rgb-image.js';

export type BarcodeFormat = 'QRCode' | 'PDF417' | 'Code39' | 'Code128' | 'DataMatrix' | 'Aztec';

export interface FoundBarcode {
  format: BarcodeFormat;
  /** The decoded content as text. */
  text: string;
  /** Corners in the image's pixels: top-left, top-right, bottom-right, bottom-left. */
  corners: Array<{ x: number; y: number }>;
}

export interface BarcodeReader {
  read(image: RgbImage, formats: readonly BarcodeFormat[]): Promise<FoundBarcode[]>;
}
