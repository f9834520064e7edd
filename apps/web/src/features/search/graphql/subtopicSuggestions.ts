import { graphql } from '../../../gql';

/** Subtopics for what is being typed, with the label or synonym that matched. */
export const SubtopicSuggestionsQuery = graphql(`
  query SubtopicSuggestions($prefix: String!, $first: Int!) {
    subtopicSuggestions(prefix: $prefix, first: $first) {
      matched
      subtopic {
        slug
        label
      }
      domain {
        slug
        label
      }
    }
  }
`);
