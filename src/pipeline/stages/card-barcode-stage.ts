import { barcodeRule } from '../../documents/cards/barcode-rule.js';
import type { Check } from '../../verification/types.js';
import { roundQuad } from '../page-geometry.js';
import { pageToSource } from '../page-geometry.js';
import type { CardState } from '../read-document.js';
import { proceed, type Stage } from '../stage.js';

/**
 * For a national card whose template names a barcode (barcode-rule.ts): the side that carries it is decoded (ZXing)
 * and its content compared with the printed field. Cards without one skip this stage's work entirely.
 */
export const cardBarcodeStage: Stage<CardState, CardState> = {
  name: 'barcode',
  async run(state, context) {
    const { barcode } = state.classification.template;
    if (barcode === undefined) return proceed(state, []);
    const page = state.pages.find((p) => p.cardText !== undefined && p.cardText === (barcode.side === 'front' ? state.classification.front : state.classification.back));
    if (page === undefined) return proceed(state, []);
    const found = await context.engines.barcodeReader.read(page.page, barcode.formats);
    const rule = barcodeRule(barcode, state.read.fields[barcode.field] ?? '', found.map((b) => b.text));
    const toSource = pageToSource(page.quad, page.size);
    const check: Check = {
      id: rule.id,
      status: rule.status,
      score: null,
      threshold: null,
      warn: rule.warn,
      evidence: {
        message: rule.message,
        regions: found.map((b) => ({ side: page.side, quad: roundQuad(b.corners.map((c) => toSource([c.x, c.y]))) })),
        values: { ...rule.values, formats: found.map((b) => b.format).join(',') },
      },
    };
    return proceed(state, [check]);
  },
};
