/** Okabe–Ito: distinguishable with the common colour-vision deficiencies. */
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000']
/** Diverging blue–white–orange for correlations (colour-blind safe). */
export const DIVERGING = ['#0072B2', '#56B4E9', '#f7f7f7', '#E69F00', '#D55E00']
