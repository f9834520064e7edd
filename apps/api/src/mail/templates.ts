import type { Locale } from '../common/request-context';
import type { OutgoingMail } from './mail.service';

/** Who a mail goes to; their `locale` ('nl' or 'en') picks its language. */
export interface MailRecipient {
  email: string;
  name: string;
  locale: string;
}

export const mailLanguage = (to: MailRecipient): Locale => (to.locale === 'en' ? 'en' : 'nl');

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function compose(
  to: string,
  subject: string,
  paragraphs: string[],
  link: { url: string; label: string },
): OutgoingMail {
  const text = [...paragraphs, `${link.label}: ${link.url}`, '', '— Deelwijs'].join('\n\n');
  const html = [
    ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    `<p><a href="${escapeHtml(link.url)}">${escapeHtml(link.label)}</a></p>`,
    '<p>— Deelwijs</p>',
  ].join('\n');
  return { to, subject, text, html };
}

export function invitationMail(
  locale: Locale,
  to: string,
  name: string,
  url: string,
  inviter?: string,
): OutgoingMail {
  if (locale === 'en') {
    return compose(
      to,
      'Your invitation to Deelwijs',
      [
        `Hello ${name},`,
        `${inviter ?? 'Your association'} invited you to Deelwijs, the intranet where colleagues find each other's expertise.`,
        'Choose a password to activate your account. The link works once and expires after two weeks.',
      ],
      { url, label: 'Activate my account' },
    );
  }
  return compose(
    to,
    'Je uitnodiging voor Deelwijs',
    [
      `Hallo ${name},`,
      `${inviter ?? 'Je samenwerkingsverband'} nodigt je uit voor Deelwijs, het intranet waar collega's elkaars expertise vinden.`,
      'Kies een wachtwoord om je account te activeren. De link werkt één keer en verloopt na twee weken.',
    ],
    { url, label: 'Account activeren' },
  );
}

export function passwordResetMail(locale: Locale, to: string, name: string, url: string) {
  if (locale === 'en') {
    return compose(
      to,
      'Reset your Deelwijs password',
      [
        `Hello ${name},`,
        'Someone asked to reset the password of your Deelwijs account. If that was you, choose a new password with the link below. It works once and expires within an hour.',
        'If you did not ask for this, you can ignore this e-mail.',
      ],
      { url, label: 'Choose a new password' },
    );
  }
  return compose(
    to,
    'Nieuw wachtwoord voor Deelwijs',
    [
      `Hallo ${name},`,
      'Er is gevraagd om het wachtwoord van je Deelwijs-account opnieuw in te stellen. Was jij dat? Kies dan een nieuw wachtwoord via de link hieronder. De link werkt één keer en verloopt binnen een uur.',
      'Heb je dit niet gevraagd? Dan kun je deze e-mail negeren.',
    ],
    { url, label: 'Nieuw wachtwoord kiezen' },
  );
}
