// What an MRZ document prints beyond its MRZ (issue 3 §4 "fill every field the document carries"): the issue date,
// the issuing authority, the place of birth and the address, found under their English captions. ICAO 9303-3 §4.2
// and the EU's card regulation (2019/1157, annex) print each caption in the national language and in English
// (`LUOGO E DATA DI NASCITA / PLACE AND DATE OF BIRTH`), so the English part finds it whatever the issuer.

import { isCaption, valueUnder, type VizLine } from './cross-check-viz.js';
import { datesIn, mrzComparable } from './viz-text.js';
import { containment } from '../cards/text-match.js';

export interface PrintedAddress {
  /** The printed lines, top to bottom. */
  lines: string[];
  /** A line starting with a 4–6 digit postcode splits into it and the town after it (`75011 PARIS`); else ''. */
  postalCode: string;
  city: string;
}

export interface VizDetails {
  /** `YYYY-MM-DD`. */
  issuedDate?: string;
  issuedAuthority?: string;
  birthPlace?: string;
  address?: PrintedAddress;
}

/** English captions, compared squashed (mrzComparable: capitals and digits only). */
const CAPTIONS = {
  issuedDate: /DATEOFISSUE|ISSUEDATE|DATEISSUED|DATEOFISSUANCE|ISSUING$|ISSUED$/,
  issuedAuthority: /AUTHORITY|ISSUEDBY|MUNICIPALITY/,
  birthPlace: /PLACEOFBIRTH|PLACEANDDATEOFBIRTH|DATEANDPLACEOFBIRTH|BIRTHPLACE/,
  address: /ADDRESS|RESIDENCE|DOMICILE/,
} as const;

/**
 * The same captions as whole phrases, found with a glyph or two misread: small mixed-case captions come back as
 * `Piace ot birth`, `Date of lssue`, `Authorty`.
 */
const FUZZY_CAPTIONS: Readonly<Record<keyof typeof CAPTIONS, readonly string[]>> = {
  issuedDate: ['DATEOFISSUE'],
  issuedAuthority: ['AUTHORITY'],
  birthPlace: ['PLACEOFBIRTH'],
  address: ['ADDRESS', 'RESIDENCE', 'DOMICILE'],
};
/** A caption holding a phrase this well (text-match.ts `containment`) holds it misread. */
const CAPTION_SIMILARITY = 0.8;

function captionFor(lines: readonly VizLine[], key: keyof typeof CAPTIONS): VizLine | undefined {
  const captions = lines.filter((line) => isCaption(line.text));
  return (
    captions.find((line) => CAPTIONS[key].test(mrzComparable(line.text))) ??
    captions.find((line) => FUZZY_CAPTIONS[key].some((phrase) => containment(line.text, phrase) >= CAPTION_SIMILARITY))
  );
}

/** Dates as the visual zone prints them (the patterns of datesIn), to take them out of a place of birth. */
const PRINTED_DATE = /\d{1,2}\s*[./ -]\s*\d{1,2}\s*[./ -]\s*\d{4}|\d{1,2}\s*[A-Za-z]{3}(?:\s*\/\s*[A-Za-z]{3,4})?\s*\d{4}|\d{4}-\d{2}-\d{2}/g;

/** A value cleaned of the separators OCR leaves at its ends. */
function clean(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/^[\s,.;:/-]+|[\s,.;:/-]+$/g, '');
}

/** Lines of a block under its caption: each next line below, starting near its left, before the next caption. */
function blockUnder(lines: readonly VizLine[], caption: VizLine, most: number): VizLine[] {
  const block: VizLine[] = [];
  let above = caption;
  for (let i = 0; i < most; i++) {
    const next = valueUnder(lines, above);
    if (next === null || (block.length > 0 && next.box.y - (above.box.y + above.box.height) > above.box.height)) break;
    block.push(next);
    above = next;
  }
  return block;
}

/**
 * A date under a date caption read without its separators (`08032024`: OCR dropped the spaces of `08 03 2024`),
 * as day, month, year: the order of datesIn's numeric forms.
 */
function compactDate(text: string): string | undefined {
  const m = /^\s*(\d{2})(\d{2})(\d{4})\s*$/.exec(text);
  return m === null ? undefined : datesIn(`${m[1]}.${m[2]}.${m[3]}`)[0];
}

const POSTCODE_LINE = /^(\d{4,6})\s+(\S.*)$/;

/** The MRZ's proven dates (`YYYY-MM-DD`), against which an unlabelled printed date is told apart. */
export interface KnownDates {
  birthDate: string | null;
  expiryDate: string | null;
}

/** How long before its expiry a document may have been issued: EU identity cards run at most 10 years (2019/1157, art. 4), passports as long; a margin beyond. */
const MAX_VALIDITY_YEARS = 15;

/**
 * Without its caption (small captions come back as `Dat//` for `Datum/Date of issue`), the issue date is the one
 * printed date that is neither the birth nor the expiry date the MRZ's check digits prove, and falls within
 * MAX_VALIDITY_YEARS before the expiry: these three are the dates an identity document prints. Two such dates, or
 * none, leave it unread.
 */
function unlabelledIssueDate(lines: readonly VizLine[], known: KnownDates): string | undefined {
  const { birthDate, expiryDate } = known;
  if (birthDate === null || expiryDate === null) return undefined;
  const earliest = `${Number(expiryDate.slice(0, 4)) - MAX_VALIDITY_YEARS}${expiryDate.slice(4)}`;
  const printed = lines.flatMap((line) => {
    const compact = compactDate(line.text);
    return compact === undefined ? datesIn(line.text) : [compact];
  });
  const others = new Set(printed.filter((date) => date !== birthDate && date !== expiryDate && date > birthDate && date > earliest && date < expiryDate));
  return others.size === 1 ? [...others][0] : undefined;
}

/**
 * The issue date, issuing authority, place of birth and address printed under their captions; a detail whose
 * caption or value is not read is left out (the seed's `""`, never a guess). The issue date alone is also found
 * without its caption, from the dates the MRZ proves (unlabelledIssueDate).
 */
export function vizDetails(lines: readonly VizLine[], known: KnownDates = { birthDate: null, expiryDate: null }): VizDetails {
  const details: VizDetails = {};
  const under = (key: keyof typeof CAPTIONS): VizLine | null => {
    const caption = captionFor(lines, key);
    return caption === undefined ? null : valueUnder(lines, caption);
  };
  const issue = under('issuedDate');
  const issued = (issue === null ? undefined : (datesIn(issue.text)[0] ?? compactDate(issue.text))) ?? unlabelledIssueDate(lines, known);
  if (issued !== undefined) details.issuedDate = issued;
  const authority = under('issuedAuthority');
  if (authority !== null && clean(authority.text) !== '') details.issuedAuthority = clean(authority.text);
  const birth = under('birthPlace');
  // The value under "place and date of birth" holds both: the place is what is left without the date.
  const place = birth === null ? '' : clean(birth.text.replace(PRINTED_DATE, ' '));
  if (place !== '' && /[A-Za-z]/.test(place)) details.birthPlace = place;
  const addressCaption = captionFor(lines, 'address');
  const block = addressCaption === undefined ? [] : blockUnder(lines, addressCaption, 3).map((line) => clean(line.text)).filter((t) => t !== '');
  if (block.length > 0) {
    const postal = block.map((line) => POSTCODE_LINE.exec(line)).find((m) => m !== null);
    details.address = { lines: block, postalCode: postal?.[1] ?? '', city: postal?.[2] ?? '' };
  }
  return details;
}
