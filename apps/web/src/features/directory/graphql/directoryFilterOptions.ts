import { graphql } from '../../../gql';

/** Schools, job roles and domains for the directory filters. */
export const DirectoryFilterOptionsQuery = graphql(`
  query DirectoryFilterOptions {
    schools {
      id
      name
      town
    }
    jobRoles {
      slug
      label
    }
    taxonomy {
      slug
      label
    }
  }
`);
