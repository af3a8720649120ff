import { generateDocument } from '../../src/studio/generate-document.js';
import type { Condition, Truth } from '../../src/studio/types.js';
import type { StructureName, SubmittedImage } from '../../src/verification/types.js';

/** A studio document rendered at test time (docs/studio.md), as the pipeline receives it. */
export async function studioInput(
  structure: StructureName,
  condition: Condition,
  options: { index?: number; invalid?: boolean; side?: 'front' | 'back' | 'both' } = {},
): Promise<{ truth: Truth; images: SubmittedImage[] }> {
  const doc = await generateDocument({
    structure,
    seed: 'pipeline-test',
    index: options.index ?? 1,
    condition,
    side: options.side ?? 'both',
    invalid: options.invalid ?? false,
  });
  const images: SubmittedImage[] = [];
  for (const side of ['front', 'back'] as const) {
    const bytes = doc.images[side];
    if (bytes !== undefined) images.push({ side, format: 'jpeg', width: 0, height: 0, bytes });
  }
  return { truth: doc.truth, images };
}
