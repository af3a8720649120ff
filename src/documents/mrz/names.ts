// Name field (ICAO 9303 part 3 §4.6): primary identifier, `<<`, secondary identifier; the components of each
// identifier are separated by a single `<`, and trailing filler fills the field.

export interface MrzName {
  surname: string;
  givenNames: string;
}

function words(part: string): string {
  return part.split('<').filter((w) => w.length > 0).join(' ');
}

export function splitMrzName(field: string): MrzName {
  const separator = field.indexOf('<<');
  if (separator < 0) return { surname: words(field), givenNames: '' };
  return { surname: words(field.slice(0, separator)), givenNames: words(field.slice(separator + 2)) };
}
