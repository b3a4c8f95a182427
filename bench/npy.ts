import { writeFileSync } from 'node:fs'

/** numpy's .npy v1.0: magic, header length, a Python dict literal padded to a multiple of 64 bytes. */
export function writeNpy(path: string, data: Float64Array | Uint8Array, shape: number[]): void {
  const descr = data instanceof Float64Array ? '<f8' : '|u1'
  let header = `{'descr': '${descr}', 'fortran_order': False, 'shape': (${shape.join(', ')}${shape.length === 1 ? ',' : ''}), }`
  header += ' '.repeat((64 - ((10 + header.length + 1) % 64)) % 64) + '\n'
  const pre = Buffer.alloc(10)
  pre.write('\x93NUMPY', 0, 'latin1')
  pre[6] = 1
  pre[7] = 0
  pre.writeUInt16LE(header.length, 8)
  writeFileSync(path, Buffer.concat([pre, Buffer.from(header, 'latin1'), Buffer.from(data.buffer, data.byteOffset, data.byteLength)]))
}
