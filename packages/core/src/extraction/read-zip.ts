import { inflateRawSync } from 'node:zlib'

export type ZipEntry = {
  name: string
  method: number
  compressedSize: number
  uncompressedSize: number
  localHeaderOffset: number
}

export class ZipFormatError extends Error {
  override readonly name = 'ZipFormatError'
}

const endOfCentralDirectorySignature = 0x06054b50
const centralDirectorySignature = 0x02014b50
const localHeaderSignature = 0x04034b50

/** True when the bytes start like a zip archive (local file header or empty-archive marker). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5)
}

/** Lists the entries of a zip archive from its central directory. */
export function listZipEntries(bytes: Uint8Array): Map<string, ZipEntry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  // The end record sits in the last 22 bytes plus an optional comment of up to 64 KiB.
  const searchStart = Math.max(0, bytes.length - 22 - 0xffff)
  let endOffset = -1
  for (let offset = bytes.length - 22; offset >= searchStart; offset--) {
    if (view.getUint32(offset, true) === endOfCentralDirectorySignature) {
      endOffset = offset
      break
    }
  }
  if (endOffset < 0) throw new ZipFormatError('end of central directory not found')
  const entryCount = view.getUint16(endOffset + 10, true)
  let offset = view.getUint32(endOffset + 16, true)
  const entries = new Map<string, ZipEntry>()
  const decoder = new TextDecoder()
  for (let index = 0; index < entryCount; index++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== centralDirectorySignature) {
      throw new ZipFormatError('broken central directory')
    }
    const nameLength = view.getUint16(offset + 28, true)
    const extraLength = view.getUint16(offset + 30, true)
    const commentLength = view.getUint16(offset + 32, true)
    const name = decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength))
    entries.set(name, {
      name,
      method: view.getUint16(offset + 10, true),
      compressedSize: view.getUint32(offset + 20, true),
      uncompressedSize: view.getUint32(offset + 24, true),
      localHeaderOffset: view.getUint32(offset + 42, true),
    })
    offset += 46 + nameLength + extraLength + commentLength
  }
  return entries
}

/** Reads one entry, refusing to inflate beyond `maxBytes` so a zip bomb cannot exhaust memory. */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry, maxBytes: number): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const offset = entry.localHeaderOffset
  if (offset + 30 > bytes.length || view.getUint32(offset, true) !== localHeaderSignature) {
    throw new ZipFormatError(`broken local header for ${entry.name}`)
  }
  const dataStart = offset + 30 + view.getUint16(offset + 26, true) + view.getUint16(offset + 28, true)
  const data = bytes.subarray(dataStart, dataStart + entry.compressedSize)
  if (data.length < entry.compressedSize) throw new ZipFormatError(`truncated entry ${entry.name}`)
  if (entry.method === 0) {
    if (data.length > maxBytes) throw new ZipFormatError(`entry ${entry.name} is too large`)
    return data
  }
  if (entry.method !== 8) throw new ZipFormatError(`unsupported compression ${entry.method}`)
  try {
    return inflateRawSync(data, { maxOutputLength: maxBytes })
  } catch (error) {
    throw new ZipFormatError(`cannot inflate ${entry.name}`, { cause: error })
  }
}
