/** The Excel reader for browsers / web workers (read-excel-file's web-worker entry). */
import readXlsxFile from 'read-excel-file/web-worker'
import type { XlsxReader, XlsxSheet } from './xlsx'

export const readXlsxWeb: XlsxReader = async (bytes) => {
  const ab = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
  return (await readXlsxFile(ab)) as unknown as XlsxSheet[]
}
