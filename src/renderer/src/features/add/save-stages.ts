import type { SaveStage } from '@shared/domain';

/** What the add dialog says before the first progress event arrives (or if none ever does). */
export const FIRST_STAGE_TEXT = 'Downloading page…';

const STAGE_TEXT: Partial<Record<SaveStage, string>> = {
  queued: 'Waiting to start…',
  fetching: FIRST_STAGE_TEXT,
  extracting: 'Extracting the article…',
  images: 'Downloading images…',
  storing: 'Saving…',
};

/** The text for a stage, or null for stages (done, failed) whose outcome the save result reports. */
export function stageText(stage: SaveStage): string | null {
  return STAGE_TEXT[stage] ?? null;
}

/**
 * The core reports progress for the URL as it normalised it; comparing parsed forms (without the
 * fragment) matches that without knowing its exact rules.
 */
export function sameUrl(a: string, b: string): boolean {
  const parse = (raw: string) => {
    try {
      const url = new URL(raw.trim());
      url.hash = '';
      return url.href;
    } catch {
      return raw.trim();
    }
  };
  return parse(a) === parse(b);
}
