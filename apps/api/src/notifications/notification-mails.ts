import type { OutgoingMail } from '../mail/mail.service';

interface DraftLike {
  title: string;
  body?: string | null;
  link?: string | null;
}

export function notificationMail(
  to: string,
  name: string,
  draft: DraftLike,
  publicUrl: string,
): OutgoingMail {
  const url = draft.link ? `${publicUrl}${draft.link}` : publicUrl;
  return {
    to,
    subject: draft.title,
    text: [
      `Hallo ${name},`,
      draft.title,
      ...(draft.body ? [draft.body] : []),
      `Bekijk het in Deelwijs: ${url}`,
      'Je krijgt deze e-mail door je meldingsvoorkeuren; je kunt ze aanpassen onder Mijn profiel → Meldingen.',
      '— Deelwijs',
    ].join('\n\n'),
  };
}

export function digestMail(
  to: string,
  name: string,
  items: DraftLike[],
  publicUrl: string,
): OutgoingMail {
  const lines = items.map(
    (item) => `• ${item.title}${item.link ? `\n  ${publicUrl}${item.link}` : ''}`,
  );
  return {
    to,
    subject: `Deelwijs: ${items.length} ${items.length === 1 ? 'nieuwe melding' : 'nieuwe meldingen'}`,
    text: [
      `Hallo ${name},`,
      'Dit is er nieuw voor jou in Deelwijs:',
      lines.join('\n'),
      '— Deelwijs',
    ].join('\n\n'),
  };
}
