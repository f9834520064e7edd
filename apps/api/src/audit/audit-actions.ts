/**
 * Every action the audit log records, and its one-line summary in Dutch and English. The
 * summaries are a `Record` over the union: an action without a summary does not compile.
 */
export type AuditAction =
  | 'member.invited'
  | 'member.invitation_resent'
  | 'member.role_changed'
  | 'member.deactivated'
  | 'member.reactivated'
  | 'member.created_cli'
  | 'event.created'
  | 'event.updated'
  | 'event.cancelled'
  | 'group.created'
  | 'taxonomy.subtopic_added'
  | 'taxonomy.subtopic_updated'
  | 'taxonomy.subtopic_retired'
  | 'taxonomy.subtopic_restored'
  | 'content.hidden'
  | 'content.shown'
  | 'content.reports_dismissed'
  | 'content.author_contacted';

/** What an entry's `targetType` can be. */
export type AuditTargetType = 'member' | 'event' | 'group' | 'subtopic' | 'thread' | 'answer';

export interface Localized {
  nl: string;
  en: string;
}

/** What a summary needs to know: the item's name (now, or as recorded) and the entry. */
export interface SummaryInput {
  /** The member's name, the event's title, the question's title (also for an answer) … */
  label: Localized;
  targetType: string;
  data: Record<string, unknown>;
}

type Summary = (input: SummaryInput) => Localized;

const quoted = (label: Localized): Localized => ({ nl: `"${label.nl}"`, en: `"${label.en}"` });

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "vraag "…"" or "een antwoord op "…"", for the content actions. */
function post({ label, targetType }: SummaryInput): Localized {
  const title = quoted(label);
  return targetType === 'answer'
    ? { nl: `een antwoord op ${title.nl}`, en: `an answer to ${title.en}` }
    : { nl: `vraag ${title.nl}`, en: `question ${title.en}` };
}

const PLATFORM_ROLES: Record<string, Localized> = {
  MEMBER: { nl: 'Lid', en: 'Member' },
  MODERATOR: { nl: 'Moderator', en: 'Moderator' },
  COORDINATOR: { nl: 'Coördinator', en: 'Coordinator' },
  ADMIN: { nl: 'Beheerder', en: 'Admin' },
};

/** ": Lid → Moderator" when the platform role changed. */
function roleChange(data: Record<string, unknown>): Localized {
  const role = (side: string) =>
    (data[side] as { platformRole?: string } | undefined)?.platformRole ?? null;
  const before = PLATFORM_ROLES[role('before') ?? ''];
  const after = PLATFORM_ROLES[role('after') ?? ''];
  if (!before || !after) return { nl: '', en: '' };
  return { nl: `: ${before.nl} → ${after.nl}`, en: `: ${before.en} → ${after.en}` };
}

/** A summary "<prefix> <quoted label> <suffix>" in both languages. */
const titled =
  (nl: [string, string], en: [string, string]): Summary =>
  ({ label }) => ({
    nl: `${nl[0]} ${quoted(label).nl} ${nl[1]}`,
    en: `${en[0]} ${quoted(label).en} ${en[1]}`,
  });

export const AUDIT_SUMMARIES: Record<AuditAction, Summary> = {
  'member.invited': ({ label }) => ({ nl: `${label.nl} uitgenodigd`, en: `${label.en} invited` }),
  'member.invitation_resent': ({ label }) => ({
    nl: `Uitnodiging voor ${label.nl} opnieuw verstuurd`,
    en: `Invitation to ${label.en} sent again`,
  }),
  'member.role_changed': ({ label, data }) => {
    const change = roleChange(data);
    return {
      nl: `Rol van ${label.nl} gewijzigd${change.nl}`,
      en: `Role of ${label.en} changed${change.en}`,
    };
  },
  'member.deactivated': ({ label }) => ({
    nl: `Account van ${label.nl} gedeactiveerd`,
    en: `Account of ${label.en} deactivated`,
  }),
  'member.reactivated': ({ label }) => ({
    nl: `Account van ${label.nl} weer actief`,
    en: `Account of ${label.en} reactivated`,
  }),
  'member.created_cli': ({ label }) => ({
    nl: `Account voor ${label.nl} aangemaakt (CLI)`,
    en: `Account for ${label.en} created (CLI)`,
  }),
  'event.created': titled(['Activiteit', 'aangemaakt'], ['Event', 'created']),
  'event.updated': titled(['Activiteit', 'gewijzigd'], ['Event', 'updated']),
  'event.cancelled': titled(['Activiteit', 'geannuleerd'], ['Event', 'cancelled']),
  'group.created': titled(['Groep', 'aangemaakt'], ['Group', 'created']),
  'taxonomy.subtopic_added': titled(['Subonderwerp', 'toegevoegd'], ['Subtopic', 'added']),
  'taxonomy.subtopic_updated': titled(['Subonderwerp', 'gewijzigd'], ['Subtopic', 'updated']),
  'taxonomy.subtopic_retired': titled(['Subonderwerp', 'ingetrokken'], ['Subtopic', 'retired']),
  'taxonomy.subtopic_restored': titled(
    ['Subonderwerp', 'teruggezet'],
    ['Subtopic', 'offered again'],
  ),
  'content.hidden': (input) => {
    const what = post(input);
    return { nl: capitalise(`${what.nl} verborgen`), en: capitalise(`${what.en} hidden`) };
  },
  'content.shown': (input) => {
    const what = post(input);
    return {
      nl: capitalise(`${what.nl} weer zichtbaar gemaakt`),
      en: capitalise(`${what.en} shown again`),
    };
  },
  'content.reports_dismissed': (input) => {
    const what = post(input);
    return {
      nl: `Meldingen bij ${what.nl} afgewezen`,
      en: `Reports on ${what.en} dismissed`,
    };
  },
  'content.author_contacted': (input) => {
    const what = post(input);
    return { nl: `Auteur van ${what.nl} benaderd`, en: `Author of ${what.en} contacted` };
  },
};

export function isAuditAction(action: string): action is AuditAction {
  return Object.hasOwn(AUDIT_SUMMARIES, action);
}

/** The name an entry recorded for its item, for when the item itself is gone. */
export function recordedLabel(data: Record<string, unknown>): string | null {
  for (const key of ['title', 'name', 'labelNl', 'email']) {
    const value = data[key];
    if (typeof value === 'string' && value) return value;
  }
  return null;
}
