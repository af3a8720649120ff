import type { DecodedImage } from '../../engines/image-decoder.js';
import type { Check, Side, SubmittedImage } from '../../verification/types.js';
import { meanLuma } from '../mean-luma.js';
import { NOTHING_READ, proceed, stop, type Stage, type StageContext } from '../stage.js';

/**
 * Stage 1: decode every submitted image to upright 8-bit sRGB and run the checks that need nothing but pixels.
 * A file that does not decode is a failed `image.decode` check and ends the run (the verdict rejects it,
 * decisions.md D14); it is never thrown. Quality checks are soft: `PoorImageQuality` (decisions.md D13).
 */
export const decodeStage: Stage<SubmittedImage[], DecodedImage[]> = {
  name: 'decode',
  async run(images, context) {
    const checks: Check[] = [];
    const decoded: DecodedImage[] = [];
    for (const submitted of images) {
      const result = await context.engines.imageDecoder.decode(submitted);
      if (!result.ok) {
        checks.push(decodeCheck(submitted.side, 'fail', `image could not be decoded: ${result.message}`, {}));
        continue;
      }
      const { image } = result;
      checks.push(
        decodeCheck(submitted.side, 'pass', 'image decoded', {
          width: String(image.width),
          height: String(image.height),
          colourSpace: image.facts.colourSpace,
          depth: image.facts.depth,
          grayscale: String(image.facts.grayscale),
          hadAlpha: String(image.facts.hadAlpha),
          orientation: image.facts.orientation === null ? '' : String(image.facts.orientation),
        }),
        ...qualityChecks(image, context),
      );
      decoded.push(image);
    }
    return decoded.length === images.length ? proceed(decoded, checks) : stop(NOTHING_READ, checks);
  },
};

function decodeCheck(side: Side, status: 'pass' | 'fail', message: string, values: Record<string, string>): Check {
  // An undecodable upload asks the user for a new picture, which is what PoorImageQuality tells a client.
  return {
    id: 'image.decode',
    status,
    score: null,
    threshold: null,
    warn: 'PoorImageQuality',
    evidence: { message, values: { side, ...values } },
  };
}

/** Resolution and exposure: cheap, real signals available before any document is found. */
function qualityChecks(image: DecodedImage, { policy }: StageContext): Check[] {
  const shortSide = Math.min(image.width, image.height);
  const luma = Math.round(meanLuma(image.data, image.width * image.height) * 10) / 10;
  const side = image.side;
  const { minShortSidePx, minMeanLuma, maxMeanLuma } = policy.image;
  return [
    {
      id: 'image.resolution',
      status: shortSide < minShortSidePx ? 'warn' : 'pass',
      score: shortSide,
      threshold: minShortSidePx,
      warn: 'PoorImageQuality',
      evidence: {
        message: shortSide < minShortSidePx ? 'shorter side below the minimum' : 'resolution sufficient',
        values: { side, width: String(image.width), height: String(image.height) },
      },
    },
    {
      id: 'image.brightness.dark',
      status: luma < minMeanLuma ? 'warn' : 'pass',
      score: luma,
      threshold: minMeanLuma,
      warn: 'PoorImageQuality',
      evidence: { message: luma < minMeanLuma ? 'image too dark' : 'image not too dark', values: { side } },
    },
    {
      id: 'image.brightness.bright',
      status: luma > maxMeanLuma ? 'warn' : 'pass',
      score: luma,
      threshold: maxMeanLuma,
      warn: 'PoorImageQuality',
      evidence: { message: luma > maxMeanLuma ? 'image too bright' : 'image not too bright', values: { side } },
    },
  ];
}
