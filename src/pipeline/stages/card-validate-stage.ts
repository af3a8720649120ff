import { isoToday } from '../../documents/checks/dates.js';
import type { CardRule } from '../../documents/cards/card-template.js';
import type { Check, EvidenceRegion } from '../../verification/types.js';
import { pageToSource, regionOf } from '../page-geometry.js';
import type { CardState } from '../read-document.js';
import { proceed, type Stage } from '../stage.js';

/**
 * Stage 5 for a national card: its template's rules (ID-number check digits and checksums, what the number encodes
 * against what is printed, expiry) as checks, each with the regions of the fields it used; and the key fields,
 * whose absence rejects (D14 "unreadable key fields"). The reading itself is recorded as the `card.read` check,
 * with what the card prints beyond its seed member (`extra`, D18).
 */
export const cardValidateStage: Stage<CardState, CardState> = {
  name: 'validate',
  async run(state, context) {
    const { template } = state.classification;
    const regionsOf = (fields: readonly string[]): EvidenceRegion[] => {
      const regions: EvidenceRegion[] = [];
      for (const field of fields) {
        const where = state.read.regions[field];
        if (where === undefined) continue;
        const page = state.pages.find((p) => p.side === where.side && p.cardText !== undefined);
        if (page === undefined) continue;
        const { width, height } = page.page;
        const box = { x: where.box.x * width, y: where.box.y * height, width: where.box.width * width, height: where.box.height * height };
        regions.push(regionOf(page.side, pageToSource(page.quad, page.size), box));
      }
      return regions;
    };
    const toCheck = (rule: CardRule): Check => ({
      id: rule.id,
      status: rule.status,
      score: null,
      threshold: null,
      warn: rule.warn,
      evidence: { message: rule.message, regions: regionsOf(rule.fields), values: rule.values },
    });
    const missing = template.keyFields.filter((key) => (state.read.fields[key] ?? '') === '');
    const checks: Check[] = [
      {
        id: 'card.read',
        status: 'pass',
        score: null,
        threshold: null,
        warn: null,
        evidence: {
          message: `${template.cardSubType} read`,
          regions: regionsOf(Object.keys(state.read.regions)),
          values: {
            extra: JSON.stringify(state.read.extra),
            fieldRegions: JSON.stringify(Object.fromEntries(Object.keys(state.read.regions).map((key) => [key, regionsOf([key])[0] ?? null]))),
            fieldsRead: String(Object.values(state.read.fields).filter((v) => v !== '').length),
          },
        },
      },
      {
        id: 'card.keyFields',
        status: missing.length > 0 ? 'fail' : 'pass',
        score: null,
        threshold: null,
        warn: 'InformationVerificationFailed',
        evidence: {
          message: missing.length > 0 ? `key fields unreadable: ${missing.join(', ')}` : `${template.keyFields.join(', ')} read`,
          regions: regionsOf(template.keyFields),
        },
      },
      ...template.validate(state.read, { today: context.today ?? isoToday() }).map(toCheck),
    ];
    return proceed(state, checks);
  },
};
