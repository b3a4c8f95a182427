/** Model files from Node (CLI, tests): the size is checked with stat() before the file is read. */
import { readFile, stat, writeFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { checkModelFileSize, parseModelFile, serializeModel, type LoadedModel, type SaveInput, type SavedModelFile } from './format'
import { ModelFileError } from './errors'
import { MAX_MODEL_FILE_BYTES } from './types'

/** Read, check and rebuild a model file. Throws ModelFileError (file + field + reason). */
export async function readModelFile(path: string, limit = MAX_MODEL_FILE_BYTES): Promise<LoadedModel> {
  const name = basename(path)
  let size: number
  try {
    const st = await stat(path)
    if (!st.isFile()) throw new ModelFileError(name, 'not-a-model', '', 'not a file')
    size = st.size
  } catch (e) {
    if (e instanceof ModelFileError) throw e
    throw new ModelFileError(name, 'not-a-model', '', `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`)
  }
  checkModelFileSize(name, size, limit)
  return parseModelFile(new Uint8Array(await readFile(path)), name, limit)
}

/**
 * Serialize a trained model and write it to `path` (e.g. the classify CLI's --save FILE).
 * Returns what was written: bytes, manifest, the file's SHA-256 and a suggested name.
 */
export async function saveModelFile(path: string, input: SaveInput): Promise<SavedModelFile> {
  const saved = await serializeModel(input)
  await writeFile(path, saved.bytes)
  return saved
}
