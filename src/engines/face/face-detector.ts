import type { Point } from '../vision/quad.js';
import type { Box, RgbImage } from '../vision/rgb-image.js';

/** Clockwise quarter turns the image needed for the face to stand upright: a hint of the document's orientation. */
export type Rotation = 0 | 90 | 180 | 270;

export interface DetectedFace {
  /** Face box (brows to chin) in the coordinates of the image passed in. */
  box: Box;
  /** Detector confidence, 0–1. */
  score: number;
  /** Standard deviation of grey levels inside the box, 0–1: a ghost image is paler than the portrait. */
  contrast: number;
  rotation: Rotation;
  /** Eyes, nose, mouth and ears as the detector places them, in input coordinates. */
  landmarks: Point[];
}

export interface Portrait {
  face: DetectedFace;
  /** Head-and-shoulders crop around the face, clamped to the image. */
  cropBox: Box;
  /** That crop as JPEG: kept (encrypted) with the identity record of decisions.md D16. */
  jpeg: Buffer;
}

export interface FaceDetection {
  /** Every face found, most portrait-like first. */
  faces: DetectedFace[];
  /** The holder's portrait, or null when no face was found. */
  portrait: Portrait | null;
}

export interface DetectOptions {
  /** Turns to try when the caller already knows the orientation (e.g. from the MRZ); default: all, upright first. */
  rotations?: Rotation[];
}

/** Finds the holder's portrait on a rectified card or data page. */
export interface FaceDetector {
  detect(image: RgbImage, options?: DetectOptions): Promise<FaceDetection>;
}
