/** How a member wants to hear about a kind of notification. */
export enum Delivery {
  IMMEDIATE = 'IMMEDIATE',
  DIGEST = 'DIGEST',
  IN_APP = 'IN_APP',
}

export interface NotificationKind {
  kind: string;
  label: { nl: string; en: string };
  default: Delivery;
}

/** The kinds members can choose a delivery for; other kinds (events, groups) are in-app plus their own mails. */
export const CONFIGURABLE_KINDS: NotificationKind[] = [
  {
    kind: 'question.answered',
    label: { nl: 'Antwoorden op mijn vraag', en: 'Answers to my question' },
    default: Delivery.IMMEDIATE,
  },
  {
    kind: 'answer.accepted',
    label: { nl: 'Mijn antwoord is geaccepteerd', en: 'My answer was accepted' },
    default: Delivery.IN_APP,
  },
  {
    kind: 'question.routed',
    label: { nl: 'Vragen die bij mijn expertise passen', en: 'Questions matching my expertise' },
    default: Delivery.IMMEDIATE,
  },
  {
    kind: 'question.asked',
    label: { nl: 'Een collega vraagt mij om hulp', en: 'A colleague asks me for help' },
    default: Delivery.IMMEDIATE,
  },
  {
    kind: 'mention',
    label: { nl: 'Iemand noemt mij (@)', en: 'Someone mentions me (@)' },
    default: Delivery.IMMEDIATE,
  },
  {
    kind: 'question.new',
    label: {
      nl: 'Nieuwe vragen in groepen en domeinen die ik volg',
      en: 'New questions in groups and domains I follow',
    },
    default: Delivery.DIGEST,
  },
];

export const KIND_BY_NAME = new Map(CONFIGURABLE_KINDS.map((k) => [k.kind, k]));
