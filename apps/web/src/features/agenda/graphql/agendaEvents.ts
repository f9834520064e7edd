import { graphql } from '../../../gql';

export const AgendaEventsQuery = graphql(`
  query AgendaEvents($upcoming: Boolean, $filter: EventFilterInput) {
    events(upcoming: $upcoming, filter: $filter) {
      ...EventCardFields
    }
  }
`);
