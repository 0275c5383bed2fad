import { stripAccents } from '../extract/textForms';

/** Every quotation mark and apostrophe style, straight or curly, single or double, and guillemets. */
const QUOTE_MARKS = /['"‘’‚‛“”„‟«»‹›`´′″]/g;
const DASHES = /[‐‑‒–—―−]/g;

/**
 * Text as a reader searches it: case, accents, quote styles (“…”, ‘…’, "…"), dash styles and runs of white
 * space make no difference. Used for `contains` filters and to order names; never for offsets.
 */
export function foldText(s: string): string {
  return stripAccents(s).toLowerCase().replace(QUOTE_MARKS, '"').replace(DASHES, '-').replace(/\s+/g, ' ').trim();
}
