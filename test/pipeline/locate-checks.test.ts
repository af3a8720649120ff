import assert from 'node:assert/strict';
import test from 'node:test';
import type { DecodedImage } from '../../src/engines/image-decoder.js';
import type { Quad } from '../../src/engines/vision/quad.js';
import { mrzLocatedChecks } from '../../src/pipeline/locate-checks.js';
import { inFrameBox } from '../../src/pipeline/page-geometry.js';

const source = { side: 'front', width: 2167, height: 1525 } as unknown as DecodedImage;
const complete = (quad: Quad): string => mrzLocatedChecks(source, quad).find((c) => c.id === 'document.complete')!.status;

test('a page estimated from its MRZ a little past the frame (a tight scan, the MRZ off its nominal place) is whole', () => {
  // A tight scan of a passport page whose MRZ sits above ICAO's nominal place: estimated 6.4 % of its height high.
  assert.equal(complete([[-24, -99], [2163, -99], [2163, 1440], [-24, 1440]]), 'pass');
  assert.equal(complete([[10, 10], [2150, 10], [2150, 1510], [10, 1510]]), 'pass');
});

test('a page estimated well past the frame (a photo that cut off its top) is incomplete', () => {
  assert.equal(complete([[100, -400], [2000, -400], [2000, 1000], [100, 1000]]), 'warn');
});

test('the part of a page inside the frame: the whole page when its quad is inside, else the rows and columns that map into it', () => {
  const size = { width: 1250, height: 880 };
  assert.deepEqual(inFrameBox([[0, 0], [2167, 0], [2167, 1525], [0, 1525]], size, source), { x: 0, y: 0, width: 1250, height: 880 });
  // The page's top tenth lies above the frame.
  const box = inFrameBox([[0, -152.5], [2167, -152.5], [2167, 1372.5], [0, 1372.5]], size, source);
  assert.ok(Math.abs(box.y - 88) <= 4, `top ${box.y}`);
  assert.ok(box.y + box.height >= 876 && box.x === 0 && box.width === 1250, JSON.stringify(box));
});
