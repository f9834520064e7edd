import { graphql } from '../../../gql';

export const SimilarQuestionsQuery = graphql(`
  query SimilarQuestions($text: String!) {
    similarQuestions(text: $text, first: 5) {
      id
      title
      answerCount
      acceptedAnswer {
        id
      }
      group {
        id
        name
      }
    }
  }
`);
