import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createExtractor } from '../main/core/extract/extractor';
import { Library } from '../main/core/library/library';
import { defaultDataDir, libraryFile } from '../main/core/paths';

/** Files that sit next to the built CLI bundle (out/main/). */
export const builtDir = path.dirname(fileURLToPath(import.meta.url));
export const workerFile = path.join(builtDir, 'extract-worker.js');
export const rendererDir = path.join(builtDir, '..', 'renderer');

export function resolveDataDir(option: string | undefined): string {
  return option ? path.resolve(option) : defaultDataDir();
}

export function openLibrary(dataDir: string): Library {
  return new Library({ file: libraryFile(dataDir), extractor: createExtractor(workerFile) });
}
