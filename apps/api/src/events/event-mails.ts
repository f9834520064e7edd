import type { OutgoingMail } from '../mail/mail.service';
import { mailLanguage, type MailRecipient } from '../mail/templates';

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

function compose(to: MailRecipient, subject: string, paragraphs: string[]): OutgoingMail {
  return { to: to.email, subject, text: [...paragraphs, '— Deelwijs'].join('\n\n') };
}

export function promotedMail(to: MailRecipient, event: EventLike, url: string): OutgoingMail {
  const lang = mailLanguage(to);
  const when = formatWhen(event.startsAt, lang);
  return lang === 'en'
    ? compose(to, `You have a place: ${event.title}`, [
        `Hello ${to.name},`,
        `A place became free. You were on the waiting list for "${event.title}" and are now registered.`,
        `When: ${when}\nWhere: ${where(event)}`,
        `Can't make it after all? Cancel, so the next person on the waiting list gets your place: ${url}`,
      ])
    : compose(to, `Je hebt een plek: ${event.title}`, [
        `Hallo ${to.name},`,
        `Er is een plek vrijgekomen. Je stond op de wachtlijst voor "${event.title}" en bent nu aangemeld.`,
        `Wanneer: ${when}\nWaar: ${where(event)}`,
        `Kun je toch niet? Meld je dan af, zodat de volgende op de wachtlijst je plek krijgt: ${url}`,
      ]);
}

export function eventCancelledMail(
  to: MailRecipient,
  event: EventLike,
  reason: string | null,
  url: string,
): OutgoingMail {
  const lang = mailLanguage(to);
  const when = formatWhen(event.startsAt, lang);
  return lang === 'en'
    ? compose(to, `Cancelled: ${event.title}`, [
        `Hello ${to.name},`,
        `Unfortunately "${event.title}" on ${when} will not take place.`,
        ...(reason ? [`The organiser adds: ${reason}`] : []),
        `More information: ${url}`,
      ])
    : compose(to, `Gaat niet door: ${event.title}`, [
        `Hallo ${to.name},`,
        `De activiteit "${event.title}" van ${when} gaat helaas niet door.`,
        ...(reason ? [`Toelichting van de organisator: ${reason}`] : []),
        `Meer informatie: ${url}`,
      ]);
}

export function reminderMail(to: MailRecipient, event: EventLike, url: string): OutgoingMail {
  const lang = mailLanguage(to);
  const when = formatWhen(event.startsAt, lang);
  return lang === 'en'
    ? compose(to, `Tomorrow: ${event.title}`, [
        `Hello ${to.name},`,
        `A reminder: you are registered for "${event.title}".`,
        `When: ${when}\nWhere: ${where(event)}`,
        `Can't make it? Cancel at ${url} so someone on the waiting list gets your place.`,
      ])
    : compose(to, `Morgen: ${event.title}`, [
        `Hallo ${to.name},`,
        `Een herinnering: je bent aangemeld voor "${event.title}".`,
        `Wanneer: ${when}\nWaar: ${where(event)}`,
        `Kun je niet? Meld je af via ${url}, dan krijgt iemand van de wachtlijst je plek.`,
      ]);
}
