import type { CardTemplate } from './card-template.js';
import { hkidTemplate } from './hk-id-card/hkid-template.js';
// One line per national card template (issue 5). Keep this list in the order of docs/documents.md.
// TEMPLATE-IMPORTS

export const CARD_TEMPLATES: readonly CardTemplate[] = [
  hkidTemplate,
  // TEMPLATE-ENTRIES
];
