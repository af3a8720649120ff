// Public surface of the shared document rules: ICAO check digits, national ID-number rules and date helpers.

export { icaoCheckDigit, icaoCharValue, tryIcaoCheckDigit, MRZ_ALPHABET } from './icao-check-digit.js';
export * from './dates.js';
export type { IdValidation } from './id-validation.js';
export { hkidCheckDigit, validateHkid, type HkidParts } from './hkid.js';
export { nricCheckLetter, validateNric, type NricParts, type NricPrefix } from './nric.js';
export { myKadSex, parseMyKad, validateMyKad, type MyKadInfo, type MyKadParts } from './mykad.js';
export { MYKAD_PLACES, type MyKadPlace, type MyKadPlaceKind } from './mykad-places.js';
export { parseNik, validateNik, type NikInfo, type NikParts } from './nik.js';
export { NIK_PROVINCES } from './nik-provinces.js';
export { thaiIdCheckDigit, validateThaiId, type ThaiIdParts } from './thai-id.js';
export {
  validatePhDriverLicence,
  validatePhSss,
  validatePhTin,
  validatePhUmidCrn,
  validatePhVoterVin,
  type PhNumberParts,
} from './philippines.js';
