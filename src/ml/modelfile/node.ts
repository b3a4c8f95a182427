/** Model files on the Node file system (CLI, tests): the ModelStorageHandler for a path. */
import { readFile, stat, writeFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { checkModelFileSize, parseModelFile } from './format'
import { packArtifacts } from './container'
import { ModelFileError } from './errors'
import { sha256Hex } from './hash'
import type { ModelStorageHandler } from './io'
import { MAX_MODEL_FILE_BYTES } from './types'

/** `save` writes the file at `path`; `load` checks its size with stat() before reading, then every check of parseModelFile. */
export function fileSystem(path: string, limit = MAX_MODEL_FILE_BYTES): ModelStorageHandler {
  const name = basename(path)
  return {
    async save(artifacts) {
      const bytes = packArtifacts(artifacts)
      await writeFile(path, bytes)
      return { fileName: name, byteLength: bytes.length, sha256: await sha256Hex(bytes) }
    },
    async load() {
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
    },
  }
}
