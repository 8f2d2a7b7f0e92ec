import { unzipSync } from 'fflate';
import { QuireError } from '../../../../../shared/result';
import { ImportFileError, type ImportFormat } from '../types';

export const MAX_ZIP_ENTRIES = 200_000;
export const MAX_ZIP_BYTES = 2 * 1024 ** 3;

/** Local file header or (for an empty archive) end of central directory signature. */
export const isZip = (bytes: Uint8Array): boolean =>
  bytes.length >= 4 &&
  bytes[0] === 0x50 &&
  bytes[1] === 0x4b &&
  ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6));

/**
 * The members of a zip for which `wanted(name)` holds, decompressed. Sizes come from the central
 * directory and are checked before anything is inflated; fflate never writes past the size it was
 * told, so a member that lies about its size cannot grow beyond the limit either.
 */
export function readZip(
  bytes: Uint8Array,
  format: ImportFormat | null,
  fileName: string,
  wanted: (name: string) => boolean = () => true,
): Map<string, Uint8Array> {
  let entries = 0;
  let total = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        if (++entries > MAX_ZIP_ENTRIES)
          throw new ImportFileError(format, fileName, `The zip has more than ${MAX_ZIP_ENTRIES} entries`);
        if (f.name.endsWith('/') || !wanted(f.name)) return false;
        total += f.originalSize;
        if (total > MAX_ZIP_BYTES)
          throw new ImportFileError(format, fileName, 'The zip would unpack to more than 2 GB');
        return true;
      },
    });
  } catch (err) {
    if (err instanceof QuireError) throw err;
    const why = err instanceof Error ? err.message : String(err);
    throw new ImportFileError(format, fileName, `The zip archive is damaged or incomplete: ${why}`);
  }
  return new Map(Object.entries(files));
}

/** Member names only; nothing is inflated. */
export function listZip(bytes: Uint8Array, format: ImportFormat | null, fileName: string): string[] {
  const names: string[] = [];
  readZip(bytes, format, fileName, (name) => {
    names.push(name);
    return false;
  });
  return names;
}

/** The last path segment: exports are sometimes zipped with a top-level folder around everything. */
export const baseName = (name: string): string => name.slice(name.lastIndexOf('/') + 1);
