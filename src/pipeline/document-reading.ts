import { isoCountry } from '../documents/passport/icao-country.js';
import { mrzToFields } from '../documents/passport/mrz-to-fields.js';
import type { DocumentState } from './read-document.js';
import type { DocumentReading } from './stage.js';

/** The outcome's reading from a classified document: the seed member filled from the MRZ (D10–D12). */
export function documentReading(state: DocumentState): DocumentReading {
  const { kind, mrzFields, mrzPage } = state;
  return {
    nationality: isoCountry(mrzFields.issuingState),
    cardType: kind.cardType,
    cardSubType: kind.cardSubType,
    structure: kind.structure,
    fields: mrzToFields(kind, mrzFields, mrzPage.mrz.lines, state.printed),
    portrait: state.portrait,
  };
}
