const TIME_ZONE = 'Europe/Amsterdam';

/** Date and time in Europe/Amsterdam, e.g. "3 mrt 2026, 14:05". */
export function formatDateTime(iso: string | null | undefined, language: string): string | null {
  if (!iso) {
    return null;
  }
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) {
    return null;
  }
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: TIME_ZONE,
  }).format(date);
}
