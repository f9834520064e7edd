import { graphql } from '../../../gql';

export const NotificationPreferencesQuery = graphql(`
  query NotificationPreferences {
    notificationPreferences {
      kind
      label
      delivery
    }
  }
`);

export const SetNotificationPreferenceMutation = graphql(`
  mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {
    setNotificationPreference(input: $input) {
      kind
      label
      delivery
    }
  }
`);
