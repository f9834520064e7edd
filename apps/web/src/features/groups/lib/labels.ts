import type { GroupKind, GroupVisibility } from '../../../gql/graphql';

export const VISIBILITIES: GroupVisibility[] = ['OPEN', 'ON_REQUEST', 'CLOSED'];
export const KINDS: GroupKind[] = ['THEME', 'FUNCTION'];

export const VISIBILITY_COLOR: Record<GroupVisibility, string> = {
  OPEN: 'green',
  ON_REQUEST: 'yellow',
  CLOSED: 'gray',
};

/** i18n keys, e.g. groups.visibility.ON_REQUEST → "Op aanvraag". */
export const visibilityKey = (visibility: GroupVisibility) => `groups.visibility.${visibility}`;
export const visibilityHelpKey = (visibility: GroupVisibility) =>
  `groups.visibilityHelp.${visibility}`;
export const kindKey = (kind: GroupKind) => `groups.kind.${kind}`;
