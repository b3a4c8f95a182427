// UI strings of the campaign page, English and Spanish (merged under the "campaign" key).
export const en = {}
export const es: typeof en = {}
