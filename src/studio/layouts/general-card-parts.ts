/**
 * Pieces of the European TD1 cards: the EU identifier (Regulation (EU) 2019/1157 art. 3(5): the Member State's
 * two-letter code in negative in a blue rectangle encircled by twelve yellow stars), and the Italian codice
 * fiscale printed with its barcode on the back of the CIE (Decree of the President of the Republic 605/1973 and
 * the Ministry of Finance's algorithm: three letters of the surname, three of the name, year, month letter,
 * day (+40 for women), municipality code, check letter).
 */

import { star } from '../draw/ornaments.js';
import type { Painter } from '../draw/painter.js';
import { STACK } from '../fonts.js';
import type { CalendarDate } from '../dates.js';

/** The EU identifier: EU blue (Pantone Reflex Blue), twelve stars, the code in white. */
export function euIdentifier(p: Painter, x: number, y: number, w: number, h: number, code: string): void {
  const ctx = p.ctx;
  ctx.save();
  ctx.fillStyle = '#003399';
  ctx.fillRect(p.mm(x), p.mm(y), p.mm(w), p.mm(h));
  ctx.fillStyle = '#ffcc00';
  const cx = x + w / 2;
  const cy = y + h / 2;
  const r = h * 0.36;
  for (let i = 0; i < 12; i++) {
    const a = (i * Math.PI) / 6;
    star(ctx, p.mm(cx + Math.cos(a) * r), p.mm(cy + Math.sin(a) * r), p.mm(h * 0.06), p.mm(h * 0.024), 5);
  }
  ctx.restore();
  p.text(code, cx, cy + h * 0.14, { size: h * 0.36, stack: STACK.sans, weight: 800, color: '#ffffff', align: 'center' });
}

const MONTH_LETTERS = 'ABCDEHLMPRST';
/** Check-character values of characters in odd positions (1st, 3rd, …); digits share their letter's value. */
const ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
/** Cadastral codes of the birthplaces of the studio's Italian holders (the code's municipality is the birthplace). */
export const COMUNI: Record<string, string> = { ROMA: 'H501', MILANO: 'F205', NAPOLI: 'F839' };

function letters(text: string): { consonants: string; vowels: string } {
  const plain = text.normalize('NFD').replace(/[^A-Z]/g, '');
  return { consonants: plain.replace(/[AEIOU]/g, ''), vowels: plain.replace(/[^AEIOU]/g, '') };
}

function codeOf(consonants: string, vowels: string): string {
  return `${consonants}${vowels}XXX`.slice(0, 3);
}

/** `place` is a municipality of COMUNI or a cadastral code itself (`H501`). */
export function codiceFiscale(surname: string, given: string, birth: CalendarDate, sex: 'M' | 'F', place: string): string {
  const s = letters(surname);
  const g = letters(given);
  const name = g.consonants.length >= 4 ? `${g.consonants[0]}${g.consonants[2]}${g.consonants[3]}` : codeOf(g.consonants, g.vowels);
  const day = birth.day + (sex === 'F' ? 40 : 0);
  const body = `${codeOf(s.consonants, s.vowels)}${name}${String(birth.year % 100).padStart(2, '0')}${MONTH_LETTERS[birth.month - 1]}${String(day).padStart(2, '0')}${COMUNI[place] ?? place}`;
  let sum = 0;
  [...body].forEach((ch, i) => {
    const v = /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 65;
    sum += i % 2 === 0 ? ODD[v]! : v;
  });
  return `${body}${String.fromCharCode(65 + (sum % 26))}`;
}
