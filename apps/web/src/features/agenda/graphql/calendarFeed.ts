import { graphql } from '../../../gql';

export const MyCalendarFeedQuery = graphql(`
  query MyCalendarFeed {
    myCalendarFeed {
      url
    }
  }
`);

export const RegenerateCalendarFeedMutation = graphql(`
  mutation RegenerateCalendarFeed {
    regenerateCalendarFeed {
      url
    }
  }
`);
