import type { CardState } from './read-document.js';
import type { DocumentReading } from './stage.js';

/** The outcome's reading from a national card: the template's seed member as read (D10–D12). */
export function cardReading(state: CardState): DocumentReading {
  const { template } = state.classification;
  return {
    nationality: template.nationality,
    cardType: template.cardType,
    cardSubType: template.cardSubType,
    structure: template.structure,
    fields: state.read.fields,
    portrait: state.portrait,
  };
}
