import { graphql } from '../../../gql';

export const ReportContentMutation = graphql(`
  mutation ReportContent($input: ReportContentInput!) {
    reportContent(input: $input)
  }
`);

export const HideContentMutation = graphql(`
  mutation HideContent($input: HideContentInput!) {
    hideContent(input: $input)
  }
`);
