import { graphql } from '../../../gql';

export const ThreadSummaryFields = graphql(`
  fragment ThreadSummaryFields on Thread {
    id
    title
    answerCount
    hidden
    createdAt
    lastActivityAt
    acceptedAnswer {
      id
    }
    author {
      id
      name
    }
    group {
      id
      slug
      name
    }
    domains {
      slug
      label
    }
  }
`);

export const AnswerFields = graphql(`
  fragment AnswerFields on Answer {
    id
    body
    helpfulCount
    accepted
    votedHelpful
    hidden
    isMine
    createdAt
    updatedAt
    author {
      id
      name
      former
      roleLabel
      school {
        id
        name
      }
    }
  }
`);

export const ExpertMatchFields = graphql(`
  fragment ExpertMatchFields on ExpertMatch {
    score
    reasons
    member {
      id
      name
      roleLabel
      school {
        id
        name
      }
    }
  }
`);

export const ThreadDetailFields = graphql(`
  fragment ThreadDetailFields on Thread {
    id
    title
    body
    bodyText
    hidden
    isMine
    canAccept
    answerCount
    topicsCorrected
    topicsConfident
    topicSuggestions {
      slug
      label
    }
    createdAt
    updatedAt
    lastActivityAt
    author {
      id
      name
      former
      roleLabel
      school {
        id
        name
      }
    }
    group {
      id
      slug
      name
      visibility
      myMembership {
        id
        status
      }
    }
    domains {
      slug
      label
    }
    subtopics {
      slug
      label
      domainSlug
    }
    acceptedAnswer {
      id
    }
    answers {
      ...AnswerFields
    }
    suggestedExperts(first: 5) {
      ...ExpertMatchFields
    }
  }
`);
