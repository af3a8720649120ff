import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The part of @vladmandic/human's API this project uses (its bundled typings do not resolve from Node ESM). */
export interface HumanTensor {
  dispose(): void;
}

export interface HumanFace {
  box: [number, number, number, number];
  score: number;
  boxScore: number;
  mesh: Array<[number, number, number?]>;
}

export interface Human {
  load(): Promise<void>;
  detect(input: HumanTensor): Promise<{ face: HumanFace[] }>;
  tf: {
    tensor3d(values: Uint8Array | Int32Array, shape: [number, number, number], dtype: 'int32'): HumanTensor;
    getBackend(): string;
  };
}

const require = createRequire(import.meta.url);

/**
 * Serves `file:` URLs under `root` while the models load: Human reads model files with the global `fetch`, and
 * Node's fetch has no `file:` scheme (engine-notes.md). Any other URL goes to the real fetch, so nothing else in
 * this thread changes behaviour, and the shim is removed as soon as loading ends.
 */
async function withFileFetch<T>(root: string, work: () => Promise<T>): Promise<T> {
  const realFetch = globalThis.fetch;
  const shim = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.startsWith('file:')) return realFetch(input, init);
    const path = resolve(fileURLToPath(url));
    if (!path.startsWith(root + sep)) return new Response(null, { status: 403 });
    try {
      return new Response(await readFile(path), { status: 200 });
    } catch {
      return new Response(null, { status: 404 });
    }
  };
  globalThis.fetch = shim as typeof fetch;
  try {
    return await work();
  } finally {
    if (globalThis.fetch === (shim as typeof fetch)) globalThis.fetch = realFetch;
  }
}

/**
 * Builds Human on the TensorFlow.js WebAssembly backend with only the BlazeFace detector enabled; the weights
 * (blazeface.json/.bin) and the .wasm binaries ship inside node_modules, so nothing is downloaded. The build is
 * loaded by path: the package's `exports` map names its subpaths without the leading `./`, so Node refuses them.
 */
export async function loadHuman(): Promise<Human> {
  const mainFile = require.resolve('@vladmandic/human');
  const humanRoot = dirname(dirname(mainFile));
  const wasmDir = dirname(require.resolve('@tensorflow/tfjs-backend-wasm'));
  const modelDir = join(humanRoot, 'models');
  const { Human: HumanClass } = require(join(humanRoot, 'dist', 'human.node-wasm.js')) as { Human: new (config: object) => Human };
  const human = new HumanClass({
    backend: 'wasm',
    wasmPath: `${wasmDir}${sep}`,
    debug: false,
    modelBasePath: `${pathToFileURL(modelDir).href}/`,
    cacheModels: false,
    // Human is built for video: it reuses the previous frame's boxes when inputs look alike. Every image here is
    // a different document, so caching between calls is off.
    cacheSensitivity: 0,
    face: {
      enabled: true,
      // scale 1: the bare face box; square: false because the caller pads to a square itself (Human's own padding
      // misplaces boxes); rotation: false because the caller tries quarter turns.
      detector: { rotation: false, skipFrames: 0, skipTime: 0, maxDetected: 5, minConfidence: 0.2, iouThreshold: 0.3, scale: 1, square: false, return: false },
      mesh: { enabled: false },
      iris: { enabled: false },
      description: { enabled: false },
      emotion: { enabled: false },
      antispoof: { enabled: false },
      liveness: { enabled: false },
      attention: { enabled: false },
    },
    body: { enabled: false },
    hand: { enabled: false },
    object: { enabled: false },
    gesture: { enabled: false },
    segmentation: { enabled: false },
    filter: { enabled: false },
  });
  await withFileFetch(humanRoot, () => human.load());
  if (human.tf.getBackend() !== 'wasm') throw new Error(`face detector backend is ${human.tf.getBackend()}, expected wasm`);
  return human;
}
