import { graphql } from '../../../gql';

export const AdminSubtopicFieldsFragment = graphql(`
  fragment AdminSubtopicFields on Subtopic {
    slug
    domainSlug
    label
    labelNl
    labelEn
    synonyms
    retired
  }
`);

/** Every domain with all its subtopics, retired ones included. */
export const AdminTaxonomyQuery = graphql(`
  query AdminTaxonomy {
    taxonomy {
      slug
      label
      labelNl
      labelEn
      subtopics(includeRetired: true) {
        ...AdminSubtopicFields
      }
    }
  }
`);

export const AddSubtopicMutation = graphql(`
  mutation AddSubtopic($input: AddSubtopicInput!) {
    addSubtopic(input: $input) {
      ...AdminSubtopicFields
    }
  }
`);

export const UpdateSubtopicMutation = graphql(`
  mutation UpdateSubtopic($input: UpdateSubtopicInput!) {
    updateSubtopic(input: $input) {
      ...AdminSubtopicFields
    }
  }
`);

export const SetSubtopicRetiredMutation = graphql(`
  mutation SetSubtopicRetired($input: SetSubtopicRetiredInput!) {
    setSubtopicRetired(input: $input) {
      ...AdminSubtopicFields
    }
  }
`);
