import { graphql } from '../../../gql';

/** Schools and job roles for the filters and forms (labels in the viewer's language). */
export const AdminFilterOptionsQuery = graphql(`
  query AdminFilterOptions {
    schools {
      id
      name
      town
    }
    jobRoles {
      slug
      label
    }
  }
`);
