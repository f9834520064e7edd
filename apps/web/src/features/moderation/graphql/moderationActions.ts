import { graphql } from '../../../gql';

export const ModerationHideMutation = graphql(`
  mutation ModerationHide($input: HideContentInput!) {
    hideContent(input: $input)
  }
`);

export const DismissReportsMutation = graphql(`
  mutation DismissReports($input: ModerationTargetInput!) {
    dismissReports(input: $input)
  }
`);

export const ContactAuthorMutation = graphql(`
  mutation ContactAuthor($input: ContactAuthorInput!) {
    contactAuthor(input: $input)
  }
`);
