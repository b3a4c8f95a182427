/** A model file that cannot be used: names the file, the field (a JSON pointer) and why. */
export class ModelFileError extends Error {
  override name = 'ModelFileError'
  readonly file: string
  /** JSON pointer of the field ('' for the file as a whole) */
  readonly pointer: string
  /** short machine-readable reason, e.g. 'too-large', 'weights-hash', 'future-version' */
  readonly reason: ModelFileErrorReason
  /** every problem found (schema validation reports them all) */
  readonly problems: { pointer: string; message: string }[]
  /** message code for the app: a plain sentence per reason; the pointer and detail stay in `message` */
  readonly code: string
  readonly params: { file: string } & Record<string, string | number>

  constructor(file: string, reason: ModelFileErrorReason, pointer: string, message: string, problems?: { pointer: string; message: string }[], params?: Record<string, string | number>) {
    const where = pointer ? ` at ${pointer}` : ''
    super(`${file}: ${message}${where}`)
    this.file = file
    this.reason = reason
    this.pointer = pointer
    this.problems = problems ?? [{ pointer, message }]
    this.code = `model.error.${reason}`
    this.params = { ...params, file }
  }
}

export type ModelFileErrorReason =
  | 'too-large'
  | 'empty'
  | 'not-a-model'
  | 'truncated'
  | 'bad-json'
  | 'forbidden-key'
  | 'too-deep'
  | 'future-version'
  | 'old-version'
  | 'schema'
  | 'manifest-hash'
  | 'weights-hash'
  | 'weights-layout'
  /** a weight spec names a dtype this app does not know */
  | 'weight-dtype'
  /** a weight is stored with another dtype than its estimator declares */
  | 'weight-dtype-mismatch'
  /** a weight's shape needs more bytes than the file has left (too few bytes, or a shape larger than the data) */
  | 'weight-bytes'
  /** bytes left over after the last weight (too many bytes) */
  | 'weight-extra'
  /** a weight's shape differs from the one the model declares */
  | 'weight-shape'
  /** the model declares a weight the file does not hold */
  | 'weight-missing'
  /** the file holds a weight the model does not declare */
  | 'weight-unexpected'
  | 'model'

/** One JSON pointer token (RFC 6901 escaping). */
export function pointerToken(key: string | number): string {
  return String(key).replace(/~/g, '~0').replace(/\//g, '~1')
}
