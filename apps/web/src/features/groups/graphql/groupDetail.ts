import { graphql } from '../../../gql';

export const GroupDetailQuery = graphql(`
  query GroupDetail($slug: String!) {
    group(slug: $slug) {
      ...GroupDetailFields
    }
  }
`);
