// ICAO 9303 specimen MRZs (the fictional state of Utopia, UTO), copied from the published documents:
// TD3 from part 4 (current and earlier edition), TD1 from part 5, TD2 from part 6, MRV-A and MRV-B from part 7,
// and the long-document-number TD1/TD2 examples of part 11 appendix D.2.

export const TD3 = ['P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L898902C36UTO7408122F1204159ZE184226B<<<<<10'];
export const TD3_EARLIER = ['P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L898902C<3UTO6908061F9406236ZE184226B<<<<<14'];
export const TD1 = ['I<UTOD231458907<<<<<<<<<<<<<<<', '7408122F1204159UTO<<<<<<<<<<<6', 'ERIKSSON<<ANNA<MARIA<<<<<<<<<<'];
export const TD2 = ['I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<', 'D231458907UTO7408122F1204159<<<<<<<6'];
export const MRVA = ['V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L8988901C4XXX4009078F96121096ZE184226B<<<<<<'];
export const MRVB = ['V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<', 'L8988901C4XXX4009078F9612109<<<<<<<<'];
export const TD1_LONG = ['I<UTOD23145890<7349<<<<<<<<<<<', '3407127M9507122UTO<<<<<<<<<<<2', 'STEVENSON<<PETER<JOHN<<<<<<<<<'];
export const TD2_LONG = ['I<UTOSTEVENSON<<PETER<JOHN<<<<<<<<<<', 'D23145890<UTO3407127M95071227349<<<8'];

/** Reference date for every MRZ test, so the century pivots are fixed. */
export const TODAY = '2025-06-01';

/** Replaces one character of one line (0-based line and column). */
export function withChar(lines: readonly string[], line: number, col: number, c: string): string[] {
  return lines.map((l, i) => (i === line ? l.slice(0, col) + c + l.slice(col + 1) : l));
}
