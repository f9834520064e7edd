/**
 * Event times: the api speaks UTC, people think in Dutch wall-clock time. These helpers convert
 * between an `<input type="datetime-local">` value ("2026-03-29T14:30") read as Europe/Amsterdam
 * and a UTC ISO string, and format times for display — without a date library.
 */
export const EVENT_TIME_ZONE = 'Europe/Amsterdam';

const LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

function intlLocale(language: string): string {
  return language === 'en' ? 'en-GB' : 'nl-NL';
}

const partsFormatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: EVENT_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** The wall-clock fields in Amsterdam at this instant. */
function amsterdamFields(instant: number): Record<string, number> {
  const fields: Record<string, number> = {};
  for (const part of partsFormatter.formatToParts(new Date(instant))) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  return fields;
}

/** Milliseconds Amsterdam is ahead of UTC at this instant (1 h in winter, 2 h in summer). */
function amsterdamOffset(instant: number): number {
  const f = amsterdamFields(instant);
  const wall = Date.UTC(
    f['year'] ?? 0,
    (f['month'] ?? 1) - 1,
    f['day'],
    f['hour'],
    f['minute'],
    f['second'],
  );
  return wall - Math.floor(instant / 1000) * 1000;
}

/**
 * "2026-03-29T14:30" in Amsterdam → "2026-03-29T12:30:00.000Z". Returns null for empty or
 * malformed input. A time that falls in the spring-forward gap (02:00–03:00) moves one hour
 * on, as clocks do; an autumn time that happens twice is read as the first (summer time).
 */
export function amsterdamLocalToUtc(local: string): string | null {
  const match = LOCAL_PATTERN.exec(local.trim());
  if (!match) return null;
  const [, y, mo, d, h, mi, s] = match.map(Number);
  const wall = Date.UTC(y ?? 0, (mo ?? 1) - 1, d, h, mi, s || 0);
  if (Number.isNaN(wall)) return null;
  // Try both offsets that are in effect around this wall time; keep the ones that round-trip.
  const candidates = [
    wall - amsterdamOffset(wall - 3 * 3600_000),
    wall - amsterdamOffset(wall + 3 * 3600_000),
  ];
  const exact = candidates
    .filter((utc) => utc + amsterdamOffset(utc) === wall)
    .sort((a, b) => a - b);
  const utc = exact[0] ?? wall - amsterdamOffset(wall - 3 * 3600_000);
  return new Date(utc).toISOString();
}

function pad(value: number | undefined): string {
  return String(value ?? 0).padStart(2, '0');
}

/** "2026-03-29T12:30:00.000Z" → "2026-03-29T14:30" (Amsterdam), the datetime-local format. */
export function utcToAmsterdamLocal(iso: string | null | undefined): string {
  if (!iso) return '';
  const instant = new Date(iso).getTime();
  if (Number.isNaN(instant)) return '';
  const f = amsterdamFields(instant);
  return `${f['year']}-${pad(f['month'])}-${pad(f['day'])}T${pad(f['hour'])}:${pad(f['minute'])}`;
}

function format(iso: string, language: string, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(intlLocale(language), {
    timeZone: EVENT_TIME_ZONE,
    ...options,
  }).format(new Date(iso));
}

/**
 * "di 14 apr" / "Tue 14 Apr" parts for the date block on a card, with the year when it is not
 * this year (in Amsterdam), so that next January does not look like this January.
 */
export function dateBlockParts(iso: string, language: string, now = Date.now()) {
  const year = amsterdamFields(new Date(iso).getTime())['year'];
  return {
    weekday: format(iso, language, { weekday: 'short' }).replace('.', ''),
    day: format(iso, language, { day: 'numeric' }),
    month: format(iso, language, { month: 'short' }).replace('.', ''),
    year: year === amsterdamFields(now)['year'] ? null : String(year),
    full: format(iso, language, { dateStyle: 'full' }),
  };
}

/** "14:00" */
export function formatTime(iso: string, language: string): string {
  return format(iso, language, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
}

/** "dinsdag 14 april 2026" */
export function formatLongDate(iso: string, language: string): string {
  return format(iso, language, { dateStyle: 'full' });
}

/** "14 apr 2026, 14:00" */
export function formatDateTimeShort(iso: string, language: string): string {
  return format(iso, language, { dateStyle: 'medium', timeStyle: 'short' });
}

/** "14:00–16:00", or with both dates when the event spans several days. */
export function formatTimeRange(startIso: string, endIso: string, language: string): string {
  const sameDay =
    utcToAmsterdamLocal(startIso).slice(0, 10) === utcToAmsterdamLocal(endIso).slice(0, 10);
  return sameDay
    ? `${formatTime(startIso, language)}–${formatTime(endIso, language)}`
    : `${formatDateTimeShort(startIso, language)} – ${formatDateTimeShort(endIso, language)}`;
}

export function isPast(iso: string | null | undefined, now = Date.now()): boolean {
  return Boolean(iso) && new Date(iso as string).getTime() < now;
}
