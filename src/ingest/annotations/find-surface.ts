import type { Span } from '../../domain/mention';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Every occurrence of `surface` in `text` standing at letter boundaries
 * ("Russie" is not found inside "Russies"). JavaScript's `\b` is ASCII-only,
 * so boundaries are look-arounds on Unicode letters.
 */
export function findSurface(text: string, surface: string): Span[] {
  if (surface.trim() === '') return [];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(surface)}(?![\\p{L}\\p{N}])`, 'gu');
  return [...text.matchAll(pattern)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
  }));
}
