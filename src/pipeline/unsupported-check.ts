import type { Check } from '../verification/types.js';
import type { VerdictPolicy } from './load-policy.js';
import { roundQuad } from './page-geometry.js';
import { pageQualityChecks } from './quality-checks.js';
import type { ReadPage } from './read-document.js';

/**
 * `UnsupportedDocument` (D13; rejects, D14): pages were found, but no reader knows the document: it carries no MRZ
 * and no national card template recognises its text.
 */
export function unsupportedCheck(pages: readonly ReadPage[], values: Record<string, string> = {}): Check {
  return {
    id: 'document.supported',
    status: 'fail',
    score: null,
    threshold: null,
    warn: 'UnsupportedDocument',
    evidence: {
      message: 'no machine-readable zone, and no national card template recognises the document',
      regions: pages.map((page) => ({ side: page.side, quad: roundQuad(page.quad) })),
      values,
    },
  };
}

/**
 * The unsupported document's verdict, with each page's blur, glare and exposure: a document too blurred or glared to
 * read shows as such (`PoorImageQuality` beside `UnsupportedDocument`), so the client knows a retake may help.
 */
export function unsupportedChecks(pages: readonly ReadPage[], policy: VerdictPolicy, values: Record<string, string> = {}): Check[] {
  return [unsupportedCheck(pages, values), ...pages.flatMap((page) => pageQualityChecks(page, policy))];
}
