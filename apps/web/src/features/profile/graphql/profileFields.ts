import { graphql } from '../../../gql';

/** Everything the editor and the profile page show of an expertise profile. */
export const ProfileFieldsFragment = graphql(`
  fragment ProfileFields on ExpertiseProfile {
    headline
    bio
    tags
    openForQuestions
    availability
    updatedAt
    completeness
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
      source
      sourceLabel
      offers
      offerLabels
      description
    }
  }
`);
