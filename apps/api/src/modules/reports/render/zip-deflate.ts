import { deflateRawSync } from 'node:zlib';

/**
 * Compresses a ZIP archive written without compression (« stored »), entry by entry, with Node's zlib — native, where
 * exceljs compresses with JSZip's JavaScript deflate (pako), a third of a large spreadsheet's time. Same entries, same
 * order, names, dates, CRC-32 and attributes; each file deflated (method 8, zlib's default level, as pako's), folders
 * kept as they are.
 * Reads the central directory; archives with a ZIP64 record, a comment or a spanned disk are refused (exceljs writes
 * none of them).
 */
export function deflateStoredZip(zip: Buffer): Buffer {
  const end = zip.length - 22;
  if (end < 0 || zip.readUInt32LE(end) !== 0x06054b50) throw new Error('ZIP : fin de répertoire introuvable');
  const count = zip.readUInt16LE(end + 10);
  const directorySize = zip.readUInt32LE(end + 12);
  let entry = zip.readUInt32LE(end + 16);
  if (entry + directorySize !== end) throw new Error('ZIP : répertoire central inattendu');

  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(entry) !== 0x02014b50) throw new Error('ZIP : entrée du répertoire central invalide');
    const method = zip.readUInt16LE(entry + 10);
    const flags = zip.readUInt16LE(entry + 8);
    const size = zip.readUInt32LE(entry + 24);
    const nameLength = zip.readUInt16LE(entry + 28);
    const extraLength = zip.readUInt16LE(entry + 30);
    const commentLength = zip.readUInt16LE(entry + 32);
    const localOffset = zip.readUInt32LE(entry + 42);
    const centralLength = 46 + nameLength + extraLength + commentLength;
    if (method !== 0 || zip.readUInt32LE(entry + 20) !== size || (flags & 0x0001) !== 0)
      throw new Error('ZIP : entrée déjà compressée ou chiffrée');
    if (zip.readUInt32LE(localOffset) !== 0x04034b50) throw new Error('ZIP : en-tête local invalide');
    const localNameLength = zip.readUInt16LE(localOffset + 26);
    const localExtraLength = zip.readUInt16LE(localOffset + 28);
    const dataStart = localOffset + 30 + localNameLength + localExtraLength;
    if (size === 0) {
      // A folder (or an empty file): kept stored, as JSZip writes it.
      const local = zip.subarray(localOffset, dataStart);
      const central = Buffer.from(zip.subarray(entry, entry + centralLength));
      central.writeUInt32LE(offset, 42);
      locals.push(local);
      centrals.push(central);
      offset += local.length;
      entry += centralLength;
      continue;
    }
    const data = deflateRawSync(zip.subarray(dataStart, dataStart + size));

    // Local header: the original's, with method 8, no data descriptor (sizes known), the compressed size.
    const local = Buffer.from(zip.subarray(localOffset, dataStart));
    local.writeUInt16LE(Math.max(20, local.readUInt16LE(4)), 4);
    local.writeUInt16LE(flags & ~0x0008, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(zip.readUInt32LE(entry + 16), 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    const central = Buffer.from(zip.subarray(entry, entry + centralLength));
    central.writeUInt16LE(Math.max(20, central.readUInt16LE(6)), 6);
    central.writeUInt16LE(flags & ~0x0008, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(offset, 42);
    locals.push(local, data);
    centrals.push(central);
    offset += local.length + data.length;
    entry += centralLength;
  }
  const directory = Buffer.concat(centrals);
  const record = Buffer.from(zip.subarray(end, end + 22));
  record.writeUInt32LE(directory.length, 12);
  record.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, record]);
}
