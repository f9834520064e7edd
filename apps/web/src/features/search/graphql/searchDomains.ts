import { graphql } from '../../../gql';

/** The taxonomy's domains, offered when a search finds nothing. */
export const SearchDomainsQuery = graphql(`
  query SearchDomains {
    taxonomy {
      slug
      label
    }
  }
`);
