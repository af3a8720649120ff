import { createRequire } from 'node:module';

/** The OpenCV.js module (types shipped by @techstark/opencv-js, pinned to 4.12.0-release.1 per engine-notes.md). */
export type OpenCv = typeof import('@techstark/opencv-js');

const require = createRequire(import.meta.url);

/** One WebAssembly instance per thread: the module is a process-wide singleton inside Emscripten anyway. */
let loading: Promise<OpenCv> | null = null;

/**
 * Loads OpenCV.js and waits for its WebAssembly runtime. The module object is an Emscripten "thenable": awaiting
 * or resolving a promise with it while `then` is still present never settles (engine-notes.md), so `then` is
 * deleted before the object leaves this function, and the promise resolves with a wrapper, not the module.
 * `require` (not `import`) keeps Node's ESM loader from exposing that `then` as a named export.
 */
export function loadOpenCv(): Promise<OpenCv> {
  loading ??= new Promise<{ cv: OpenCv }>((resolve, reject) => {
    try {
      const module = require('@techstark/opencv-js') as OpenCv & { then?: unknown; onRuntimeInitialized?: () => void };
      const ready = (): void => {
        delete module.then;
        resolve({ cv: module });
      };
      if (typeof module.Mat === 'function') ready();
      else module.onRuntimeInitialized = ready;
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  }).then((wrapped) => wrapped.cv);
  return loading;
}
