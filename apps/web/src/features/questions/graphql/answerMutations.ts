import { graphql } from '../../../gql';

export const AnswerQuestionMutation = graphql(`
  mutation AnswerQuestion($input: AnswerQuestionInput!) {
    answerQuestion(input: $input) {
      ...AnswerFields
    }
  }
`);

export const EditAnswerMutation = graphql(`
  mutation EditAnswer($input: EditAnswerInput!) {
    editAnswer(input: $input) {
      ...AnswerFields
    }
  }
`);

export const DeleteAnswerMutation = graphql(`
  mutation DeleteAnswer($input: AnswerIdInput!) {
    deleteAnswer(input: $input)
  }
`);

export const AcceptAnswerMutation = graphql(`
  mutation AcceptAnswer($input: AcceptAnswerInput!) {
    acceptAnswer(input: $input) {
      ...ThreadDetailFields
    }
  }
`);

export const VoteAnswerMutation = graphql(`
  mutation VoteAnswer($input: VoteInput!) {
    voteAnswer(input: $input) {
      id
      helpfulCount
      votedHelpful
    }
  }
`);
