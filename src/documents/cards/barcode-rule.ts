import type { CardBarcode, CardRule } from './card-template.js';
import { squash } from './text-match.js';

/**
 * The barcode against the printed field (issue 5: "barcodes where the card carries them, compared with the printed
 * fields"), on letters and digits only (`S8059556E` in a Code 39, `3323-8074V-…` as `33238074V…` in a Code 128).
 * `texts` are the decoded barcodes of the side; none decoded, or none holding a token of the field's shape, is
 * `skipped`: an unreadable or unknown encoding proves nothing either way.
 */
export function barcodeRule(barcode: CardBarcode, printed: string, texts: readonly string[]): CardRule {
  const id = `barcode.${barcode.field}`;
  const base = { id, warn: 'InformationVerificationFailed' as const, fields: [barcode.field] };
  if (texts.length === 0) return { ...base, status: 'skipped', message: 'no barcode decoded', values: {} };
  const value = squash(printed);
  const tokens = texts.flatMap((text) => squash(text).match(new RegExp(barcode.shape.source, 'g')) ?? []);
  if (value !== '' && texts.some((text) => squash(text).includes(value))) {
    return { ...base, status: 'pass', message: `the barcode carries the printed ${barcode.field}`, values: { barcode: texts.join(' | ') } };
  }
  if (tokens.length === 0 || value === '') {
    return { ...base, status: 'skipped', message: `the barcode holds no ${barcode.field} to compare`, values: { barcode: texts.join(' | ') } };
  }
  return { ...base, status: 'warn', message: `the barcode carries ${tokens.join(', ')}, the card prints ${printed}`, values: { barcode: texts.join(' | '), printed } };
}
