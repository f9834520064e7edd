import { graphql } from '../../../gql';

/** Domains and their subtopics, for filters and topic corrections. */
export const QuestionTaxonomyQuery = graphql(`
  query QuestionTaxonomy {
    taxonomy {
      slug
      label
      subtopics {
        slug
        label
        domainSlug
      }
    }
  }
`);

/** The groups a question can be asked in (your own) and the one picked by slug. */
export const AskQuestionGroupsQuery = graphql(`
  query AskQuestionGroups {
    groups(mine: true) {
      id
      slug
      name
      myMembership {
        id
        status
      }
    }
  }
`);

/** Colleagues for @mentions and "Vraag een collega". */
export const QuestionMemberSearchQuery = graphql(`
  query QuestionMemberSearch($search: String!) {
    members(filter: { search: $search }, first: 6) {
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
