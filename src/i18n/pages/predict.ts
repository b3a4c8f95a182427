// UI strings of the predict page, English and Spanish (merged under the "predict" key).
export const en = {}
export const es: typeof en = {}
