import { crossCheckViz, type VizComparison, type VizLine } from '../../documents/passport/cross-check-viz.js';
import type { PrintedNames } from '../../documents/passport/mrz-to-fields.js';
import { mrzComparable, withPrintedLetters } from '../../documents/passport/viz-text.js';
import { vizDetails, type VizDetails } from '../../documents/passport/viz-details.js';
import type { MrzFields } from '../../documents/mrz/index.js';
import type { Check } from '../../verification/types.js';
import { pageToSource, regionOf, sourceToPage } from '../page-geometry.js';
import type { DocumentState, ReadPage } from '../read-document.js';
import { PAGE_DETECTOR_SIDE } from '../read-page-mrz.js';
import { readVizLines, settled } from '../read-viz-lines.js';
import type { StageContext } from '../stage.js';
import { proceed, type Stage } from '../stage.js';

/**
 * Detector input for the visual zone: its captions are small, its values large; 960 keeps both legible (640 was
 * measured: it halves detection but misread a sex value as a disagreement on a studio photo).
 */
const VIZ_DETECTOR_SIDE = 960;

/**
 * OCR of one page's visual zone: above the MRZ on the MRZ page, the whole page on the other side. Lines are
 * recognised only as far as the cross-check needs them (read-viz-lines.ts); `before` are the lines of the pages
 * read before this one, which the cross-check sees too.
 */
async function readViz(page: ReadPage, before: readonly VizLine[], fields: MrzFields, context: StageContext, every: boolean): Promise<VizLine[]> {
  if (!page.upright) return [];
  let height = page.page.height;
  if (page.mrzZone !== null) {
    const toPage = sourceToPage(page.quad, page.size);
    height = Math.max(1, Math.round(Math.min(...page.mrzZone.map((p) => toPage(p)[1]))));
  }
  const image = { width: page.page.width, height: page.page.height, channels: 3 as const, data: page.page.data };
  const bottom = Math.min(page.page.height, height);
  // The page's own detection from the MRZ stage when it was made at this size (read-page-mrz.ts): the boxes
  // centred above the MRZ are what a detection of that region holds.
  const quads =
    page.textBoxes !== undefined && PAGE_DETECTOR_SIDE === VIZ_DETECTOR_SIDE
      ? page.textBoxes.filter((q) => (q[0].y + q[1].y + q[2].y + q[3].y) / 4 < bottom)
      : (await context.engines.ocr.detect(image, { region: { x: 0, y: 0, width: page.page.width, height: bottom }, maxSide: VIZ_DETECTOR_SIDE })).map(
          (b) => b.quad,
        );
  return readVizLines(
    context.engines.ocr,
    image,
    quads,
    (lines) => crossCheckViz([...before, ...lines], fields),
    { every },
  );
}

/**
 * A printed name replaces the MRZ's when it is the same name with its diacritics or case (D12 "as printed"). When
 * the OCR lost an umlaut's dots (`MULLER` read where the MRZ has `MUELLER`), the printed letter is the one ICAO
 * 9303-3 §6 transliterates as that digraph (`MÜLLER`).
 */
function printedName(comparison: VizComparison): string | undefined {
  if (comparison.status !== 'pass') return undefined;
  const printed = comparison.viz.trim();
  const words = (text: string): number => text.split(/\s+/).filter(Boolean).length;
  const same = mrzComparable(printed) === mrzComparable(comparison.mrz) && words(printed) === words(comparison.mrz);
  if (same) return printed !== comparison.mrz ? printed : undefined;
  return withPrintedLetters(printed, comparison.mrz) ?? undefined;
}

/**
 * Stage 7: the visual zone cross-checked with the MRZ (name, number, dates, sex). A disagreement raises
 * `InformationVerificationFailed` with both values as evidence; a value the visual zone does not show where it
 * can be found is `skipped`, never failed (placeholder text on synthetic pages, layouts we cannot label).
 */
export const vizStage: Stage<DocumentState, DocumentState> = {
  name: 'viz',
  async run(state, context) {
    const checks: Check[] = [];
    const all: Array<{ page: ReadPage; line: VizLine }> = [];
    // A GeneralCard's issue date, authority, place of birth and address are printed only (viz-details.ts): every
    // line of its pages is read. A passport's visual zone is read only as far as the cross-check needs.
    const general = state.kind.structure === 'GeneralCard';
    let details: VizDetails = {};
    for (const page of state.pages) {
      const before = all.map((entry) => entry.line);
      // One document's visual zone: once the lines read so far settle the cross-check, other pages add nothing.
      if (!general && before.length > 0 && settled(crossCheckViz(before, state.mrzFields))) break;
      const lines = await readViz(page, before, state.mrzFields, context, general);
      for (const line of lines) all.push({ page, line });
      // Captions and values are matched within a page (their boxes are in its pixels); an earlier page's wins.
      if (general) details = { ...vizDetails(lines, state.mrzFields), ...details };
    }
    const comparisons = crossCheckViz(all.map((entry) => entry.line), state.mrzFields);
    for (const comparison of comparisons) {
      const owner = all.find((entry) => entry.line === comparison.line)?.page;
      const regions = owner === undefined || comparison.line === null ? [] : [regionOf(owner.side, pageToSource(owner.quad, owner.size), comparison.line.box)];
      checks.push({
        id: `viz.${comparison.field}`,
        status: comparison.status === 'mismatch' ? 'warn' : comparison.status,
        score: null,
        threshold: null,
        warn: 'InformationVerificationFailed',
        evidence: {
          message:
            comparison.status === 'pass'
              ? 'the visual zone agrees with the MRZ'
              : comparison.status === 'mismatch'
                ? 'the visual zone disagrees with the MRZ'
                : 'not found in the visual zone',
          regions,
          values: { mrz: comparison.mrz, viz: comparison.viz },
        },
      });
    }
    const [surname, given] = comparisons;
    const printed: PrintedNames = {};
    const printedSurname = surname === undefined ? undefined : printedName(surname);
    const printedGiven = given === undefined ? undefined : printedName(given);
    if (printedSurname !== undefined) printed.surname = printedSurname;
    if (printedGiven !== undefined) printed.givenNames = printedGiven;
    if (general) printed.details = details;
    return proceed({ ...state, printed }, checks);
  },
};
