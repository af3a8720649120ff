// Public surface of the MRZ reader: find, read (OCR + OCR-B template reader), merge by check digits, correct.

export { createMrzReader, type MrzReader, type MrzReaderOptions, type ReadMrzOptions } from './mrz-reader.js';
export { renderOcrbTemplates, DEFAULT_OCRB_FONT, type GlyphTemplates } from './ocrb-templates.js';
export type { MrzLineReader, MrzLineSource, MrzReaderChoice, MrzReaderName, MrzReading } from './mrz-reading.js';
