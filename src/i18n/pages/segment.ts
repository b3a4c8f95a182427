// UI strings of the segment page, English and Spanish (merged under the "segment" key).
export const en = {}
export const es: typeof en = {}
