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
  readonly params: { file: string }

  constructor(file: string, reason: ModelFileErrorReason, pointer: string, message: string, problems?: { pointer: string; message: string }[]) {
    const where = pointer ? ` at ${pointer}` : ''
    super(`${file}: ${message}${where}`)
    this.file = file
    this.reason = reason
    this.pointer = pointer
    this.problems = problems ?? [{ pointer, message }]
    this.code = `model.error.${reason}`
    this.params = { file }
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
  | 'model'

/** One JSON pointer token (RFC 6901 escaping). */
export function pointerToken(key: string | number): string {
  return String(key).replace(/~/g, '~0').replace(/\//g, '~1')
}
