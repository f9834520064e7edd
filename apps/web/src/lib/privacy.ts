import { anonymise, scanText } from '@deelwijs/privacy';

import { getApiError, type PrivacyFlag } from './errors';

/** A PRIVACY_WARNING from the api: its (Dutch) message and the flagged characters. */
export interface PrivacyWarningState {
  message: string;
  flags: PrivacyFlag[];
}

export function privacyWarningOf(error: unknown): PrivacyWarningState | null {
  const info = getApiError(error);
  if (info.code !== 'PRIVACY_WARNING') return null;
  return { message: info.message ?? '', flags: info.flags ?? [] };
}

/**
 * The flagged words, in order and once each, read from the texts as they were sent
 * (field → plain text; for rich-text fields the plain text the api checked).
 */
export function flaggedWords(flags: PrivacyFlag[], texts: Record<string, string>): string[] {
  const words = flags
    .map((flag) => texts[flag.field]?.slice(flag.start, flag.end).trim() ?? '')
    .filter((word) => word !== '');
  return [...new Set(words)];
}

/** "Anonimiseer": names become initials, dates of birth and addresses a placeholder. */
export function anonymiseText(text: string): string {
  return anonymise(
    text,
    scanText(text).filter((finding) => finding.level === 'WARN'),
  );
}
