// UI strings of the patterns page, English and Spanish (merged under the "patterns" key).
export const en = {}
export const es: typeof en = {}
