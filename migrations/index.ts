import { Foundation1763850000000 } from './1763850000000-foundation';
import { TaxonomyAndProfiles1763860000000 } from './1763860000000-taxonomy-and-profiles';

/**
 * Every migration, in order. Listed explicitly (not globbed) so the bundled api carries them.
 * `npm run db:generate` writes new files here; add each one to this list.
 */
export const MIGRATIONS = [Foundation1763850000000, TaxonomyAndProfiles1763860000000];
