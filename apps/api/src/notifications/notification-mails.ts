import type { OutgoingMail } from '../mail/mail.service';
import { mailLanguage, type MailRecipient } from '../mail/templates';
import type { Localized } from './notifications.service';

interface MailItem {
  title: Localized;
  /** Someone's own words, or a text of ours in both languages. */
  body?: string | Localized | null;
  link?: string | null;
}

const TEXT = {
  nl: {
    hello: (name: string) => `Hallo ${name},`,
    view: (url: string) => `Bekijk het in Deelwijs: ${url}`,
    why: 'Je krijgt deze e-mail door je meldingsvoorkeuren; je kunt ze aanpassen onder Mijn profiel → Meldingen.',
    digestSubject: (n: number) =>
      `Deelwijs: ${n} ${n === 1 ? 'nieuwe melding' : 'nieuwe meldingen'}`,
    digestIntro: 'Dit is er nieuw voor jou in Deelwijs:',
  },
  en: {
    hello: (name: string) => `Hello ${name},`,
    view: (url: string) => `See it in Deelwijs: ${url}`,
    why: 'You receive this e-mail because of your notification settings; you can change them under My profile → Notifications.',
    digestSubject: (n: number) =>
      `Deelwijs: ${n} new ${n === 1 ? 'notification' : 'notifications'}`,
    digestIntro: 'This is new for you in Deelwijs:',
  },
};

const pick = (text: string | Localized, lang: 'nl' | 'en') =>
  typeof text === 'string' ? text : text[lang];

/** One notification by e-mail, in the recipient's language. */
export function notificationMail(
  to: MailRecipient,
  item: MailItem,
  publicUrl: string,
): OutgoingMail {
  const lang = mailLanguage(to);
  const t = TEXT[lang];
  const url = item.link ? `${publicUrl}${item.link}` : publicUrl;
  const title = pick(item.title, lang);
  return {
    to: to.email,
    subject: title,
    text: [
      t.hello(to.name),
      title,
      ...(item.body ? [pick(item.body, lang)] : []),
      t.view(url),
      t.why,
      '— Deelwijs',
    ].join('\n\n'),
  };
}

/** The day's digest, in the recipient's language. */
export function digestMail(to: MailRecipient, items: MailItem[], publicUrl: string): OutgoingMail {
  const lang = mailLanguage(to);
  const t = TEXT[lang];
  const lines = items.map(
    (item) => `• ${pick(item.title, lang)}${item.link ? `\n  ${publicUrl}${item.link}` : ''}`,
  );
  return {
    to: to.email,
    subject: t.digestSubject(items.length),
    text: [t.hello(to.name), t.digestIntro, lines.join('\n'), '— Deelwijs'].join('\n\n'),
  };
}
