import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import type { RgbImage } from '../vision/rgb-image.js';
import type { BarcodeFormat, BarcodeReader, FoundBarcode } from './barcode-reader.js';

const require = createRequire(import.meta.url);

/**
 * ZXing-C++ in WebAssembly (`zxing-wasm`, engine-notes.md). The `.wasm` ships in the package; it is handed over as
 * `wasmBinary`, because by default the module would fetch it from a CDN (nothing may download at run time).
 * `textMode: 'Plain'` returns the content as encoded, not ZXing's human-readable rendering.
 */
export async function createZxingBarcodeReader(): Promise<BarcodeReader> {
  const wasmBinary = await readFile(require.resolve('zxing-wasm/reader/zxing_reader.wasm'));
  await prepareZXingModule({ overrides: { wasmBinary: wasmBinary.buffer.slice(wasmBinary.byteOffset, wasmBinary.byteOffset + wasmBinary.byteLength) as ArrayBuffer }, fireImmediately: true });
  return {
    async read(image: RgbImage, formats: readonly BarcodeFormat[]): Promise<FoundBarcode[]> {
      const rgba = new Uint8ClampedArray(image.width * image.height * 4);
      for (let i = 0, j = 0; i < image.width * image.height; i++, j += 3) {
        rgba[i * 4] = image.data[j]!;
        rgba[i * 4 + 1] = image.data[j + 1]!;
        rgba[i * 4 + 2] = image.data[j + 2]!;
        rgba[i * 4 + 3] = 255;
      }
      const results = await readBarcodes(
        { data: rgba, width: image.width, height: image.height, colorSpace: 'srgb' } as ImageData,
        { formats: [...formats], textMode: 'Plain', tryHarder: true, maxNumberOfSymbols: 4 },
      );
      return results
        .filter((r) => r.isValid)
        .map((r) => ({
          format: r.format as BarcodeFormat,
          text: r.text,
          corners: [r.position.topLeft, r.position.topRight, r.position.bottomRight, r.position.bottomLeft].map((p) => ({ x: p.x, y: p.y })),
        }));
    },
  };
}
