import { containment, polygonIoU } from './polygon-iou.js';
import { type Quad, polygonArea } from './quad.js';

export interface ScoredCandidate {
  quad: Quad;
  score: number;
}

export interface SelectionOptions {
  /** Below this a candidate is not a document at all. */
  minScore: number;
  /** A second document must score at least this share of the best one to count (→ `TooManyCards`). */
  secondRelative: number;
  /** Print density (0–1) inside a quad: a carrier is much plainer than what it holds. */
  texture: (quad: Quad) => number;
}

/** Candidates overlapping more than this are the same object found twice; the better-scored one stays. */
const SAME_OBJECT_IOU = 0.75;
/** An inner candidate this share of its carrier's area or less (a card on a sheet of A4 is 7 %) replaces it. */
const CARRIER_MAX_SHARE = 0.7;
/** Inner regions smaller than this share are parts of the document (chip, photo), never the document. */
const CARRIER_MIN_SHARE = 0.04;

/** Of two outlines of the same object, the outer one wins when it scores at least this share of the group's best. */
const OUTER_RELATIVE = 0.85;
/**
 * A carrier is mostly blank: its print density, taken over its whole area, is under this share of the held
 * region's. A sheet of paper under a card qualifies; a card around its own text block does not.
 */
const CARRIER_TEXTURE = 0.35;
/** What is held must score at least this share of its carrier to replace it. */
const CARRIER_INNER_RELATIVE = 0.5;

/**
 * Picks the documents among scored candidates, best first:
 * 1. duplicates (the same outline from several cues) collapse to their best;
 * 2. a carrier — a larger, mostly blank document-shaped region that holds a smaller one, such as the sheet of
 *    paper a card lies on — gives way to what it holds;
 * 3. the best remaining candidate above `minScore` is the document; further disjoint candidates close to its score
 *    are further documents (the pipeline raises `TooManyCards` for them).
 */
export function selectDocuments<C extends ScoredCandidate>(candidates: readonly C[], options: SelectionOptions): C[] {
  const ranked = [...candidates].filter((c) => c.score >= options.minScore).sort((a, b) => b.score - a.score);
  const distinct: C[] = [];
  const anchors: C[] = [];
  for (const candidate of ranked) {
    const same = anchors.findIndex((anchor) => polygonIoU(anchor.quad, candidate.quad) >= SAME_OBJECT_IOU);
    if (same < 0) {
      distinct.push(candidate);
      anchors.push(candidate);
      continue;
    }
    // The same object outlined twice, one inside the other: the outer outline is the document's edge, the inner one
    // an inner frame, the inside of a thick edge, or the page above its MRZ. Take the outer if it is nearly as good.
    const kept = distinct[same] as C;
    const anchor = anchors[same] as C;
    if (containment(kept.quad, candidate.quad) >= 0.97 && candidate.score >= OUTER_RELATIVE * anchor.score) distinct[same] = candidate;
  }
  const heldBy = (outer: C, inner: C): boolean => {
    if (outer === inner) return false;
    const share = polygonArea(inner.quad) / polygonArea(outer.quad);
    if (share < CARRIER_MIN_SHARE || share > CARRIER_MAX_SHARE || containment(inner.quad, outer.quad) < 0.9) return false;
    // A weak inner region (a portrait frame, a text block) is part of a strong outer document, not its content.
    if (inner.score < CARRIER_INNER_RELATIVE * outer.score) return false;
    return options.texture(outer.quad) < CARRIER_TEXTURE * options.texture(inner.quad);
  };
  const held = distinct.filter((outer) => !distinct.some((inner) => heldBy(outer, inner)));
  const chosen: C[] = [];
  for (const candidate of held) {
    const best = chosen[0];
    if (best !== undefined && candidate.score < options.secondRelative * best.score) break;
    const apart = chosen.every((kept) => containment(candidate.quad, kept.quad) < 0.3 && containment(kept.quad, candidate.quad) < 0.3);
    if (apart) chosen.push(candidate);
  }
  return chosen;
}
