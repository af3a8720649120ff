import type { BarcodeReader } from './barcode/barcode-reader.js';
import { createZxingBarcodeReader } from './barcode/zxing-barcode-reader.js';
import { createHumanFaceDetector } from './face/human-face-detector.js';
import type { FaceDetector } from './face/face-detector.js';
import type { ImageDecoder } from './image-decoder.js';
import { createMrzReader, type MrzReader } from './mrz/mrz-reader.js';
import type { OcrEngine } from './ocr/ocr-engine.js';
import { createPaddleOcr } from './ocr/paddle-ocr.js';
import { createSharpImageDecoder } from './sharp-image-decoder.js';
import type { DocumentFinder } from './vision/document-finder.js';
import { createOpenCvDocumentFinder } from './vision/opencv-document-finder.js';

/**
 * Every heavy technology the pipeline uses, behind its interface. Built once per worker thread and reused for
 * every job (architecture.md "Models load once per worker"); stages receive it, never build it.
 */
export interface Engines {
  imageDecoder: ImageDecoder;
  documentFinder: DocumentFinder;
  ocr: OcrEngine;
  mrzReader: MrzReader;
  faceDetector: FaceDetector;
  barcodeReader: BarcodeReader;
}

export interface EngineOptions {
  /** Second guard against decompression bombs (decisions.md D6); the app passes `config.images.maxPixels`. */
  maxInputPixels: number;
  /**
   * onnxruntime intra-op threads of this worker's OCR sessions. The pool gives each of its threads
   * cores ÷ threads (at least 1), so several workers side by side do not oversubscribe the cores.
   */
  ocrThreads?: number;
}

/**
 * Most lines per recognition forward pass, and how far their widths may differ (ctc-recognizer.ts widthBatches).
 * Lines of mixed widths batched as they come lost time to padding (a visual zone took twice as long in sixes as
 * one by one); lines within 1.2× of one width gain 15–45 % a line in one pass on this 2-core machine.
 */
const RECOGNITION_BATCH_SIZE = 8;
const RECOGNITION_WIDTH_RATIO = 1.2;

/**
 * Loads every model once: OpenCV.js (document finder), PP-OCRv4 det/rec on onnxruntime (OCR, shared by the MRZ
 * reader), BlazeFace on TensorFlow.js WebAssembly (portrait), ZXing-C++ WebAssembly (barcodes on national cards). About 1 s and 300 MB per worker on this machine;
 * a worker's peak stays under 1.2 GB because every detector input is bounded (see src/pipeline/stages/).
 */
export async function createEngines(options: EngineOptions): Promise<Engines> {
  const [documentFinder, ocr, faceDetector, barcodeReader] = await Promise.all([
    createOpenCvDocumentFinder(),
    createPaddleOcr({ intraOpThreads: options.ocrThreads ?? 2, recognitionBatchSize: RECOGNITION_BATCH_SIZE, recognitionWidthRatio: RECOGNITION_WIDTH_RATIO }),
    createHumanFaceDetector(),
    createZxingBarcodeReader(),
  ]);
  return {
    imageDecoder: createSharpImageDecoder({ maxInputPixels: options.maxInputPixels }),
    documentFinder,
    ocr,
    mrzReader: createMrzReader({ ocr }),
    faceDetector,
    barcodeReader,
  };
}
