import { toApiError } from '../../../shared/result';
import { cleanImportedContent } from '../io/import/imported-content';
import { extractArticle, type ExtractInput } from './extract';

/** Piscina task: results cross the thread boundary as values, never as thrown errors. */
export default function extractTask(input: ExtractInput) {
  try {
    // Buffers arrive as plain Uint8Arrays after structured cloning.
    return { ok: true as const, value: extractArticle(input) };
  } catch (err) {
    return { ok: false as const, error: toApiError(err) };
  }
}

/** Piscina task `cleanImported`: content another service extracted, sanitised off the main thread. */
export function cleanImported(input: { html: string; url: string }) {
  try {
    return { ok: true as const, value: cleanImportedContent(input.html, input.url) };
  } catch (err) {
    return { ok: false as const, error: toApiError(err) };
  }
}
