import content from './data/demo-content.json';
import { demoStartAt } from './demo-content.service';

const DAY = 86_400_000;

describe('demo event dates', () => {
  // A week of loading moments, Monday 2026-11-23 up to Sunday 2026-11-29, at 10:00 UTC.
  const moments = Array.from({ length: 7 }, (_, i) => Date.UTC(2026, 10, 23 + i, 10));

  it.each(moments.map((now) => [new Date(now).toISOString().slice(0, 10), now]))(
    'falls on weekdays when loaded on %s, on the same side of now',
    (_day, now) => {
      const starts = content.events.map((event) => ({
        event,
        start: demoStartAt(now as number, event.starts_in_days),
      }));
      const weekend = starts
        .filter(({ start }) => start.getUTCDay() === 0 || start.getUTCDay() === 6)
        .map(({ event, start }) => `${event.slug} on ${start.toISOString()}`);
      expect(weekend).toEqual([]);
      for (const { event, start } of starts) {
        const offset = start.getTime() - (now as number);
        expect(Math.sign(offset)).toBe(Math.sign(event.starts_in_days));
        expect(Math.abs(offset - event.starts_in_days * DAY)).toBeLessThan(3 * DAY);
      }
    },
  );
});
