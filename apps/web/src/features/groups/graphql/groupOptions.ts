import { graphql } from '../../../gql';

/** Domains to link a group to, labels in the viewer's language. */
export const GroupDomainOptionsQuery = graphql(`
  query GroupDomainOptions {
    taxonomy {
      slug
      label
    }
  }
`);

/** Colleagues to invite, by part of their name or e-mail address. */
export const GroupMemberSearchQuery = graphql(`
  query GroupMemberSearch($search: String!) {
    members(filter: { search: $search }, first: 8) {
      nodes {
        id
        name
        roleLabel
        school {
          id
          name
        }
      }
    }
  }
`);
