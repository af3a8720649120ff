import type { Side } from '../../verification/types.js';
import type { CardSideText } from './card-text.js';
import type { CardTemplate, SideRecognition } from './card-template.js';

/**
 * A side is taken for a template's front only above this score: the template's own title or number pattern must
 * have been read (CAPTION_MIN_SCORE-level agreement), not merely a common caption such as `Date of Birth`.
 */
export const FRONT_MIN_SCORE = 0.75;
/** A second side counts as this card's back above this score. */
export const BACK_MIN_SCORE = 0.6;

export interface CardClassification {
  template: CardTemplate;
  front: CardSideText;
  back: CardSideText | null;
  frontScore: number;
  backScore: number | null;
  evidence: string[];
  /**
   * Set when the other side was recognised as a different document (another template's front or back, scoring
   * higher there than as this card's back): `FrontBackMismatch` (D13).
   */
  mismatch: { side: Side; seenAs: string; score: number } | null;
  /** Every template's best front score, for the classification evidence. */
  scores: Record<string, number>;
}

/** Recognitions already made: a side's text is scored by every template while its cuts are tried and again when
 * the sides are classified; the scores depend on the text alone. */
const recognitions = new WeakMap<CardSideText, Map<CardTemplate, SideRecognition>>();

/** `template.recognise(side)`, computed once per side text and template. */
export function recogniseSide(template: CardTemplate, side: CardSideText): SideRecognition {
  let known = recognitions.get(side);
  if (known === undefined) recognitions.set(side, (known = new Map()));
  let recognition = known.get(template);
  if (recognition === undefined) known.set(template, (recognition = template.recognise(side)));
  return recognition;
}

/**
 * D11 `AUTO`: which template the sides show, from the text alone. Every template scores every side as its front
 * and its back; the best front wins, and the other side (if any) is its back. Sides are not trusted to come in the
 * caller's order: a back sent as `ImageBase64` is still read as the back.
 */
export function classifyCard(templates: readonly CardTemplate[], sides: readonly CardSideText[]): CardClassification | null {
  const recognised = templates.map((template) => ({ template, by: sides.map((side) => recogniseSide(template, side)) }));
  let best: { template: CardTemplate; frontIndex: number; score: number; evidence: string[] } | null = null;
  const scores: Record<string, number> = {};
  for (const { template, by } of recognised) {
    by.forEach((recognition, index) => {
      scores[template.cardSubType] = Math.max(scores[template.cardSubType] ?? 0, recognition.front);
      // Ties go to the side the caller sent as the front.
      const better = best === null || recognition.front > best.score || (recognition.front === best.score && sides[index]!.side === 'front' && sides[best.frontIndex]!.side !== 'front');
      if (better) best = { template, frontIndex: index, score: recognition.front, evidence: recognition.evidence };
    });
  }
  const chosen = best as { template: CardTemplate; frontIndex: number; score: number; evidence: string[] } | null;
  if (chosen === null || chosen.score < FRONT_MIN_SCORE) return null;
  const otherIndex = sides.findIndex((_, index) => index !== chosen.frontIndex);
  const back = otherIndex < 0 ? null : sides[otherIndex]!;
  let backScore: number | null = null;
  let mismatch: CardClassification['mismatch'] = null;
  if (back !== null) {
    const own: SideRecognition = recognised.find((r) => r.template === chosen.template)!.by[otherIndex]!;
    backScore = Math.max(own.back, own.front);
    // The other side as any other template's front or back.
    let rival: { name: string; score: number } | null = null;
    for (const { template, by } of recognised) {
      if (template === chosen.template) continue;
      const score = Math.max(by[otherIndex]!.front, by[otherIndex]!.back);
      if (rival === null || score > rival.score) rival = { name: template.cardSubType, score };
    }
    if (rival !== null && rival.score >= FRONT_MIN_SCORE && rival.score > backScore) {
      mismatch = { side: back.side, seenAs: rival.name, score: rival.score };
    }
  }
  return { template: chosen.template, front: sides[chosen.frontIndex]!, back, frontScore: chosen.score, backScore, evidence: chosen.evidence, mismatch, scores };
}
