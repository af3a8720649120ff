import { classifyCard } from '../../documents/cards/classify-card.js';
import { CARD_TEMPLATES } from '../../documents/cards/templates.js';
import { isoToday } from '../../documents/checks/dates.js';
import type { Check } from '../../verification/types.js';
import { roundQuad } from '../page-geometry.js';
import type { CardState, ReadPage } from '../read-document.js';
import { NOTHING_READ, proceed, stop, type Stage } from '../stage.js';
import { requestCheck } from './classify-stage.js';
import { unsupportedChecks } from '../unsupported-check.js';
import { readZones } from '../read-zones.js';

/**
 * Stage 4 for a national card without MRZ (issue 5, D11 `AUTO`): which template the sides show, from their text;
 * then the template reads its seed member, and again where it names the place of a field it missed (read-zones.ts).
 * A requested type or nationality the card does not match is reported (`OtherWarning`, as for MRZ documents); a
 * second side recognised as another document raises `FrontBackMismatch`, and a card whose back carries seed fields
 * sent without it raises `BackSideMissing` (D13).
 */
export const cardClassifyStage: Stage<ReadPage[], CardState> = {
  name: 'classify',
  async run(pages, context) {
    const withText = pages.filter((page) => page.cardText !== undefined);
    const classification = classifyCard(CARD_TEMPLATES, withText.map((page) => page.cardText!));
    if (classification === null) {
      return stop(NOTHING_READ, unsupportedChecks(pages, context.policy));
    }
    const { template } = classification;
    const frontPage = withText.find((page) => page.cardText === classification.front)!;
    const backPage = withText.find((page) => page.cardText === classification.back);
    const sides = { front: classification.front, back: classification.back };
    const templateContext = { today: context.today ?? isoToday() };
    // A field left empty where the template knows its place is read there directly (read-zones.ts).
    const read = await readZones(context.engines.ocr, template, template.read(sides, templateContext), sides, { front: frontPage, ...(backPage === undefined ? {} : { back: backPage }) }, templateContext);
    const checks: Check[] = [
      {
        id: 'document.supported',
        status: 'pass',
        score: Math.round(classification.frontScore * 1000) / 1000,
        threshold: null,
        warn: 'UnsupportedDocument',
        evidence: {
          message: `${template.cardSubType} read through ${template.structure}`,
          regions: [{ side: frontPage.side, quad: roundQuad(frontPage.quad) }],
          values: {
            structure: template.structure,
            cardType: template.cardType,
            cardSubType: template.cardSubType,
            nationality: template.nationality,
            recognisedBy: classification.evidence.join('; '),
            scores: JSON.stringify(classification.scores),
            frontSide: frontPage.side,
          },
        },
      },
      requestCheck('document.requestedCardType', context.request.cardType, template.cardType, 'card type'),
      requestCheck('document.requestedNationality', context.request.nationality, template.nationality, 'nationality'),
    ];
    if (backPage === undefined && template.sides.includes('back')) {
      // The back carries part of the seed member (the NRIC's address): without it those keys stay "" (D10).
      checks.push({
        id: 'document.backSide',
        status: 'warn',
        score: null,
        threshold: null,
        warn: 'BackSideMissing',
        evidence: { message: `${template.cardSubType} prints part of its data on the back, and no back was sent`, values: { structure: template.structure } },
      });
    }
    if (backPage !== undefined) {
      const { mismatch } = classification;
      checks.push({
        id: 'document.sidesMatch',
        status: mismatch === null ? 'pass' : 'warn',
        score: classification.backScore === null ? null : Math.round(classification.backScore * 1000) / 1000,
        threshold: null,
        warn: 'FrontBackMismatch',
        evidence: {
          message: mismatch === null ? 'both sides belong to one card' : `the ${mismatch.side} side shows ${mismatch.seenAs}, not the back of ${template.cardSubType}`,
          regions: [{ side: backPage.side, quad: roundQuad(backPage.quad) }],
          values: mismatch === null ? {} : { seenAs: mismatch.seenAs, score: String(Math.round(mismatch.score * 1000) / 1000) },
        },
      });
    }
    return proceed({ pages, frontPage, classification, read, portrait: null }, checks);
  },
};
