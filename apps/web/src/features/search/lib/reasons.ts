import {
  type Icon,
  IconBuildingCommunity,
  IconCircleCheck,
  IconFileText,
  IconHeartHandshake,
  IconMessageCircle,
  IconSchool,
  IconStar,
  IconTopologyStar,
} from '@tabler/icons-react';

export type ReasonKind =
  'level' | 'described' | 'domain' | 'offer' | 'sameSchool' | 'sameBoard' | 'open' | 'other';

/**
 * The kind of a reason, from the api's wording (Dutch or English), to pick an icon. The api
 * sends plain sentences; anything unknown is shown with a neutral icon.
 */
export function reasonKind(reason: string): ReasonKind {
  const text = reason.trim().toLowerCase();
  if (/^(specialist|gevorderd|basis|advanced|basic)\b/.test(text)) return 'level';
  if (/^(beschrijft|describes|noemt|mentions)\b/.test(text)) return 'described';
  if (/^(domein|domain)\b/.test(text)) return 'domain';
  if (/^(biedt|offers)\b/.test(text)) return 'offer';
  if (/^(zelfde school|same school)$/.test(text)) return 'sameSchool';
  if (/^(zelfde bestuur|same school board|same board)$/.test(text)) return 'sameBoard';
  if (/(open voor vragen|open to questions)/.test(text)) return 'open';
  return 'other';
}

export const REASON_ICONS: Record<ReasonKind, Icon> = {
  level: IconStar,
  described: IconFileText,
  domain: IconTopologyStar,
  offer: IconHeartHandshake,
  sameSchool: IconSchool,
  sameBoard: IconBuildingCommunity,
  open: IconMessageCircle,
  other: IconCircleCheck,
};
