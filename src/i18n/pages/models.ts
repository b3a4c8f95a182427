// UI strings of the models page, English and Spanish (merged under the "models" key).
export const en = {}
export const es: typeof en = {}
