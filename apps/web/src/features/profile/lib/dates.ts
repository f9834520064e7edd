const TIME_ZONE = 'Europe/Amsterdam';

const localeOf = (language: string) => (language === 'en' ? 'en-GB' : 'nl-NL');

/** "14:03" in Europe/Amsterdam. */
export function formatTime(date: Date, language: string): string {
  return new Intl.DateTimeFormat(localeOf(language), {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: TIME_ZONE,
  }).format(date);
}

/** "3 maart 2026" in Europe/Amsterdam. */
export function formatDate(date: Date, language: string): string {
  return new Intl.DateTimeFormat(localeOf(language), {
    dateStyle: 'long',
    timeZone: TIME_ZONE,
  }).format(date);
}

/** Days since 1970 of the calendar day in Europe/Amsterdam. */
function amsterdamDay(date: Date): number {
  const [year, month, day] = new Intl.DateTimeFormat('en-CA', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  })
    .format(date)
    .split('-')
    .map(Number);
  return Math.round(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1) / 86_400_000);
}

/**
 * "vandaag", "gisteren", "3 dagen geleden", "2 weken geleden", "5 maanden geleden", counted in
 * calendar days in Europe/Amsterdam.
 */
export function formatRelativeDay(date: Date, language: string, now = new Date()): string {
  const days = amsterdamDay(now) - amsterdamDay(date);
  const format = new Intl.RelativeTimeFormat(localeOf(language), { numeric: 'auto' });
  if (days < 7) return format.format(-Math.max(0, days), 'day');
  if (days < 31) return format.format(-Math.floor(days / 7), 'week');
  if (days < 365) return format.format(-Math.floor(days / 30.44), 'month');
  return format.format(-Math.floor(days / 365.25), 'year');
}
