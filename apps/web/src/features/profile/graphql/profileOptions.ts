import { graphql } from '../../../gql';

/** What can be chosen in the editor; labels in the viewer's language. */
export const ProfileOptionsQuery = graphql(`
  query ProfileOptions {
    taxonomy {
      slug
      label
      description
      subtopics(includeRetired: true) {
        slug
        label
        synonyms
        retired
      }
    }
    offerTypes {
      slug
      label
      description
    }
    expertiseSources {
      slug
      label
    }
    expertiseLevels {
      level
      label
      description
    }
  }
`);
