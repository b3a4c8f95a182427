/**
 * Text shown in previews (the row grid, profile top values) is cut when a cell is huge: a 10 MB
 * cell drawn in a grid cell, or held in its tooltip, freezes the page for seconds. The data itself
 * keeps every character; only what is drawn is shortened, and the preview says so.
 */

/** Cells longer than this many characters (about 1 MB of text) are shortened in previews. */
export const PREVIEW_CELL_LIMIT = 1_000_000
/** How much of such a cell a preview shows. */
export const PREVIEW_CELL_SHOWN = 1_000

/** A cell as a preview shows it: whole up to the limit, else its start and an ellipsis. */
export function previewCell(s: string): { text: string; cut: boolean } {
  if (s.length <= PREVIEW_CELL_LIMIT) return { text: s, cut: false }
  return { text: `${s.slice(0, PREVIEW_CELL_SHOWN)}…`, cut: true }
}
