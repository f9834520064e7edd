import { graphql } from '../../../gql';

/** Domains for the agenda filter and the event form (labels in the viewer's language). */
export const AgendaDomainsQuery = graphql(`
  query AgendaDomains {
    taxonomy {
      slug
      label
    }
  }
`);
