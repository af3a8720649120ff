import type { Box } from '../vision/rgb-image.js';
import type { DetectedFace } from './face-detector.js';

/** Faces below this confidence are not portraits (blazeface also fires weakly on emblems and patterns). */
export const MIN_PORTRAIT_SCORE = 0.5;

/**
 * Orders faces from most to least portrait-like. A passport data page often carries a second, smaller and paler
 * "ghost" copy of the portrait (ICAO 9303-3 recommends one as a security feature), so the holder's portrait is the
 * confident face with the largest area, weighted by its contrast; weak detections go last.
 */
export function rankFaces<F extends DetectedFace>(faces: readonly F[]): F[] {
  const weight = (face: DetectedFace): number => face.box.width * face.box.height * Math.sqrt(Math.max(face.contrast, 0.01));
  return [...faces].sort((a, b) => {
    const strongA = a.score >= MIN_PORTRAIT_SCORE;
    const strongB = b.score >= MIN_PORTRAIT_SCORE;
    if (strongA !== strongB) return strongA ? -1 : 1;
    return weight(b) - weight(a);
  });
}

/**
 * A head-and-shoulders crop around a face box, in the proportions of a 35 × 45 mm document photo: the face box
 * (brows to chin) widened 1.6 times, the crop starting half a face above it so hair and crown are kept. Clamped
 * to the image, so a portrait at the edge of a card still gives a crop.
 */
export function portraitCrop(face: Box, width: number, height: number): Box {
  const cropWidth = 1.6 * face.width;
  const cropHeight = (cropWidth * 45) / 35;
  const left = Math.max(0, Math.round(face.x + face.width / 2 - cropWidth / 2));
  const top = Math.max(0, Math.round(face.y - 0.5 * face.height));
  const right = Math.min(width, Math.round(face.x + face.width / 2 + cropWidth / 2));
  const bottom = Math.min(height, Math.round(top + cropHeight));
  return { x: left, y: top, width: Math.max(1, right - left), height: Math.max(1, bottom - top) };
}
