import { foldKey } from './fold.ts';

const COMBINING_MARKS = /\p{M}+/gu;
const APOSTROPHES = /['’‘`ʿʾʻʼ´]/g;
const NOT_SLUG = /[^a-z0-9]+/g;
const EDGE_DASHES = /^-+|-+$/g;

/**
 * A readable, stable id for a place name: lowercase ASCII words joined by dashes.
 * Apostrophes vanish rather than split a word ("Za'araya" -> "zaaraya").
 * @example placeSlug('Deir ez-Zor') // 'deir-ez-zor'
 */
export function placeSlug(name: string): string {
  const slug = name.normalize('NFD').replace(COMBINING_MARKS, '').replace(APOSTROPHES, '').toLowerCase().replace(NOT_SLUG, '-').replace(EDGE_DASHES, '');
  return slug || foldKey(name) || 'place';
}
