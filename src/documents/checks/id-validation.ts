// The common shape of every national ID-number rule: a verdict, a reason when it fails, and the number's parts
// when they could be read (parts may be present on a failed verdict, e.g. a well-formed number with a wrong
// check digit, so a caller can show what was read).

export interface IdValidation<Parts> {
  valid: boolean;
  reason?: string;
  parts?: Parts;
}

export function invalid<Parts>(reason: string, parts?: Parts): IdValidation<Parts> {
  return parts === undefined ? { valid: false, reason } : { valid: false, reason, parts };
}

export function valid<Parts>(parts: Parts): IdValidation<Parts> {
  return { valid: true, parts };
}
