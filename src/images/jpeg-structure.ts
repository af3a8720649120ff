import { ImageInputError } from './image-input-error.js';
import type { ImageDimensions } from './read-dimensions.js';

// Marker codes, ITU-T T.81 Table B.1.
const SOI = 0xd8;
const EOI = 0xd9;
const SOS = 0xda;
const TEM = 0x01;

/** SOF0–SOF15 are C0–CF except DHT (C4), JPG (C8) and DAC (CC), which share the range (T.81 Table B.1). */
function isStartOfFrame(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

/** RST0–RST7 and TEM stand alone: no length field follows (T.81 §B.1.1.4). */
function isStandalone(marker: number): boolean {
  return (marker >= 0xd0 && marker <= 0xd7) || marker === TEM;
}

function truncated(where: string): ImageInputError {
  return new ImageInputError('truncated', `JPEG ends ${where}`);
}

/** Frame header (T.81 §B.2.2): P (1), Y (2), X (2), Nf (1), then 3 bytes per component. */
function readFrame(bytes: Buffer, segment: number, length: number): ImageDimensions {
  if (length < 8) throw new ImageInputError('malformed', 'JPEG frame header is too short');
  const height = bytes.readUInt16BE(segment + 3);
  const width = bytes.readUInt16BE(segment + 5);
  const components = bytes[segment + 7] ?? 0;
  if (components === 0 || length !== 8 + 3 * components) {
    throw new ImageInputError('malformed', 'JPEG frame header has an inconsistent length');
  }
  // Y = 0 defers the height to a DNL marker after the first scan; decoders in use refuse it, so do we.
  if (width === 0 || height === 0) {
    throw new ImageInputError('malformed', 'JPEG frame declares a zero width or height', { width, height });
  }
  return { width, height };
}

/**
 * Skips entropy-coded data after an SOS header and returns the offset of the 0xFF that starts the next marker.
 * Inside a scan 0xFF is followed by a stuffed 0x00, an RSTn, fill 0xFFs, or a real marker (T.81 §B.1.1.5, §F.1.2.3).
 */
function skipScan(bytes: Buffer, from: number): number {
  let at = from;
  for (;;) {
    const ff = bytes.indexOf(0xff, at);
    if (ff < 0) throw truncated('inside its image data (no EOI marker)');
    let next = ff + 1;
    while (next < bytes.length && bytes[next] === 0xff) next++;
    if (next >= bytes.length) throw truncated('inside its image data (no EOI marker)');
    const code = bytes[next] ?? 0;
    if (code !== 0x00 && !(code >= 0xd0 && code <= 0xd7)) return ff;
    at = next + 1;
  }
}

/**
 * Walks a JPEG's marker segments from SOI through every scan to EOI without decoding anything (T.81 Annex B).
 * `onFrame` runs when the first frame header is read, before any scan is examined, so a decompression bomb is
 * refused early. A file cut anywhere before EOI is `truncated`; bytes after EOI are ignored, because phones append
 * data there (MPF secondary images, vendor trailers) and decoders ignore it too. Bytes that are not a marker
 * between segments are skipped, as libjpeg does ("extraneous bytes before marker").
 */
export function walkJpeg(bytes: Buffer, onFrame: (dimensions: ImageDimensions) => void): ImageDimensions {
  let frame: ImageDimensions | null = null;
  let sawScan = false;
  let at = 2; // after SOI
  for (;;) {
    at = bytes.indexOf(0xff, at);
    if (at < 0) throw truncated('before its EOI marker');
    while (at < bytes.length && bytes[at] === 0xff) at++; // fill bytes (T.81 §B.1.1.2)
    if (at >= bytes.length) throw truncated('before its EOI marker');
    const marker = bytes[at] ?? 0;
    at++;

    if (marker === EOI) {
      if (frame === null || !sawScan) throw new ImageInputError('malformed', 'JPEG ends before any image data');
      return frame;
    }
    if (isStandalone(marker)) continue;
    if (marker === 0x00 || marker === SOI) {
      throw new ImageInputError('malformed', `JPEG has an unexpected marker 0xFF${marker.toString(16)}`);
    }
    if (at + 2 > bytes.length) throw truncated('inside a marker segment');
    const length = bytes.readUInt16BE(at);
    if (length < 2) throw new ImageInputError('malformed', 'JPEG marker segment has an impossible length');
    if (at + length > bytes.length) throw truncated('inside a marker segment');

    if (isStartOfFrame(marker) && frame === null) {
      frame = readFrame(bytes, at, length);
      onFrame(frame);
    }
    at += length;
    if (marker === SOS) {
      if (frame === null) throw new ImageInputError('malformed', 'JPEG scan starts before its frame header');
      at = skipScan(bytes, at);
      sawScan = true;
    }
  }
}
