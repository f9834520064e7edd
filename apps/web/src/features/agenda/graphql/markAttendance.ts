import { graphql } from '../../../gql';

export const MarkAttendanceMutation = graphql(`
  mutation MarkAttendance($input: MarkAttendanceInput!) {
    markAttendance(input: $input) {
      id
      status
    }
  }
`);
