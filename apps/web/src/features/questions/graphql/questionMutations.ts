import { graphql } from '../../../gql';

export const AskQuestionMutation = graphql(`
  mutation AskQuestion($input: AskQuestionInput!) {
    askQuestion(input: $input) {
      ...ThreadDetailFields
    }
  }
`);

export const EditQuestionMutation = graphql(`
  mutation EditQuestion($input: EditThreadInput!) {
    editQuestion(input: $input) {
      ...ThreadDetailFields
    }
  }
`);

export const DeleteQuestionMutation = graphql(`
  mutation DeleteQuestion($input: ThreadIdInput!) {
    deleteQuestion(input: $input)
  }
`);

export const SetQuestionTopicsMutation = graphql(`
  mutation SetQuestionTopics($input: ThreadTopicsInput!) {
    setQuestionTopics(input: $input) {
      ...ThreadDetailFields
    }
  }
`);

export const AskColleagueMutation = graphql(`
  mutation AskColleague($input: AskColleagueInput!) {
    askColleague(input: $input)
  }
`);

/** Answering in a group needs membership: join an OPEN group from the thread. */
export const JoinGroupToAnswerMutation = graphql(`
  mutation JoinGroupToAnswer($input: GroupInput!) {
    joinGroup(input: $input) {
      id
      status
      group {
        id
        memberCount
        myMembership {
          id
          status
        }
      }
    }
  }
`);
