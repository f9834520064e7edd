import type { OutgoingMail } from '../mail/mail.service';

const TZ = 'Europe/Amsterdam';

export function formatWhen(date: Date, locale: 'nl' | 'en' = 'nl'): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: TZ,
  }).format(date);
}

interface EventLike {
  id: string;
  title: string;
  startsAt: Date;
  location: string | null;
  onlineUrl: string | null;
}

const where = (event: EventLike) => event.location ?? event.onlineUrl ?? 'online';

export function promotedMail(
  to: string,
  name: string,
  event: EventLike,
  url: string,
): OutgoingMail {
  return {
    to,
    subject: `Je hebt een plek: ${event.title}`,
    text: [
      `Hallo ${name},`,
      `Er is een plek vrijgekomen. Je stond op de wachtlijst voor "${event.title}" en bent nu aangemeld.`,
      `Wanneer: ${formatWhen(event.startsAt)}\nWaar: ${where(event)}`,
      `Kun je toch niet? Meld je dan af, zodat de volgende op de wachtlijst je plek krijgt: ${url}`,
      '— Deelwijs',
    ].join('\n\n'),
  };
}

export function eventCancelledMail(
  to: string,
  name: string,
  event: EventLike,
  reason: string | null,
  url: string,
): OutgoingMail {
  return {
    to,
    subject: `Gaat niet door: ${event.title}`,
    text: [
      `Hallo ${name},`,
      `De activiteit "${event.title}" van ${formatWhen(event.startsAt)} gaat helaas niet door.`,
      ...(reason ? [`Toelichting van de organisator: ${reason}`] : []),
      `Meer informatie: ${url}`,
      '— Deelwijs',
    ].join('\n\n'),
  };
}

export function reminderMail(
  to: string,
  name: string,
  event: EventLike,
  url: string,
): OutgoingMail {
  return {
    to,
    subject: `Morgen: ${event.title}`,
    text: [
      `Hallo ${name},`,
      `Een herinnering: je bent aangemeld voor "${event.title}".`,
      `Wanneer: ${formatWhen(event.startsAt)}\nWaar: ${where(event)}`,
      `Kun je niet? Meld je af via ${url}, dan krijgt iemand van de wachtlijst je plek.`,
      '— Deelwijs',
    ].join('\n\n'),
  };
}
