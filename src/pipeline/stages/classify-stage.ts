import { parseMrz } from '../../documents/mrz/index.js';
import { classifyMrz } from '../../documents/passport/classify-mrz.js';
import { cleanNameField } from '../../documents/passport/clean-name-field.js';
import { isoCountry } from '../../documents/passport/icao-country.js';
import type { Check } from '../../verification/types.js';
import { roundQuad } from '../page-geometry.js';
import type { DocumentState, MrzPage, ReadPage } from '../read-document.js';
import { NOTHING_READ, proceed, stop, type Stage } from '../stage.js';
import { unsupportedChecks } from '../unsupported-check.js';

function isMrzPage(page: ReadPage): page is MrzPage {
  return page.mrz !== null && page.mrzZone !== null && page.mrzCharHeightPx !== null && page.mrz.parse.format !== null;
}

/**
 * Stage 4: what the document is, from its MRZ (decisions.md D11): a TD3 `P` document is a passport →
 * `InternationalIDPassport`; every other MRZ-bearing document → `GeneralCard`. No MRZ (and no national card
 * template recognised it in the MRZ stage) → `UnsupportedDocument` (rejects, D14). A request for another type or nationality
 * than the one seen is reported as `OtherWarning` (docs/policy.md): the document is still read, since D11 lets
 * the image decide, but the client learns that it did not get what it asked for.
 */
export const classifyStage: Stage<ReadPage[], DocumentState> = {
  name: 'classify',
  async run(readPages, context) {
    let pages = readPages;
    const found = pages.find(isMrzPage);
    if (found === undefined) {
      return stop(NOTHING_READ, unsupportedChecks(pages, context.policy, { requestedNationality: context.request.nationality, requestedCardType: context.request.cardType }));
    }
    // The name field's filler rule, which the reader's own clean-up leaves to us (see clean-name-field.ts).
    const cleaned = cleanNameField(found.mrz.lines, found.mrz.parse.format as NonNullable<typeof found.mrz.parse.format>);
    const mrzPage: MrzPage =
      cleaned.corrections.length === 0
        ? found
        : {
            ...found,
            mrz: { ...found.mrz, lines: cleaned.lines, corrections: [...found.mrz.corrections, ...cleaned.corrections], parse: parseMrz(cleaned.lines, context.today === undefined ? {} : { today: context.today }) },
          };
    if (mrzPage !== found) pages = pages.map((page) => (page === found ? mrzPage : page));
    const { parse } = mrzPage.mrz;
    const format = parse.format as NonNullable<typeof parse.format>;
    const mrzRegion = { side: mrzPage.side, quad: roundQuad(mrzPage.mrzZone) };
    if (parse.fields === null) {
      // An MRZ whose structure could not be parsed: its key fields are unreadable (D14: rejects).
      return stop(NOTHING_READ, [
        {
          id: 'mrz.fields',
          status: 'fail',
          score: null,
          threshold: null,
          warn: 'InformationVerificationFailed',
          evidence: { message: `the MRZ could not be parsed: ${parse.errors.join('; ')}`, regions: [mrzRegion], values: { format } },
        },
      ]);
    }
    const kind = classifyMrz(format, parse.fields.documentCode);
    const nationality = isoCountry(parse.fields.issuingState);
    const checks: Check[] = [
      {
        id: 'document.supported',
        status: 'pass',
        score: null,
        threshold: null,
        warn: 'UnsupportedDocument',
        evidence: {
          message: `${kind.cardSubType} document read through ${kind.structure}`,
          regions: [mrzRegion],
          values: { structure: kind.structure, cardType: kind.cardType, cardSubType: kind.cardSubType, nationality },
        },
      },
      requestCheck('document.requestedCardType', context.request.cardType, kind.cardType, 'card type'),
      requestCheck('document.requestedNationality', context.request.nationality, nationality, 'nationality'),
    ];
    return proceed({ pages, mrzPage, format, mrzFields: parse.fields, kind, printed: {}, portrait: null }, checks);
  },
};

/** `AUTO` (or nothing) asks nothing; anything else must match what the document shows. */
export function requestCheck(id: string, requested: string, seen: string, what: string): Check {
  const asked = requested !== '' && requested !== 'AUTO';
  return {
    id,
    status: !asked ? 'skipped' : requested === seen ? 'pass' : 'warn',
    score: null,
    threshold: null,
    warn: 'OtherWarning',
    evidence: {
      message: !asked ? `no ${what} requested` : requested === seen ? `the requested ${what}` : `requested ${what} ${requested}, the document shows ${seen}`,
      values: { requested, seen },
    },
  };
}
