import { graphql } from '../../../gql';

/** Colleagues who can help with a question, best first, with reasons and facet counts. */
export const SearchExpertsQuery = graphql(`
  query SearchExperts($query: String!, $filter: ExpertFilter, $first: Int!, $after: String) {
    searchExperts(query: $query, filter: $filter, first: $first, after: $after) {
      total
      nodes {
        score
        reasons
        snippet
        matchedSubtopics {
          slug
          label
          domainSlug
        }
        member {
          id
          name
          roleLabel
          school {
            id
            name
            town
          }
          profile {
            headline
            openForQuestions
            availability
            expertise {
              domain {
                slug
                label
              }
              subtopics {
                slug
                label
              }
              level
              offers
              offerLabels
            }
          }
        }
      }
      facets {
        field
        values {
          value
          label
          count
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
