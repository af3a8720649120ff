import sharp from 'sharp';
import type { Point } from '../vision/quad.js';
import { type Box, type RgbImage, assertRgb } from '../vision/rgb-image.js';
import type { DetectOptions, DetectedFace, FaceDetection, FaceDetector, Rotation } from './face-detector.js';
import { type Human, loadHuman } from './load-human.js';
import { MIN_PORTRAIT_SCORE, portraitCrop, rankFaces } from './select-portrait.js';

/** Side of the square the detector sees; BlazeFace itself works at 256 px, this keeps small portraits legible. */
const DETECT_SIZE = 512;
/**
 * A rectified document is landscape, so its portrait is upright or upside down: both are tried and the more
 * confident wins (BlazeFace still fires, weaker and with a worse box, on an upside-down face). Sideways turns are
 * tried only when neither finds a confident face (a portrait-format card).
 */
const FIRST_ROTATIONS: Rotation[] = [0, 180];
const LAST_ROTATIONS: Rotation[] = [90, 270];

interface Upright {
  rotation: Rotation;
  image: RgbImage;
}

async function rotate(image: RgbImage, rotation: Rotation): Promise<RgbImage> {
  if (rotation === 0) return image;
  const { data, info } = await sharp(image.data, { raw: { width: image.width, height: image.height, channels: 3 } })
    .rotate(rotation)
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data };
}

/** Maps a point of the image turned clockwise by `rotation` back to the original image of `width`×`height`. */
function unrotate([u, v]: Point, rotation: Rotation, width: number, height: number): Point {
  if (rotation === 90) return [v, height - u];
  if (rotation === 180) return [width - u, height - v];
  if (rotation === 270) return [width - v, u];
  return [u, v];
}

function unrotateBox(box: Box, rotation: Rotation, width: number, height: number): Box {
  const corners = [
    unrotate([box.x, box.y], rotation, width, height),
    unrotate([box.x + box.width, box.y + box.height], rotation, width, height),
  ];
  const xs = corners.map((p) => p[0]);
  const ys = corners.map((p) => p[1]);
  return { x: Math.min(...xs), y: Math.min(...ys), width: Math.abs(xs[1]! - xs[0]!), height: Math.abs(ys[1]! - ys[0]!) };
}

/** Grey-level standard deviation inside a box, 0–1. */
function contrastIn(image: RgbImage, box: Box): number {
  let sum = 0;
  let squares = 0;
  let n = 0;
  const x0 = Math.max(0, Math.floor(box.x));
  const y0 = Math.max(0, Math.floor(box.y));
  const x1 = Math.min(image.width, Math.ceil(box.x + box.width));
  const y1 = Math.min(image.height, Math.ceil(box.y + box.height));
  const step = Math.max(1, Math.floor(Math.min(x1 - x0, y1 - y0) / 64));
  for (let y = y0; y < y1; y += step) {
    for (let x = x0; x < x1; x += step) {
      const o = (y * image.width + x) * 3;
      const grey = 0.299 * image.data[o]! + 0.587 * image.data[o + 1]! + 0.114 * image.data[o + 2]!;
      sum += grey;
      squares += grey * grey;
      n += 1;
    }
  }
  if (n === 0) return 0;
  const mean = sum / n;
  return Math.sqrt(Math.max(0, squares / n - mean * mean)) / 255;
}

/** Faces in the turned image, with boxes both there (`uprightBox`) and in the original `width`×`height` image. */
async function facesIn(human: Human, upright: Upright, original: { width: number; height: number }): Promise<Array<DetectedFace & { uprightBox: Box }>> {
  const { image, rotation } = upright;
  const scale = DETECT_SIZE / Math.max(image.width, image.height);
  const width = Math.max(1, Math.round(image.width * scale));
  const height = Math.max(1, Math.round(image.height * scale));
  // Padded to a square on the right and bottom, so box coordinates need only the scale undone.
  const square = await sharp(image.data, { raw: { width: image.width, height: image.height, channels: 3 } })
    .resize(width, height, { fit: 'fill' })
    .extend({ right: DETECT_SIZE - width, bottom: DETECT_SIZE - height, background: { r: 128, g: 128, b: 128 } })
    .raw()
    .toBuffer();
  const tensor = human.tf.tensor3d(square, [DETECT_SIZE, DETECT_SIZE, 3], 'int32');
  try {
    const result = await human.detect(tensor);
    return result.face.map((face) => {
      const [x, y, w, h] = face.box;
      const uprightBox = { x: x / scale, y: y / scale, width: w / scale, height: h / scale };
      return {
        uprightBox,
        box: unrotateBox(uprightBox, rotation, original.width, original.height),
        score: Math.round(face.score * 1000) / 1000,
        contrast: Math.round(contrastIn(image, uprightBox) * 1000) / 1000,
        rotation,
        landmarks: face.mesh.map((p) => unrotate([p[0] / scale, p[1] / scale], rotation, original.width, original.height)),
      };
    });
  } finally {
    tensor.dispose();
  }
}

/**
 * Portrait finding with Human's BlazeFace on TensorFlow.js WebAssembly (about 30 ms per try on this machine).
 * The reader may not have settled the document's orientation yet, so the image is tried upright and turned by
 * 180° (then 90° and 270° if needed) unless the caller names the turns; the turn that found the most confident
 * face is reported and the portrait JPEG is cut upright. The model loads once, when the detector is created.
 */
export async function createHumanFaceDetector(): Promise<FaceDetector> {
  const human = await loadHuman();
  return {
    async detect(image: RgbImage, options: DetectOptions = {}): Promise<FaceDetection> {
      assertRgb(image);
      let found: Array<DetectedFace & { uprightBox: Box }> = [];
      let upright: Upright = { rotation: 0, image };
      const top = (faces: readonly DetectedFace[]): number => Math.max(0, ...faces.map((f) => f.score));
      for (const rotations of [options.rotations ?? FIRST_ROTATIONS, options.rotations === undefined ? LAST_ROTATIONS : []]) {
        for (const rotation of rotations) {
          const candidate: Upright = { rotation, image: await rotate(image, rotation) };
          const faces = await facesIn(human, candidate, image);
          if (top(faces) > top(found)) {
            found = faces;
            upright = candidate;
          }
        }
        if (top(found) >= MIN_PORTRAIT_SCORE) break;
      }
      const ranked = rankFaces(found);
      const best = ranked[0];
      const faces = ranked.map(({ uprightBox: _ignored, ...face }) => face);
      if (best === undefined || best.score < MIN_PORTRAIT_SCORE) return { faces, portrait: null };
      const crop = portraitCrop(best.uprightBox, upright.image.width, upright.image.height);
      const jpeg = await sharp(upright.image.data, { raw: { width: upright.image.width, height: upright.image.height, channels: 3 } })
        .extract({ left: crop.x, top: crop.y, width: crop.width, height: crop.height })
        .jpeg({ quality: 90 })
        .toBuffer();
      const { uprightBox: _box, ...face } = best;
      return {
        faces,
        portrait: { face, cropBox: unrotateBox(crop, upright.rotation, image.width, image.height), jpeg },
      };
    },
  };
}
