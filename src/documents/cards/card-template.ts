import type { BarcodeFormat } from '../../engines/barcode/barcode-reader.js';
import type { CardType, CheckStatus, Side, StructureName, WarnCode } from '../../verification/types.js';
import type { CardBox, CardSideText } from './card-text.js';

/**
 * The contract every national card template fulfils (issue 5). A template lives in its own folder under
 * `src/documents/cards/<country-card>/`, knows its card from the text the OCR read (no pixels: the pipeline owns
 * the engines), and fills its seed member (spec §F.2) in the formats of decisions.md D12, documented per structure
 * in docs/documents.md.
 */

export interface CardKind {
  structure: StructureName;
  /** ISO 3166-1 alpha-3 of the issuer (D11). */
  nationality: string;
  cardType: Exclude<CardType, 'AUTO'>;
  /** The template's name in `CardSubType` (D11), e.g. `HKID_2018`. */
  cardSubType: string;
}

/** How much a side looks like this card's front and like its back (0–1 each). */
export interface SideRecognition {
  front: number;
  back: number;
  /** The phrases or patterns that decided it, for the classification evidence. */
  evidence: string[];
}

export interface CardSides {
  front: CardSideText | null;
  back: CardSideText | null;
}

/** Where a field was read: the side and its box as fractions of the rectified side. */
export interface FieldRegion {
  side: Side;
  box: CardBox;
}

export interface CardFields {
  /** Every key of the seed member, `""` where the card does not show it or it could not be read (D10). */
  fields: Record<string, string>;
  regions: Partial<Record<string, FieldRegion>>;
  /**
   * What the card prints beyond its seed member (a Thai-script name beside the English one): reported in the
   * native detail (D18), never in the Tencent shape.
   */
  extra: Record<string, string>;
}

/** A template's rule, before the pipeline turns field names into evidence regions in the submitted image. */
export interface CardRule {
  id: string;
  status: CheckStatus;
  warn: WarnCode;
  message: string;
  /** Fields the rule looked at: their regions become the evidence. */
  fields: string[];
  values: Record<string, string>;
}

export interface TemplateContext {
  /** Reference date `YYYY-MM-DD` (expiry, two-digit years). */
  today: string;
}

/**
 * A barcode the card prints that carries one of its fields: decoded and compared with the printed value
 * (`barcode.<field>`). Real encodings are often undocumented, so the comparison only judges a barcode whose text
 * holds a token of the field's shape: one that holds none was not understood, and says nothing.
 */
export interface CardBarcode {
  side: Side;
  formats: readonly BarcodeFormat[];
  field: string;
  /** A token of the field's shape in the barcode text (matched on letters and digits only, e.g. /\d{14,16}/). */
  shape: RegExp;
}

/**
 * A box where a field left empty must stand, from the lines the template did read round it (the value under a
 * caption, on the row of its neighbour's value): the pipeline reads the box itself (read-zones.ts) and the template
 * reads the side again with that line added. The detector misses or clips a value of one glyph (`Sex` `F`).
 */
export interface CardZone {
  field: string;
  side: Side;
  box: CardBox;
}

export interface CardTemplate extends CardKind {
  /** Which sides carry data the seed member needs: a back-only field (MyKad has none; NRIC's address) needs `back`. */
  readonly sides: readonly Side[];
  /** Fields without which the document is unreadable (D14: rejects). */
  readonly keyFields: readonly string[];
  /** The barcode that repeats a printed field, where the card has one. */
  readonly barcode?: CardBarcode;
  recognise(text: CardSideText): SideRecognition;
  read(sides: CardSides, context: TemplateContext): CardFields;
  /** Boxes to read directly for fields `read` left empty (CardZone); none when nothing is missing or known. */
  zonesToRead?(read: CardFields, sides: CardSides): CardZone[];
  /** ID-number rules, cross-field agreement, expiry: every rule as data with the fields it used. */
  validate(read: CardFields, context: TemplateContext): CardRule[];
}
