// The folding lives in the domain, where the stores index names with it (domain/name-key.ts);
// the text helpers keep importing it from here.
export { foldForMatch } from '../../domain/fold-for-match';
