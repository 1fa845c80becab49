import type { HarmCategory } from '../pathway/socialCare/socialCareEvents.js';

/** The CIN census category-of-abuse codes (InitialCategoryOfAbuse, LatestCategoryOfAbuse). */
export type CategoryOfAbuse = 'PHY' | 'EMO' | 'SAB' | 'NEG' | 'MUL';

const codes: Readonly<Record<HarmCategory, CategoryOfAbuse>> = { physical: 'PHY', emotional: 'EMO', sexual: 'SAB', neglect: 'NEG' };

/**
 * A plan's categories as one census code: the category's own code, or `MUL` when there are
 * several (DfE CIN census code set, category of abuse: PHY, EMO, SAB, NEG, MUL).
 *
 * @example
 * categoryOfAbuse(['neglect']); // 'NEG'
 * categoryOfAbuse(['neglect', 'emotional']); // 'MUL'
 */
export function categoryOfAbuse(categories: readonly HarmCategory[]): CategoryOfAbuse {
  return categories.length === 1 ? codes[categories[0] as HarmCategory] : 'MUL';
}
