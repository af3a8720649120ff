import { bottom, centreY, type CardLine } from '../card-text.js';

/**
 * The lines of a card's text column chained from `start` away from it (up or down, in that order of reading), each
 * within `maxGap` line heights of the last: a column's run of captions and values, stopped by the first wide gap
 * (the edge of the printed block). Used where a template reads a column by position (the UMID's, the NRIC's).
 */
export function chainColumn(column: readonly CardLine[], start: CardLine, direction: 'up' | 'down', maxGap: number): CardLine[] {
  const out: CardLine[] = [];
  let last = start;
  const sorted = [...column].sort((a, b) => (direction === 'up' ? b.box.y - a.box.y : a.box.y - b.box.y));
  for (const line of sorted) {
    const gap = direction === 'up' ? last.box.y - bottom(line.box) : line.box.y - bottom(last.box);
    const beyond = direction === 'up' ? centreY(line.box) < last.box.y : centreY(line.box) > bottom(last.box);
    if (!beyond) continue;
    if (gap > maxGap * Math.max(line.box.height, last.box.height)) break;
    out.push(line);
    last = line;
  }
  return direction === 'up' ? out.reverse() : out;
}
