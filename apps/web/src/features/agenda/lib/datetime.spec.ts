import {
  amsterdamLocalToUtc,
  dateBlockParts,
  formatTimeRange,
  utcToAmsterdamLocal,
} from './datetime';

describe('Europe/Amsterdam ↔ UTC for datetime-local inputs', () => {
  it('reads winter times as UTC+1 and summer times as UTC+2', () => {
    expect(amsterdamLocalToUtc('2026-01-15T09:30')).toBe('2026-01-15T08:30:00.000Z');
    expect(amsterdamLocalToUtc('2026-07-01T14:00')).toBe('2026-07-01T12:00:00.000Z');
  });

  it('handles the days the clocks change', () => {
    // 29 March 2026: 02:00 → 03:00. Before and after the jump.
    expect(amsterdamLocalToUtc('2026-03-29T01:59')).toBe('2026-03-29T00:59:00.000Z');
    expect(amsterdamLocalToUtc('2026-03-29T03:00')).toBe('2026-03-29T01:00:00.000Z');
    expect(amsterdamLocalToUtc('2026-03-29T14:00')).toBe('2026-03-29T12:00:00.000Z');
    // A time that does not exist moves on by an hour, as the clock does.
    expect(amsterdamLocalToUtc('2026-03-29T02:30')).toBe('2026-03-29T01:30:00.000Z');
    // 25 October 2026: 03:00 → 02:00; 02:30 happens twice, we take the first (summer time).
    expect(amsterdamLocalToUtc('2026-10-25T02:30')).toBe('2026-10-25T00:30:00.000Z');
    expect(amsterdamLocalToUtc('2026-10-25T01:30')).toBe('2026-10-24T23:30:00.000Z');
    expect(amsterdamLocalToUtc('2026-10-25T14:00')).toBe('2026-10-25T13:00:00.000Z');
  });

  it('crosses midnight and refuses malformed input', () => {
    expect(amsterdamLocalToUtc('2026-01-01T00:30')).toBe('2025-12-31T23:30:00.000Z');
    expect(amsterdamLocalToUtc('')).toBeNull();
    expect(amsterdamLocalToUtc('14-04-2026 10:00')).toBeNull();
  });

  it('shows UTC instants as Amsterdam wall-clock time', () => {
    expect(utcToAmsterdamLocal('2026-01-15T08:30:00.000Z')).toBe('2026-01-15T09:30');
    expect(utcToAmsterdamLocal('2026-07-01T12:00:00Z')).toBe('2026-07-01T14:00');
    expect(utcToAmsterdamLocal('2026-03-29T01:00:00Z')).toBe('2026-03-29T03:00');
    expect(utcToAmsterdamLocal('2026-10-25T00:30:00Z')).toBe('2026-10-25T02:30');
    expect(utcToAmsterdamLocal('2026-10-25T01:30:00Z')).toBe('2026-10-25T02:30');
    expect(utcToAmsterdamLocal('2025-12-31T23:30:00Z')).toBe('2026-01-01T00:30');
    expect(utcToAmsterdamLocal(null)).toBe('');
  });

  it('round-trips every hour of a year', () => {
    const start = Date.UTC(2026, 0, 1);
    for (let t = start; t < start + 366 * 86400_000; t += 3600_000) {
      const iso = new Date(t).toISOString();
      const local = utcToAmsterdamLocal(iso);
      const back = amsterdamLocalToUtc(local);
      // Only the repeated autumn hour is ambiguous; there we pick summer time.
      if (back !== iso) {
        expect(local.startsWith('2026-10-25T02')).toBe(true);
        expect(new Date(back ?? '').getTime()).toBe(t - 3600_000);
      }
    }
  });

  it('formats dates and times in Dutch and English in Amsterdam time', () => {
    expect(dateBlockParts('2026-04-14T12:00:00Z', 'nl')).toMatchObject({ day: '14', month: 'apr' });
    expect(dateBlockParts('2026-04-14T12:00:00Z', 'en')).toMatchObject({ day: '14', month: 'Apr' });
    expect(formatTimeRange('2026-04-14T12:00:00Z', '2026-04-14T14:00:00Z', 'nl')).toBe(
      '14:00–16:00',
    );
  });

  it('shows the year on a date block only when it is not this year (in Amsterdam)', () => {
    const now = Date.parse('2026-11-23T10:00:00Z');
    expect(dateBlockParts('2026-12-14T12:00:00Z', 'nl', now).year).toBeNull();
    expect(dateBlockParts('2027-01-12T12:00:00Z', 'nl', now)).toMatchObject({
      day: '12',
      month: 'jan',
      year: '2027',
    });
    expect(dateBlockParts('2025-06-02T12:00:00Z', 'en', now).year).toBe('2025');
    // New Year's Eve 23:30 in Amsterdam is still this year, though UTC says the next.
    const newYearsEve = Date.parse('2026-12-31T22:30:00Z');
    expect(dateBlockParts('2026-12-31T22:30:00Z', 'nl', newYearsEve).year).toBeNull();
    expect(dateBlockParts('2026-12-31T23:30:00Z', 'nl', newYearsEve).year).toBe('2027');
  });
});
