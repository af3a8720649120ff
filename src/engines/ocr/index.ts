// Public surface of the text engine: the OcrEngine interface and its PP-OCRv4 implementation on onnxruntime.

export { createPaddleOcr, type PaddleOcrOptions } from './paddle-ocr.js';
export { DEFAULT_DETECTOR_MAX_SIDE } from './db-detector.js';
export type { DetectOptions, OcrEngine, ReadTextOptions, RecognizedChar, RecognizedText, TextBox, TextLine } from './ocr-engine.js';
export type { Point, Quad, Rect } from './geometry.js';
export type { PixelImage } from './pixel-image.js';
