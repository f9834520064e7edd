/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AdminFilterOptions {\n    schools {\n      id\n      name\n      town\n    }\n    jobRoles {\n      slug\n      label\n    }\n  }\n": typeof types.AdminFilterOptionsDocument,
    "\n  fragment AdminMemberFields on Member {\n    id\n    name\n    email\n    role\n    roleLabel\n    platformRole\n    status\n    createdAt\n    lastLoginAt\n    school {\n      id\n      name\n      town\n    }\n  }\n": typeof types.AdminMemberFieldsFragmentDoc,
    "\n  query AdminMembers($filter: MemberFilterInput, $first: Int!, $offset: Int!) {\n    members(filter: $filter, first: $first, offset: $offset) {\n      total\n      nodes {\n        ...AdminMemberFields\n      }\n    }\n  }\n": typeof types.AdminMembersDocument,
    "\n  query AuditLog($first: Int!, $offset: Int!) {\n    auditLog(first: $first, offset: $offset) {\n      total\n      nodes {\n        id\n        action\n        targetType\n        targetId\n        summary\n        createdAt\n        actor {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  mutation DeactivateMember($input: MemberIdInput!) {\n    deactivateMember(input: $input) {\n      ...AdminMemberFields\n    }\n  }\n": typeof types.DeactivateMemberDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      ...AdminMemberFields\n    }\n  }\n": typeof types.InviteMemberDocument,
    "\n  mutation ReactivateMember($input: MemberIdInput!) {\n    reactivateMember(input: $input) {\n      ...AdminMemberFields\n    }\n  }\n": typeof types.ReactivateMemberDocument,
    "\n  mutation ResendInvitation($input: MemberIdInput!) {\n    resendInvitation(input: $input)\n  }\n": typeof types.ResendInvitationDocument,
    "\n  mutation UpdateMemberRole($input: UpdateMemberRoleInput!) {\n    updateMemberRole(input: $input) {\n      ...AdminMemberFields\n    }\n  }\n": typeof types.UpdateMemberRoleDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...CurrentMemberFields\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  query InvitationInfo($token: String!) {\n    invitation(token: $token) {\n      name\n      email\n    }\n  }\n": typeof types.InvitationInfoDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...CurrentMemberFields\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      ...CurrentMemberFields\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  fragment CurrentMemberFields on Member {\n    id\n    name\n    email\n    platformRole\n    role\n    roleLabel\n    locale\n    status\n    school {\n      id\n      name\n      town\n    }\n  }\n": typeof types.CurrentMemberFieldsFragmentDoc,
    "\n  query CurrentMember {\n    me {\n      ...CurrentMemberFields\n    }\n  }\n": typeof types.CurrentMemberDocument,
    "\n  mutation UpdateMyLocale($input: UpdateMyAccountInput!) {\n    updateMyAccount(input: $input) {\n      id\n      locale\n    }\n  }\n": typeof types.UpdateMyLocaleDocument,
};
const documents: Documents = {
    "\n  query AdminFilterOptions {\n    schools {\n      id\n      name\n      town\n    }\n    jobRoles {\n      slug\n      label\n    }\n  }\n": types.AdminFilterOptionsDocument,
    "\n  fragment AdminMemberFields on Member {\n    id\n    name\n    email\n    role\n    roleLabel\n    platformRole\n    status\n    createdAt\n    lastLoginAt\n    school {\n      id\n      name\n      town\n    }\n  }\n": types.AdminMemberFieldsFragmentDoc,
    "\n  query AdminMembers($filter: MemberFilterInput, $first: Int!, $offset: Int!) {\n    members(filter: $filter, first: $first, offset: $offset) {\n      total\n      nodes {\n        ...AdminMemberFields\n      }\n    }\n  }\n": types.AdminMembersDocument,
    "\n  query AuditLog($first: Int!, $offset: Int!) {\n    auditLog(first: $first, offset: $offset) {\n      total\n      nodes {\n        id\n        action\n        targetType\n        targetId\n        summary\n        createdAt\n        actor {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  mutation DeactivateMember($input: MemberIdInput!) {\n    deactivateMember(input: $input) {\n      ...AdminMemberFields\n    }\n  }\n": types.DeactivateMemberDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      ...AdminMemberFields\n    }\n  }\n": types.InviteMemberDocument,
    "\n  mutation ReactivateMember($input: MemberIdInput!) {\n    reactivateMember(input: $input) {\n      ...AdminMemberFields\n    }\n  }\n": types.ReactivateMemberDocument,
    "\n  mutation ResendInvitation($input: MemberIdInput!) {\n    resendInvitation(input: $input)\n  }\n": types.ResendInvitationDocument,
    "\n  mutation UpdateMemberRole($input: UpdateMemberRoleInput!) {\n    updateMemberRole(input: $input) {\n      ...AdminMemberFields\n    }\n  }\n": types.UpdateMemberRoleDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...CurrentMemberFields\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  query InvitationInfo($token: String!) {\n    invitation(token: $token) {\n      name\n      email\n    }\n  }\n": types.InvitationInfoDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...CurrentMemberFields\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      ...CurrentMemberFields\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  fragment CurrentMemberFields on Member {\n    id\n    name\n    email\n    platformRole\n    role\n    roleLabel\n    locale\n    status\n    school {\n      id\n      name\n      town\n    }\n  }\n": types.CurrentMemberFieldsFragmentDoc,
    "\n  query CurrentMember {\n    me {\n      ...CurrentMemberFields\n    }\n  }\n": types.CurrentMemberDocument,
    "\n  mutation UpdateMyLocale($input: UpdateMyAccountInput!) {\n    updateMyAccount(input: $input) {\n      id\n      locale\n    }\n  }\n": types.UpdateMyLocaleDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminFilterOptions {\n    schools {\n      id\n      name\n      town\n    }\n    jobRoles {\n      slug\n      label\n    }\n  }\n"): (typeof documents)["\n  query AdminFilterOptions {\n    schools {\n      id\n      name\n      town\n    }\n    jobRoles {\n      slug\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminMemberFields on Member {\n    id\n    name\n    email\n    role\n    roleLabel\n    platformRole\n    status\n    createdAt\n    lastLoginAt\n    school {\n      id\n      name\n      town\n    }\n  }\n"): (typeof documents)["\n  fragment AdminMemberFields on Member {\n    id\n    name\n    email\n    role\n    roleLabel\n    platformRole\n    status\n    createdAt\n    lastLoginAt\n    school {\n      id\n      name\n      town\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminMembers($filter: MemberFilterInput, $first: Int!, $offset: Int!) {\n    members(filter: $filter, first: $first, offset: $offset) {\n      total\n      nodes {\n        ...AdminMemberFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminMembers($filter: MemberFilterInput, $first: Int!, $offset: Int!) {\n    members(filter: $filter, first: $first, offset: $offset) {\n      total\n      nodes {\n        ...AdminMemberFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($first: Int!, $offset: Int!) {\n    auditLog(first: $first, offset: $offset) {\n      total\n      nodes {\n        id\n        action\n        targetType\n        targetId\n        summary\n        createdAt\n        actor {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($first: Int!, $offset: Int!) {\n    auditLog(first: $first, offset: $offset) {\n      total\n      nodes {\n        id\n        action\n        targetType\n        targetId\n        summary\n        createdAt\n        actor {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateMember($input: MemberIdInput!) {\n    deactivateMember(input: $input) {\n      ...AdminMemberFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateMember($input: MemberIdInput!) {\n    deactivateMember(input: $input) {\n      ...AdminMemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      ...AdminMemberFields\n    }\n  }\n"): (typeof documents)["\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      ...AdminMemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateMember($input: MemberIdInput!) {\n    reactivateMember(input: $input) {\n      ...AdminMemberFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReactivateMember($input: MemberIdInput!) {\n    reactivateMember(input: $input) {\n      ...AdminMemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendInvitation($input: MemberIdInput!) {\n    resendInvitation(input: $input)\n  }\n"): (typeof documents)["\n  mutation ResendInvitation($input: MemberIdInput!) {\n    resendInvitation(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMemberRole($input: UpdateMemberRoleInput!) {\n    updateMemberRole(input: $input) {\n      ...AdminMemberFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMemberRole($input: UpdateMemberRoleInput!) {\n    updateMemberRole(input: $input) {\n      ...AdminMemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...CurrentMemberFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...CurrentMemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationInfo($token: String!) {\n    invitation(token: $token) {\n      name\n      email\n    }\n  }\n"): (typeof documents)["\n  query InvitationInfo($token: String!) {\n    invitation(token: $token) {\n      name\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...CurrentMemberFields\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...CurrentMemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      ...CurrentMemberFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      ...CurrentMemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CurrentMemberFields on Member {\n    id\n    name\n    email\n    platformRole\n    role\n    roleLabel\n    locale\n    status\n    school {\n      id\n      name\n      town\n    }\n  }\n"): (typeof documents)["\n  fragment CurrentMemberFields on Member {\n    id\n    name\n    email\n    platformRole\n    role\n    roleLabel\n    locale\n    status\n    school {\n      id\n      name\n      town\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurrentMember {\n    me {\n      ...CurrentMemberFields\n    }\n  }\n"): (typeof documents)["\n  query CurrentMember {\n    me {\n      ...CurrentMemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyLocale($input: UpdateMyAccountInput!) {\n    updateMyAccount(input: $input) {\n      id\n      locale\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyLocale($input: UpdateMyAccountInput!) {\n    updateMyAccount(input: $input) {\n      id\n      locale\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;