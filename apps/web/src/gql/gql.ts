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
    "\n  query AuditLog($first: Int!, $offset: Int!) {\n    auditLog(first: $first, offset: $offset) {\n      total\n      nodes {\n        id\n        action\n        targetType\n        targetId\n        summary\n        link\n        createdAt\n        actor {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  mutation DeactivateMember($input: MemberIdInput!) {\n    deactivateMember(input: $input) {\n      ...AdminMemberFields\n    }\n  }\n": typeof types.DeactivateMemberDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      ...AdminMemberFields\n    }\n  }\n": typeof types.InviteMemberDocument,
    "\n  mutation ReactivateMember($input: MemberIdInput!) {\n    reactivateMember(input: $input) {\n      ...AdminMemberFields\n    }\n  }\n": typeof types.ReactivateMemberDocument,
    "\n  mutation ResendInvitation($input: MemberIdInput!) {\n    resendInvitation(input: $input)\n  }\n": typeof types.ResendInvitationDocument,
    "\n  fragment AdminSubtopicFields on Subtopic {\n    slug\n    domainSlug\n    label\n    labelNl\n    labelEn\n    synonyms\n    retired\n  }\n": typeof types.AdminSubtopicFieldsFragmentDoc,
    "\n  query AdminTaxonomy {\n    taxonomy {\n      slug\n      label\n      labelNl\n      labelEn\n      subtopics(includeRetired: true) {\n        ...AdminSubtopicFields\n      }\n    }\n  }\n": typeof types.AdminTaxonomyDocument,
    "\n  mutation AddSubtopic($input: AddSubtopicInput!) {\n    addSubtopic(input: $input) {\n      ...AdminSubtopicFields\n    }\n  }\n": typeof types.AddSubtopicDocument,
    "\n  mutation UpdateSubtopic($input: UpdateSubtopicInput!) {\n    updateSubtopic(input: $input) {\n      ...AdminSubtopicFields\n    }\n  }\n": typeof types.UpdateSubtopicDocument,
    "\n  mutation SetSubtopicRetired($input: SetSubtopicRetiredInput!) {\n    setSubtopicRetired(input: $input) {\n      ...AdminSubtopicFields\n    }\n  }\n": typeof types.SetSubtopicRetiredDocument,
    "\n  mutation UpdateMemberRole($input: UpdateMemberRoleInput!) {\n    updateMemberRole(input: $input) {\n      ...AdminMemberFields\n    }\n  }\n": typeof types.UpdateMemberRoleDocument,
    "\n  query AgendaDomains {\n    taxonomy {\n      slug\n      label\n    }\n  }\n": typeof types.AgendaDomainsDocument,
    "\n  query AgendaEvents($upcoming: Boolean, $filter: EventFilterInput) {\n    events(upcoming: $upcoming, filter: $filter) {\n      ...EventCardFields\n    }\n  }\n": typeof types.AgendaEventsDocument,
    "\n  query MyCalendarFeed {\n    myCalendarFeed {\n      url\n    }\n  }\n": typeof types.MyCalendarFeedDocument,
    "\n  mutation RegenerateCalendarFeed {\n    regenerateCalendarFeed {\n      url\n    }\n  }\n": typeof types.RegenerateCalendarFeedDocument,
    "\n  mutation CancelEvent($input: CancelEventInput!) {\n    cancelEvent(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.CancelEventDocument,
    "\n  mutation CancelRegistration($input: EventRegistrationInput!) {\n    cancelRegistration(input: $input) {\n      id\n      status\n      position\n      event {\n        id\n        confirmedCount\n        waitlistCount\n        seatsLeft\n        myRegistration {\n          id\n          status\n          position\n        }\n      }\n    }\n  }\n": typeof types.CancelRegistrationDocument,
    "\n  mutation CreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      ...EventDetailFields\n    }\n  }\n": typeof types.CreateEventDocument,
    "\n  query EventDetail($id: ID!) {\n    event(id: $id) {\n      ...EventDetailFields\n    }\n  }\n": typeof types.EventDetailDocument,
    "\n  fragment EventCardFields on Event {\n    id\n    type\n    title\n    startsAt\n    endsAt\n    location\n    onlineUrl\n    capacity\n    status\n    confirmedCount\n    waitlistCount\n    seatsLeft\n    myRegistration {\n      id\n      status\n      position\n    }\n    domains {\n      slug\n      label\n    }\n  }\n": typeof types.EventCardFieldsFragmentDoc,
    "\n  fragment EventDetailFields on Event {\n    ...EventCardFields\n    description\n    signupDeadline\n    cancellationDeadline\n    canManage\n    organiser {\n      id\n      name\n    }\n  }\n": typeof types.EventDetailFieldsFragmentDoc,
    "\n  query EventRegistrations($id: ID!) {\n    event(id: $id) {\n      id\n      title\n      startsAt\n      endsAt\n      status\n      capacity\n      confirmedCount\n      waitlistCount\n      canManage\n      registrations {\n        id\n        status\n        position\n        createdAt\n        member {\n          id\n          name\n          email\n          roleLabel\n          school {\n            id\n            name\n            town\n          }\n        }\n      }\n    }\n  }\n": typeof types.EventRegistrationsDocument,
    "\n  mutation MarkAttendance($input: MarkAttendanceInput!) {\n    markAttendance(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.MarkAttendanceDocument,
    "\n  mutation RegisterForEvent($input: EventRegistrationInput!) {\n    registerForEvent(input: $input) {\n      id\n      status\n      position\n      event {\n        id\n        confirmedCount\n        waitlistCount\n        seatsLeft\n        myRegistration {\n          id\n          status\n          position\n        }\n      }\n    }\n  }\n": typeof types.RegisterForEventDocument,
    "\n  mutation UpdateEvent($input: UpdateEventInput!) {\n    updateEvent(input: $input) {\n      ...EventDetailFields\n    }\n  }\n": typeof types.UpdateEventDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...CurrentMemberFields\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  query InvitationInfo($token: String!) {\n    invitation(token: $token) {\n      name\n      email\n    }\n  }\n": typeof types.InvitationInfoDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...CurrentMemberFields\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      ...CurrentMemberFields\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  query DirectoryFilterOptions {\n    schools {\n      id\n      name\n      town\n    }\n    jobRoles {\n      slug\n      label\n    }\n    taxonomy {\n      slug\n      label\n    }\n  }\n": typeof types.DirectoryFilterOptionsDocument,
    "\n  query DirectoryMembers($filter: MemberFilterInput, $first: Int!, $offset: Int!) {\n    members(filter: $filter, first: $first, offset: $offset) {\n      total\n      nodes {\n        id\n        name\n        roleLabel\n        school {\n          id\n          name\n          town\n        }\n        profile {\n          headline\n          openForQuestions\n          expertise {\n            domain {\n              slug\n              label\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.DirectoryMembersDocument,
    "\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      ...GroupDetailFields\n    }\n  }\n": typeof types.CreateGroupDocument,
    "\n  mutation FollowGroup($groupId: ID!, $follow: Boolean!) {\n    follow(input: { groupId: $groupId, follow: $follow })\n  }\n": typeof types.FollowGroupDocument,
    "\n  mutation ApproveGroupMember($input: GroupMemberInput!) {\n    approveGroupMember(input: $input) {\n      ...GroupMemberFields\n    }\n  }\n": typeof types.ApproveGroupMemberDocument,
    "\n  mutation InviteToGroup($input: GroupMemberInput!) {\n    inviteToGroup(input: $input) {\n      ...GroupMemberFields\n    }\n  }\n": typeof types.InviteToGroupDocument,
    "\n  mutation RemoveFromGroup($input: GroupMemberInput!) {\n    removeFromGroup(input: $input)\n  }\n": typeof types.RemoveFromGroupDocument,
    "\n  mutation SetGroupRole($input: SetGroupRoleInput!) {\n    setGroupRole(input: $input) {\n      ...GroupMemberFields\n    }\n  }\n": typeof types.SetGroupRoleDocument,
    "\n  query GroupDetail($slug: String!) {\n    group(slug: $slug) {\n      ...GroupDetailFields\n    }\n  }\n": typeof types.GroupDetailDocument,
    "\n  fragment GroupSummaryFields on Group {\n    id\n    slug\n    name\n    description\n    kind\n    visibility\n    memberCount\n    canSeeContent\n    isGroupAdmin\n    myMembership {\n      id\n      status\n      role\n    }\n  }\n": typeof types.GroupSummaryFieldsFragmentDoc,
    "\n  fragment GroupDetailFields on Group {\n    ...GroupSummaryFields\n    domains {\n      slug\n      label\n    }\n  }\n": typeof types.GroupDetailFieldsFragmentDoc,
    "\n  fragment GroupMemberFields on GroupMembership {\n    id\n    status\n    role\n    createdAt\n    member {\n      id\n      name\n      roleLabel\n      school {\n        id\n        name\n      }\n    }\n  }\n": typeof types.GroupMemberFieldsFragmentDoc,
    "\n  query GroupMembers($slug: String!, $status: [MembershipStatus!]!, $first: Int!, $offset: Int!) {\n    group(slug: $slug) {\n      id\n      members(status: $status, first: $first, offset: $offset) {\n        total\n        nodes {\n          ...GroupMemberFields\n        }\n      }\n    }\n  }\n": typeof types.GroupMembersDocument,
    "\n  query GroupDomainOptions {\n    taxonomy {\n      slug\n      label\n    }\n  }\n": typeof types.GroupDomainOptionsDocument,
    "\n  query GroupMemberSearch($search: String!) {\n    members(filter: { search: $search }, first: 8) {\n      nodes {\n        id\n        name\n        roleLabel\n        school {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.GroupMemberSearchDocument,
    "\n  query Groups($mine: Boolean!) {\n    groups(mine: $mine) {\n      ...GroupSummaryFields\n    }\n  }\n": typeof types.GroupsDocument,
    "\n  mutation JoinGroup($input: GroupInput!) {\n    joinGroup(input: $input) {\n      id\n      status\n      role\n      group {\n        ...GroupSummaryFields\n      }\n    }\n  }\n": typeof types.JoinGroupDocument,
    "\n  mutation LeaveGroup($input: GroupInput!) {\n    leaveGroup(input: $input)\n  }\n": typeof types.LeaveGroupDocument,
    "\n  mutation UpdateGroup($input: UpdateGroupInput!) {\n    updateGroup(input: $input) {\n      ...GroupDetailFields\n    }\n  }\n": typeof types.UpdateGroupDocument,
    "\n  mutation ModerationHide($input: HideContentInput!) {\n    hideContent(input: $input)\n  }\n": typeof types.ModerationHideDocument,
    "\n  mutation DismissReports($input: ModerationTargetInput!) {\n    dismissReports(input: $input)\n  }\n": typeof types.DismissReportsDocument,
    "\n  mutation ContactAuthor($input: ContactAuthorInput!) {\n    contactAuthor(input: $input)\n  }\n": typeof types.ContactAuthorDocument,
    "\n  query ModerationQueue($status: ModerationStatus!, $first: Int!, $offset: Int!) {\n    moderationQueue(status: $status, first: $first, offset: $offset) {\n      total\n      nodes {\n        id\n        targetType\n        targetId\n        threadId\n        title\n        excerpt\n        hidden\n        reportCount\n        firstReportedAt\n        author {\n          id\n          name\n          former\n        }\n        reports {\n          id\n          reason\n          createdAt\n          reporter {\n            id\n            name\n          }\n        }\n        resolution\n        resolvedAt\n        resolvedBy {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ModerationQueueDocument,
    "\n  query OpenModerationCount {\n    openModerationCount\n  }\n": typeof types.OpenModerationCountDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  query MyNotifications($first: Int!) {\n    myNotifications(first: $first) {\n      total\n      unread\n      nodes {\n        id\n        kind\n        title\n        body\n        link\n        read\n        createdAt\n      }\n    }\n  }\n": typeof types.MyNotificationsDocument,
    "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  query MemberProfile($id: ID!) {\n    member(id: $id) {\n      id\n      name\n      email\n      roleLabel\n      school {\n        id\n        name\n        town\n        board {\n          id\n          name\n        }\n      }\n      profile {\n        ...ProfileFields\n      }\n    }\n  }\n": typeof types.MemberProfileDocument,
    "\n  query MyProfile {\n    me {\n      id\n      name\n      profile {\n        ...ProfileFields\n      }\n    }\n  }\n": typeof types.MyProfileDocument,
    "\n  fragment ProfileFields on ExpertiseProfile {\n    headline\n    bio\n    tags\n    openForQuestions\n    availability\n    updatedAt\n    completeness\n    expertise {\n      domain {\n        slug\n        label\n      }\n      subtopics {\n        slug\n        label\n      }\n      level\n      source\n      sourceLabel\n      offers\n      offerLabels\n      description\n    }\n  }\n": typeof types.ProfileFieldsFragmentDoc,
    "\n  query ProfileOptions {\n    taxonomy {\n      slug\n      label\n      description\n      subtopics(includeRetired: true) {\n        slug\n        label\n        synonyms\n        retired\n      }\n    }\n    offerTypes {\n      slug\n      label\n      description\n    }\n    expertiseSources {\n      slug\n      label\n    }\n    expertiseLevels {\n      level\n      label\n      description\n    }\n  }\n": typeof types.ProfileOptionsDocument,
    "\n  mutation UpdateMyProfile($input: UpdateProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      profile {\n        ...ProfileFields\n      }\n    }\n  }\n": typeof types.UpdateMyProfileDocument,
    "\n  mutation AnswerQuestion($input: AnswerQuestionInput!) {\n    answerQuestion(input: $input) {\n      ...AnswerFields\n    }\n  }\n": typeof types.AnswerQuestionDocument,
    "\n  mutation EditAnswer($input: EditAnswerInput!) {\n    editAnswer(input: $input) {\n      ...AnswerFields\n    }\n  }\n": typeof types.EditAnswerDocument,
    "\n  mutation DeleteAnswer($input: AnswerIdInput!) {\n    deleteAnswer(input: $input)\n  }\n": typeof types.DeleteAnswerDocument,
    "\n  mutation AcceptAnswer($input: AcceptAnswerInput!) {\n    acceptAnswer(input: $input) {\n      ...ThreadDetailFields\n    }\n  }\n": typeof types.AcceptAnswerDocument,
    "\n  mutation VoteAnswer($input: VoteInput!) {\n    voteAnswer(input: $input) {\n      id\n      helpfulCount\n      votedHelpful\n    }\n  }\n": typeof types.VoteAnswerDocument,
    "\n  mutation FollowDomain($domain: ID!, $follow: Boolean!) {\n    follow(input: { domain: $domain, follow: $follow })\n  }\n": typeof types.FollowDomainDocument,
    "\n  mutation ReportContent($input: ReportContentInput!) {\n    reportContent(input: $input)\n  }\n": typeof types.ReportContentDocument,
    "\n  mutation HideContent($input: HideContentInput!) {\n    hideContent(input: $input)\n  }\n": typeof types.HideContentDocument,
    "\n  mutation AskQuestion($input: AskQuestionInput!) {\n    askQuestion(input: $input) {\n      ...ThreadDetailFields\n    }\n  }\n": typeof types.AskQuestionDocument,
    "\n  mutation EditQuestion($input: EditThreadInput!) {\n    editQuestion(input: $input) {\n      ...ThreadDetailFields\n    }\n  }\n": typeof types.EditQuestionDocument,
    "\n  mutation DeleteQuestion($input: ThreadIdInput!) {\n    deleteQuestion(input: $input)\n  }\n": typeof types.DeleteQuestionDocument,
    "\n  mutation SetQuestionTopics($input: ThreadTopicsInput!) {\n    setQuestionTopics(input: $input) {\n      ...ThreadDetailFields\n    }\n  }\n": typeof types.SetQuestionTopicsDocument,
    "\n  mutation AskColleague($input: AskColleagueInput!) {\n    askColleague(input: $input)\n  }\n": typeof types.AskColleagueDocument,
    "\n  mutation JoinGroupToAnswer($input: GroupInput!) {\n    joinGroup(input: $input) {\n      id\n      status\n      group {\n        id\n        memberCount\n        myMembership {\n          id\n          status\n        }\n      }\n    }\n  }\n": typeof types.JoinGroupToAnswerDocument,
    "\n  query QuestionTaxonomy {\n    taxonomy {\n      slug\n      label\n      subtopics {\n        slug\n        label\n        domainSlug\n      }\n    }\n  }\n": typeof types.QuestionTaxonomyDocument,
    "\n  query AskQuestionGroups {\n    groups(mine: true) {\n      id\n      slug\n      name\n      myMembership {\n        id\n        status\n      }\n    }\n  }\n": typeof types.AskQuestionGroupsDocument,
    "\n  query QuestionMemberSearch($search: String!) {\n    members(filter: { search: $search }, first: 6) {\n      nodes {\n        id\n        name\n        roleLabel\n        school {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.QuestionMemberSearchDocument,
    "\n  query SimilarQuestions($text: String!) {\n    similarQuestions(text: $text, first: 5) {\n      id\n      title\n      answerCount\n      acceptedAnswer {\n        id\n      }\n      group {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SimilarQuestionsDocument,
    "\n  query ThreadDetail($id: ID!) {\n    thread(id: $id) {\n      ...ThreadDetailFields\n    }\n  }\n": typeof types.ThreadDetailDocument,
    "\n  fragment ThreadSummaryFields on Thread {\n    id\n    title\n    answerCount\n    hidden\n    createdAt\n    lastActivityAt\n    acceptedAnswer {\n      id\n    }\n    author {\n      id\n      name\n    }\n    group {\n      id\n      slug\n      name\n    }\n    domains {\n      slug\n      label\n    }\n  }\n": typeof types.ThreadSummaryFieldsFragmentDoc,
    "\n  fragment AnswerFields on Answer {\n    id\n    body\n    helpfulCount\n    accepted\n    votedHelpful\n    hidden\n    isMine\n    createdAt\n    updatedAt\n    author {\n      id\n      name\n      former\n      roleLabel\n      school {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AnswerFieldsFragmentDoc,
    "\n  fragment ExpertMatchFields on ExpertMatch {\n    score\n    reasons\n    member {\n      id\n      name\n      roleLabel\n      school {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ExpertMatchFieldsFragmentDoc,
    "\n  fragment ThreadDetailFields on Thread {\n    id\n    title\n    body\n    bodyText\n    hidden\n    isMine\n    canAccept\n    answerCount\n    topicsCorrected\n    topicsConfident\n    topicSuggestions {\n      slug\n      label\n    }\n    createdAt\n    updatedAt\n    lastActivityAt\n    author {\n      id\n      name\n      former\n      roleLabel\n      school {\n        id\n        name\n      }\n    }\n    group {\n      id\n      slug\n      name\n      visibility\n      myMembership {\n        id\n        status\n      }\n    }\n    domains {\n      slug\n      label\n    }\n    subtopics {\n      slug\n      label\n      domainSlug\n    }\n    acceptedAnswer {\n      id\n    }\n    answers {\n      ...AnswerFields\n    }\n    suggestedExperts(first: 5) {\n      ...ExpertMatchFields\n    }\n  }\n": typeof types.ThreadDetailFieldsFragmentDoc,
    "\n  query Threads($filter: ThreadFilterInput, $first: Int!, $offset: Int!) {\n    threads(filter: $filter, first: $first, offset: $offset) {\n      total\n      nodes {\n        ...ThreadSummaryFields\n      }\n    }\n  }\n": typeof types.ThreadsDocument,
    "\n  query SearchDomains {\n    taxonomy {\n      slug\n      label\n    }\n  }\n": typeof types.SearchDomainsDocument,
    "\n  query SearchExperts($query: String!, $filter: ExpertFilter, $first: Int!, $after: String) {\n    searchExperts(query: $query, filter: $filter, first: $first, after: $after) {\n      total\n      nodes {\n        score\n        reasons\n        snippet\n        matchedSubtopics {\n          slug\n          label\n          domainSlug\n        }\n        member {\n          id\n          name\n          roleLabel\n          school {\n            id\n            name\n            town\n          }\n          profile {\n            headline\n            openForQuestions\n            availability\n            expertise {\n              domain {\n                slug\n                label\n              }\n              subtopics {\n                slug\n                label\n              }\n              level\n              offers\n              offerLabels\n            }\n          }\n        }\n      }\n      facets {\n        field\n        values {\n          value\n          label\n          count\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.SearchExpertsDocument,
    "\n  query SubtopicSuggestions($prefix: String!, $first: Int!) {\n    subtopicSuggestions(prefix: $prefix, first: $first) {\n      matched\n      subtopic {\n        slug\n        label\n      }\n      domain {\n        slug\n        label\n      }\n    }\n  }\n": typeof types.SubtopicSuggestionsDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      label\n      delivery\n    }\n  }\n": typeof types.NotificationPreferencesDocument,
    "\n  mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {\n    setNotificationPreference(input: $input) {\n      kind\n      label\n      delivery\n    }\n  }\n": typeof types.SetNotificationPreferenceDocument,
    "\n  fragment CurrentMemberFields on Member {\n    id\n    name\n    email\n    platformRole\n    role\n    roleLabel\n    locale\n    status\n    school {\n      id\n      name\n      town\n    }\n  }\n": typeof types.CurrentMemberFieldsFragmentDoc,
    "\n  query CurrentMember {\n    me {\n      ...CurrentMemberFields\n    }\n  }\n": typeof types.CurrentMemberDocument,
    "\n  mutation UpdateMyLocale($input: UpdateMyAccountInput!) {\n    updateMyAccount(input: $input) {\n      id\n      locale\n    }\n  }\n": typeof types.UpdateMyLocaleDocument,
};
const documents: Documents = {
    "\n  query AdminFilterOptions {\n    schools {\n      id\n      name\n      town\n    }\n    jobRoles {\n      slug\n      label\n    }\n  }\n": types.AdminFilterOptionsDocument,
    "\n  fragment AdminMemberFields on Member {\n    id\n    name\n    email\n    role\n    roleLabel\n    platformRole\n    status\n    createdAt\n    lastLoginAt\n    school {\n      id\n      name\n      town\n    }\n  }\n": types.AdminMemberFieldsFragmentDoc,
    "\n  query AdminMembers($filter: MemberFilterInput, $first: Int!, $offset: Int!) {\n    members(filter: $filter, first: $first, offset: $offset) {\n      total\n      nodes {\n        ...AdminMemberFields\n      }\n    }\n  }\n": types.AdminMembersDocument,
    "\n  query AuditLog($first: Int!, $offset: Int!) {\n    auditLog(first: $first, offset: $offset) {\n      total\n      nodes {\n        id\n        action\n        targetType\n        targetId\n        summary\n        link\n        createdAt\n        actor {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  mutation DeactivateMember($input: MemberIdInput!) {\n    deactivateMember(input: $input) {\n      ...AdminMemberFields\n    }\n  }\n": types.DeactivateMemberDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      ...AdminMemberFields\n    }\n  }\n": types.InviteMemberDocument,
    "\n  mutation ReactivateMember($input: MemberIdInput!) {\n    reactivateMember(input: $input) {\n      ...AdminMemberFields\n    }\n  }\n": types.ReactivateMemberDocument,
    "\n  mutation ResendInvitation($input: MemberIdInput!) {\n    resendInvitation(input: $input)\n  }\n": types.ResendInvitationDocument,
    "\n  fragment AdminSubtopicFields on Subtopic {\n    slug\n    domainSlug\n    label\n    labelNl\n    labelEn\n    synonyms\n    retired\n  }\n": types.AdminSubtopicFieldsFragmentDoc,
    "\n  query AdminTaxonomy {\n    taxonomy {\n      slug\n      label\n      labelNl\n      labelEn\n      subtopics(includeRetired: true) {\n        ...AdminSubtopicFields\n      }\n    }\n  }\n": types.AdminTaxonomyDocument,
    "\n  mutation AddSubtopic($input: AddSubtopicInput!) {\n    addSubtopic(input: $input) {\n      ...AdminSubtopicFields\n    }\n  }\n": types.AddSubtopicDocument,
    "\n  mutation UpdateSubtopic($input: UpdateSubtopicInput!) {\n    updateSubtopic(input: $input) {\n      ...AdminSubtopicFields\n    }\n  }\n": types.UpdateSubtopicDocument,
    "\n  mutation SetSubtopicRetired($input: SetSubtopicRetiredInput!) {\n    setSubtopicRetired(input: $input) {\n      ...AdminSubtopicFields\n    }\n  }\n": types.SetSubtopicRetiredDocument,
    "\n  mutation UpdateMemberRole($input: UpdateMemberRoleInput!) {\n    updateMemberRole(input: $input) {\n      ...AdminMemberFields\n    }\n  }\n": types.UpdateMemberRoleDocument,
    "\n  query AgendaDomains {\n    taxonomy {\n      slug\n      label\n    }\n  }\n": types.AgendaDomainsDocument,
    "\n  query AgendaEvents($upcoming: Boolean, $filter: EventFilterInput) {\n    events(upcoming: $upcoming, filter: $filter) {\n      ...EventCardFields\n    }\n  }\n": types.AgendaEventsDocument,
    "\n  query MyCalendarFeed {\n    myCalendarFeed {\n      url\n    }\n  }\n": types.MyCalendarFeedDocument,
    "\n  mutation RegenerateCalendarFeed {\n    regenerateCalendarFeed {\n      url\n    }\n  }\n": types.RegenerateCalendarFeedDocument,
    "\n  mutation CancelEvent($input: CancelEventInput!) {\n    cancelEvent(input: $input) {\n      id\n      status\n    }\n  }\n": types.CancelEventDocument,
    "\n  mutation CancelRegistration($input: EventRegistrationInput!) {\n    cancelRegistration(input: $input) {\n      id\n      status\n      position\n      event {\n        id\n        confirmedCount\n        waitlistCount\n        seatsLeft\n        myRegistration {\n          id\n          status\n          position\n        }\n      }\n    }\n  }\n": types.CancelRegistrationDocument,
    "\n  mutation CreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      ...EventDetailFields\n    }\n  }\n": types.CreateEventDocument,
    "\n  query EventDetail($id: ID!) {\n    event(id: $id) {\n      ...EventDetailFields\n    }\n  }\n": types.EventDetailDocument,
    "\n  fragment EventCardFields on Event {\n    id\n    type\n    title\n    startsAt\n    endsAt\n    location\n    onlineUrl\n    capacity\n    status\n    confirmedCount\n    waitlistCount\n    seatsLeft\n    myRegistration {\n      id\n      status\n      position\n    }\n    domains {\n      slug\n      label\n    }\n  }\n": types.EventCardFieldsFragmentDoc,
    "\n  fragment EventDetailFields on Event {\n    ...EventCardFields\n    description\n    signupDeadline\n    cancellationDeadline\n    canManage\n    organiser {\n      id\n      name\n    }\n  }\n": types.EventDetailFieldsFragmentDoc,
    "\n  query EventRegistrations($id: ID!) {\n    event(id: $id) {\n      id\n      title\n      startsAt\n      endsAt\n      status\n      capacity\n      confirmedCount\n      waitlistCount\n      canManage\n      registrations {\n        id\n        status\n        position\n        createdAt\n        member {\n          id\n          name\n          email\n          roleLabel\n          school {\n            id\n            name\n            town\n          }\n        }\n      }\n    }\n  }\n": types.EventRegistrationsDocument,
    "\n  mutation MarkAttendance($input: MarkAttendanceInput!) {\n    markAttendance(input: $input) {\n      id\n      status\n    }\n  }\n": types.MarkAttendanceDocument,
    "\n  mutation RegisterForEvent($input: EventRegistrationInput!) {\n    registerForEvent(input: $input) {\n      id\n      status\n      position\n      event {\n        id\n        confirmedCount\n        waitlistCount\n        seatsLeft\n        myRegistration {\n          id\n          status\n          position\n        }\n      }\n    }\n  }\n": types.RegisterForEventDocument,
    "\n  mutation UpdateEvent($input: UpdateEventInput!) {\n    updateEvent(input: $input) {\n      ...EventDetailFields\n    }\n  }\n": types.UpdateEventDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...CurrentMemberFields\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  query InvitationInfo($token: String!) {\n    invitation(token: $token) {\n      name\n      email\n    }\n  }\n": types.InvitationInfoDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...CurrentMemberFields\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      ...CurrentMemberFields\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  query DirectoryFilterOptions {\n    schools {\n      id\n      name\n      town\n    }\n    jobRoles {\n      slug\n      label\n    }\n    taxonomy {\n      slug\n      label\n    }\n  }\n": types.DirectoryFilterOptionsDocument,
    "\n  query DirectoryMembers($filter: MemberFilterInput, $first: Int!, $offset: Int!) {\n    members(filter: $filter, first: $first, offset: $offset) {\n      total\n      nodes {\n        id\n        name\n        roleLabel\n        school {\n          id\n          name\n          town\n        }\n        profile {\n          headline\n          openForQuestions\n          expertise {\n            domain {\n              slug\n              label\n            }\n          }\n        }\n      }\n    }\n  }\n": types.DirectoryMembersDocument,
    "\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      ...GroupDetailFields\n    }\n  }\n": types.CreateGroupDocument,
    "\n  mutation FollowGroup($groupId: ID!, $follow: Boolean!) {\n    follow(input: { groupId: $groupId, follow: $follow })\n  }\n": types.FollowGroupDocument,
    "\n  mutation ApproveGroupMember($input: GroupMemberInput!) {\n    approveGroupMember(input: $input) {\n      ...GroupMemberFields\n    }\n  }\n": types.ApproveGroupMemberDocument,
    "\n  mutation InviteToGroup($input: GroupMemberInput!) {\n    inviteToGroup(input: $input) {\n      ...GroupMemberFields\n    }\n  }\n": types.InviteToGroupDocument,
    "\n  mutation RemoveFromGroup($input: GroupMemberInput!) {\n    removeFromGroup(input: $input)\n  }\n": types.RemoveFromGroupDocument,
    "\n  mutation SetGroupRole($input: SetGroupRoleInput!) {\n    setGroupRole(input: $input) {\n      ...GroupMemberFields\n    }\n  }\n": types.SetGroupRoleDocument,
    "\n  query GroupDetail($slug: String!) {\n    group(slug: $slug) {\n      ...GroupDetailFields\n    }\n  }\n": types.GroupDetailDocument,
    "\n  fragment GroupSummaryFields on Group {\n    id\n    slug\n    name\n    description\n    kind\n    visibility\n    memberCount\n    canSeeContent\n    isGroupAdmin\n    myMembership {\n      id\n      status\n      role\n    }\n  }\n": types.GroupSummaryFieldsFragmentDoc,
    "\n  fragment GroupDetailFields on Group {\n    ...GroupSummaryFields\n    domains {\n      slug\n      label\n    }\n  }\n": types.GroupDetailFieldsFragmentDoc,
    "\n  fragment GroupMemberFields on GroupMembership {\n    id\n    status\n    role\n    createdAt\n    member {\n      id\n      name\n      roleLabel\n      school {\n        id\n        name\n      }\n    }\n  }\n": types.GroupMemberFieldsFragmentDoc,
    "\n  query GroupMembers($slug: String!, $status: [MembershipStatus!]!, $first: Int!, $offset: Int!) {\n    group(slug: $slug) {\n      id\n      members(status: $status, first: $first, offset: $offset) {\n        total\n        nodes {\n          ...GroupMemberFields\n        }\n      }\n    }\n  }\n": types.GroupMembersDocument,
    "\n  query GroupDomainOptions {\n    taxonomy {\n      slug\n      label\n    }\n  }\n": types.GroupDomainOptionsDocument,
    "\n  query GroupMemberSearch($search: String!) {\n    members(filter: { search: $search }, first: 8) {\n      nodes {\n        id\n        name\n        roleLabel\n        school {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.GroupMemberSearchDocument,
    "\n  query Groups($mine: Boolean!) {\n    groups(mine: $mine) {\n      ...GroupSummaryFields\n    }\n  }\n": types.GroupsDocument,
    "\n  mutation JoinGroup($input: GroupInput!) {\n    joinGroup(input: $input) {\n      id\n      status\n      role\n      group {\n        ...GroupSummaryFields\n      }\n    }\n  }\n": types.JoinGroupDocument,
    "\n  mutation LeaveGroup($input: GroupInput!) {\n    leaveGroup(input: $input)\n  }\n": types.LeaveGroupDocument,
    "\n  mutation UpdateGroup($input: UpdateGroupInput!) {\n    updateGroup(input: $input) {\n      ...GroupDetailFields\n    }\n  }\n": types.UpdateGroupDocument,
    "\n  mutation ModerationHide($input: HideContentInput!) {\n    hideContent(input: $input)\n  }\n": types.ModerationHideDocument,
    "\n  mutation DismissReports($input: ModerationTargetInput!) {\n    dismissReports(input: $input)\n  }\n": types.DismissReportsDocument,
    "\n  mutation ContactAuthor($input: ContactAuthorInput!) {\n    contactAuthor(input: $input)\n  }\n": types.ContactAuthorDocument,
    "\n  query ModerationQueue($status: ModerationStatus!, $first: Int!, $offset: Int!) {\n    moderationQueue(status: $status, first: $first, offset: $offset) {\n      total\n      nodes {\n        id\n        targetType\n        targetId\n        threadId\n        title\n        excerpt\n        hidden\n        reportCount\n        firstReportedAt\n        author {\n          id\n          name\n          former\n        }\n        reports {\n          id\n          reason\n          createdAt\n          reporter {\n            id\n            name\n          }\n        }\n        resolution\n        resolvedAt\n        resolvedBy {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ModerationQueueDocument,
    "\n  query OpenModerationCount {\n    openModerationCount\n  }\n": types.OpenModerationCountDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  query MyNotifications($first: Int!) {\n    myNotifications(first: $first) {\n      total\n      unread\n      nodes {\n        id\n        kind\n        title\n        body\n        link\n        read\n        createdAt\n      }\n    }\n  }\n": types.MyNotificationsDocument,
    "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  query MemberProfile($id: ID!) {\n    member(id: $id) {\n      id\n      name\n      email\n      roleLabel\n      school {\n        id\n        name\n        town\n        board {\n          id\n          name\n        }\n      }\n      profile {\n        ...ProfileFields\n      }\n    }\n  }\n": types.MemberProfileDocument,
    "\n  query MyProfile {\n    me {\n      id\n      name\n      profile {\n        ...ProfileFields\n      }\n    }\n  }\n": types.MyProfileDocument,
    "\n  fragment ProfileFields on ExpertiseProfile {\n    headline\n    bio\n    tags\n    openForQuestions\n    availability\n    updatedAt\n    completeness\n    expertise {\n      domain {\n        slug\n        label\n      }\n      subtopics {\n        slug\n        label\n      }\n      level\n      source\n      sourceLabel\n      offers\n      offerLabels\n      description\n    }\n  }\n": types.ProfileFieldsFragmentDoc,
    "\n  query ProfileOptions {\n    taxonomy {\n      slug\n      label\n      description\n      subtopics(includeRetired: true) {\n        slug\n        label\n        synonyms\n        retired\n      }\n    }\n    offerTypes {\n      slug\n      label\n      description\n    }\n    expertiseSources {\n      slug\n      label\n    }\n    expertiseLevels {\n      level\n      label\n      description\n    }\n  }\n": types.ProfileOptionsDocument,
    "\n  mutation UpdateMyProfile($input: UpdateProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      profile {\n        ...ProfileFields\n      }\n    }\n  }\n": types.UpdateMyProfileDocument,
    "\n  mutation AnswerQuestion($input: AnswerQuestionInput!) {\n    answerQuestion(input: $input) {\n      ...AnswerFields\n    }\n  }\n": types.AnswerQuestionDocument,
    "\n  mutation EditAnswer($input: EditAnswerInput!) {\n    editAnswer(input: $input) {\n      ...AnswerFields\n    }\n  }\n": types.EditAnswerDocument,
    "\n  mutation DeleteAnswer($input: AnswerIdInput!) {\n    deleteAnswer(input: $input)\n  }\n": types.DeleteAnswerDocument,
    "\n  mutation AcceptAnswer($input: AcceptAnswerInput!) {\n    acceptAnswer(input: $input) {\n      ...ThreadDetailFields\n    }\n  }\n": types.AcceptAnswerDocument,
    "\n  mutation VoteAnswer($input: VoteInput!) {\n    voteAnswer(input: $input) {\n      id\n      helpfulCount\n      votedHelpful\n    }\n  }\n": types.VoteAnswerDocument,
    "\n  mutation FollowDomain($domain: ID!, $follow: Boolean!) {\n    follow(input: { domain: $domain, follow: $follow })\n  }\n": types.FollowDomainDocument,
    "\n  mutation ReportContent($input: ReportContentInput!) {\n    reportContent(input: $input)\n  }\n": types.ReportContentDocument,
    "\n  mutation HideContent($input: HideContentInput!) {\n    hideContent(input: $input)\n  }\n": types.HideContentDocument,
    "\n  mutation AskQuestion($input: AskQuestionInput!) {\n    askQuestion(input: $input) {\n      ...ThreadDetailFields\n    }\n  }\n": types.AskQuestionDocument,
    "\n  mutation EditQuestion($input: EditThreadInput!) {\n    editQuestion(input: $input) {\n      ...ThreadDetailFields\n    }\n  }\n": types.EditQuestionDocument,
    "\n  mutation DeleteQuestion($input: ThreadIdInput!) {\n    deleteQuestion(input: $input)\n  }\n": types.DeleteQuestionDocument,
    "\n  mutation SetQuestionTopics($input: ThreadTopicsInput!) {\n    setQuestionTopics(input: $input) {\n      ...ThreadDetailFields\n    }\n  }\n": types.SetQuestionTopicsDocument,
    "\n  mutation AskColleague($input: AskColleagueInput!) {\n    askColleague(input: $input)\n  }\n": types.AskColleagueDocument,
    "\n  mutation JoinGroupToAnswer($input: GroupInput!) {\n    joinGroup(input: $input) {\n      id\n      status\n      group {\n        id\n        memberCount\n        myMembership {\n          id\n          status\n        }\n      }\n    }\n  }\n": types.JoinGroupToAnswerDocument,
    "\n  query QuestionTaxonomy {\n    taxonomy {\n      slug\n      label\n      subtopics {\n        slug\n        label\n        domainSlug\n      }\n    }\n  }\n": types.QuestionTaxonomyDocument,
    "\n  query AskQuestionGroups {\n    groups(mine: true) {\n      id\n      slug\n      name\n      myMembership {\n        id\n        status\n      }\n    }\n  }\n": types.AskQuestionGroupsDocument,
    "\n  query QuestionMemberSearch($search: String!) {\n    members(filter: { search: $search }, first: 6) {\n      nodes {\n        id\n        name\n        roleLabel\n        school {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.QuestionMemberSearchDocument,
    "\n  query SimilarQuestions($text: String!) {\n    similarQuestions(text: $text, first: 5) {\n      id\n      title\n      answerCount\n      acceptedAnswer {\n        id\n      }\n      group {\n        id\n        name\n      }\n    }\n  }\n": types.SimilarQuestionsDocument,
    "\n  query ThreadDetail($id: ID!) {\n    thread(id: $id) {\n      ...ThreadDetailFields\n    }\n  }\n": types.ThreadDetailDocument,
    "\n  fragment ThreadSummaryFields on Thread {\n    id\n    title\n    answerCount\n    hidden\n    createdAt\n    lastActivityAt\n    acceptedAnswer {\n      id\n    }\n    author {\n      id\n      name\n    }\n    group {\n      id\n      slug\n      name\n    }\n    domains {\n      slug\n      label\n    }\n  }\n": types.ThreadSummaryFieldsFragmentDoc,
    "\n  fragment AnswerFields on Answer {\n    id\n    body\n    helpfulCount\n    accepted\n    votedHelpful\n    hidden\n    isMine\n    createdAt\n    updatedAt\n    author {\n      id\n      name\n      former\n      roleLabel\n      school {\n        id\n        name\n      }\n    }\n  }\n": types.AnswerFieldsFragmentDoc,
    "\n  fragment ExpertMatchFields on ExpertMatch {\n    score\n    reasons\n    member {\n      id\n      name\n      roleLabel\n      school {\n        id\n        name\n      }\n    }\n  }\n": types.ExpertMatchFieldsFragmentDoc,
    "\n  fragment ThreadDetailFields on Thread {\n    id\n    title\n    body\n    bodyText\n    hidden\n    isMine\n    canAccept\n    answerCount\n    topicsCorrected\n    topicsConfident\n    topicSuggestions {\n      slug\n      label\n    }\n    createdAt\n    updatedAt\n    lastActivityAt\n    author {\n      id\n      name\n      former\n      roleLabel\n      school {\n        id\n        name\n      }\n    }\n    group {\n      id\n      slug\n      name\n      visibility\n      myMembership {\n        id\n        status\n      }\n    }\n    domains {\n      slug\n      label\n    }\n    subtopics {\n      slug\n      label\n      domainSlug\n    }\n    acceptedAnswer {\n      id\n    }\n    answers {\n      ...AnswerFields\n    }\n    suggestedExperts(first: 5) {\n      ...ExpertMatchFields\n    }\n  }\n": types.ThreadDetailFieldsFragmentDoc,
    "\n  query Threads($filter: ThreadFilterInput, $first: Int!, $offset: Int!) {\n    threads(filter: $filter, first: $first, offset: $offset) {\n      total\n      nodes {\n        ...ThreadSummaryFields\n      }\n    }\n  }\n": types.ThreadsDocument,
    "\n  query SearchDomains {\n    taxonomy {\n      slug\n      label\n    }\n  }\n": types.SearchDomainsDocument,
    "\n  query SearchExperts($query: String!, $filter: ExpertFilter, $first: Int!, $after: String) {\n    searchExperts(query: $query, filter: $filter, first: $first, after: $after) {\n      total\n      nodes {\n        score\n        reasons\n        snippet\n        matchedSubtopics {\n          slug\n          label\n          domainSlug\n        }\n        member {\n          id\n          name\n          roleLabel\n          school {\n            id\n            name\n            town\n          }\n          profile {\n            headline\n            openForQuestions\n            availability\n            expertise {\n              domain {\n                slug\n                label\n              }\n              subtopics {\n                slug\n                label\n              }\n              level\n              offers\n              offerLabels\n            }\n          }\n        }\n      }\n      facets {\n        field\n        values {\n          value\n          label\n          count\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.SearchExpertsDocument,
    "\n  query SubtopicSuggestions($prefix: String!, $first: Int!) {\n    subtopicSuggestions(prefix: $prefix, first: $first) {\n      matched\n      subtopic {\n        slug\n        label\n      }\n      domain {\n        slug\n        label\n      }\n    }\n  }\n": types.SubtopicSuggestionsDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      label\n      delivery\n    }\n  }\n": types.NotificationPreferencesDocument,
    "\n  mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {\n    setNotificationPreference(input: $input) {\n      kind\n      label\n      delivery\n    }\n  }\n": types.SetNotificationPreferenceDocument,
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
export function graphql(source: "\n  query AuditLog($first: Int!, $offset: Int!) {\n    auditLog(first: $first, offset: $offset) {\n      total\n      nodes {\n        id\n        action\n        targetType\n        targetId\n        summary\n        link\n        createdAt\n        actor {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($first: Int!, $offset: Int!) {\n    auditLog(first: $first, offset: $offset) {\n      total\n      nodes {\n        id\n        action\n        targetType\n        targetId\n        summary\n        link\n        createdAt\n        actor {\n          id\n          name\n          email\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment AdminSubtopicFields on Subtopic {\n    slug\n    domainSlug\n    label\n    labelNl\n    labelEn\n    synonyms\n    retired\n  }\n"): (typeof documents)["\n  fragment AdminSubtopicFields on Subtopic {\n    slug\n    domainSlug\n    label\n    labelNl\n    labelEn\n    synonyms\n    retired\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminTaxonomy {\n    taxonomy {\n      slug\n      label\n      labelNl\n      labelEn\n      subtopics(includeRetired: true) {\n        ...AdminSubtopicFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminTaxonomy {\n    taxonomy {\n      slug\n      label\n      labelNl\n      labelEn\n      subtopics(includeRetired: true) {\n        ...AdminSubtopicFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddSubtopic($input: AddSubtopicInput!) {\n    addSubtopic(input: $input) {\n      ...AdminSubtopicFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddSubtopic($input: AddSubtopicInput!) {\n    addSubtopic(input: $input) {\n      ...AdminSubtopicFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSubtopic($input: UpdateSubtopicInput!) {\n    updateSubtopic(input: $input) {\n      ...AdminSubtopicFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSubtopic($input: UpdateSubtopicInput!) {\n    updateSubtopic(input: $input) {\n      ...AdminSubtopicFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetSubtopicRetired($input: SetSubtopicRetiredInput!) {\n    setSubtopicRetired(input: $input) {\n      ...AdminSubtopicFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetSubtopicRetired($input: SetSubtopicRetiredInput!) {\n    setSubtopicRetired(input: $input) {\n      ...AdminSubtopicFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMemberRole($input: UpdateMemberRoleInput!) {\n    updateMemberRole(input: $input) {\n      ...AdminMemberFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMemberRole($input: UpdateMemberRoleInput!) {\n    updateMemberRole(input: $input) {\n      ...AdminMemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgendaDomains {\n    taxonomy {\n      slug\n      label\n    }\n  }\n"): (typeof documents)["\n  query AgendaDomains {\n    taxonomy {\n      slug\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgendaEvents($upcoming: Boolean, $filter: EventFilterInput) {\n    events(upcoming: $upcoming, filter: $filter) {\n      ...EventCardFields\n    }\n  }\n"): (typeof documents)["\n  query AgendaEvents($upcoming: Boolean, $filter: EventFilterInput) {\n    events(upcoming: $upcoming, filter: $filter) {\n      ...EventCardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCalendarFeed {\n    myCalendarFeed {\n      url\n    }\n  }\n"): (typeof documents)["\n  query MyCalendarFeed {\n    myCalendarFeed {\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegenerateCalendarFeed {\n    regenerateCalendarFeed {\n      url\n    }\n  }\n"): (typeof documents)["\n  mutation RegenerateCalendarFeed {\n    regenerateCalendarFeed {\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelEvent($input: CancelEventInput!) {\n    cancelEvent(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CancelEvent($input: CancelEventInput!) {\n    cancelEvent(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelRegistration($input: EventRegistrationInput!) {\n    cancelRegistration(input: $input) {\n      id\n      status\n      position\n      event {\n        id\n        confirmedCount\n        waitlistCount\n        seatsLeft\n        myRegistration {\n          id\n          status\n          position\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CancelRegistration($input: EventRegistrationInput!) {\n    cancelRegistration(input: $input) {\n      id\n      status\n      position\n      event {\n        id\n        confirmedCount\n        waitlistCount\n        seatsLeft\n        myRegistration {\n          id\n          status\n          position\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      ...EventDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      ...EventDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventDetail($id: ID!) {\n    event(id: $id) {\n      ...EventDetailFields\n    }\n  }\n"): (typeof documents)["\n  query EventDetail($id: ID!) {\n    event(id: $id) {\n      ...EventDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EventCardFields on Event {\n    id\n    type\n    title\n    startsAt\n    endsAt\n    location\n    onlineUrl\n    capacity\n    status\n    confirmedCount\n    waitlistCount\n    seatsLeft\n    myRegistration {\n      id\n      status\n      position\n    }\n    domains {\n      slug\n      label\n    }\n  }\n"): (typeof documents)["\n  fragment EventCardFields on Event {\n    id\n    type\n    title\n    startsAt\n    endsAt\n    location\n    onlineUrl\n    capacity\n    status\n    confirmedCount\n    waitlistCount\n    seatsLeft\n    myRegistration {\n      id\n      status\n      position\n    }\n    domains {\n      slug\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EventDetailFields on Event {\n    ...EventCardFields\n    description\n    signupDeadline\n    cancellationDeadline\n    canManage\n    organiser {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment EventDetailFields on Event {\n    ...EventCardFields\n    description\n    signupDeadline\n    cancellationDeadline\n    canManage\n    organiser {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventRegistrations($id: ID!) {\n    event(id: $id) {\n      id\n      title\n      startsAt\n      endsAt\n      status\n      capacity\n      confirmedCount\n      waitlistCount\n      canManage\n      registrations {\n        id\n        status\n        position\n        createdAt\n        member {\n          id\n          name\n          email\n          roleLabel\n          school {\n            id\n            name\n            town\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EventRegistrations($id: ID!) {\n    event(id: $id) {\n      id\n      title\n      startsAt\n      endsAt\n      status\n      capacity\n      confirmedCount\n      waitlistCount\n      canManage\n      registrations {\n        id\n        status\n        position\n        createdAt\n        member {\n          id\n          name\n          email\n          roleLabel\n          school {\n            id\n            name\n            town\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAttendance($input: MarkAttendanceInput!) {\n    markAttendance(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation MarkAttendance($input: MarkAttendanceInput!) {\n    markAttendance(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterForEvent($input: EventRegistrationInput!) {\n    registerForEvent(input: $input) {\n      id\n      status\n      position\n      event {\n        id\n        confirmedCount\n        waitlistCount\n        seatsLeft\n        myRegistration {\n          id\n          status\n          position\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterForEvent($input: EventRegistrationInput!) {\n    registerForEvent(input: $input) {\n      id\n      status\n      position\n      event {\n        id\n        confirmedCount\n        waitlistCount\n        seatsLeft\n        myRegistration {\n          id\n          status\n          position\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEvent($input: UpdateEventInput!) {\n    updateEvent(input: $input) {\n      ...EventDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateEvent($input: UpdateEventInput!) {\n    updateEvent(input: $input) {\n      ...EventDetailFields\n    }\n  }\n"];
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
export function graphql(source: "\n  query DirectoryFilterOptions {\n    schools {\n      id\n      name\n      town\n    }\n    jobRoles {\n      slug\n      label\n    }\n    taxonomy {\n      slug\n      label\n    }\n  }\n"): (typeof documents)["\n  query DirectoryFilterOptions {\n    schools {\n      id\n      name\n      town\n    }\n    jobRoles {\n      slug\n      label\n    }\n    taxonomy {\n      slug\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectoryMembers($filter: MemberFilterInput, $first: Int!, $offset: Int!) {\n    members(filter: $filter, first: $first, offset: $offset) {\n      total\n      nodes {\n        id\n        name\n        roleLabel\n        school {\n          id\n          name\n          town\n        }\n        profile {\n          headline\n          openForQuestions\n          expertise {\n            domain {\n              slug\n              label\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DirectoryMembers($filter: MemberFilterInput, $first: Int!, $offset: Int!) {\n    members(filter: $filter, first: $first, offset: $offset) {\n      total\n      nodes {\n        id\n        name\n        roleLabel\n        school {\n          id\n          name\n          town\n        }\n        profile {\n          headline\n          openForQuestions\n          expertise {\n            domain {\n              slug\n              label\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      ...GroupDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      ...GroupDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowGroup($groupId: ID!, $follow: Boolean!) {\n    follow(input: { groupId: $groupId, follow: $follow })\n  }\n"): (typeof documents)["\n  mutation FollowGroup($groupId: ID!, $follow: Boolean!) {\n    follow(input: { groupId: $groupId, follow: $follow })\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveGroupMember($input: GroupMemberInput!) {\n    approveGroupMember(input: $input) {\n      ...GroupMemberFields\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveGroupMember($input: GroupMemberInput!) {\n    approveGroupMember(input: $input) {\n      ...GroupMemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteToGroup($input: GroupMemberInput!) {\n    inviteToGroup(input: $input) {\n      ...GroupMemberFields\n    }\n  }\n"): (typeof documents)["\n  mutation InviteToGroup($input: GroupMemberInput!) {\n    inviteToGroup(input: $input) {\n      ...GroupMemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveFromGroup($input: GroupMemberInput!) {\n    removeFromGroup(input: $input)\n  }\n"): (typeof documents)["\n  mutation RemoveFromGroup($input: GroupMemberInput!) {\n    removeFromGroup(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetGroupRole($input: SetGroupRoleInput!) {\n    setGroupRole(input: $input) {\n      ...GroupMemberFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetGroupRole($input: SetGroupRoleInput!) {\n    setGroupRole(input: $input) {\n      ...GroupMemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupDetail($slug: String!) {\n    group(slug: $slug) {\n      ...GroupDetailFields\n    }\n  }\n"): (typeof documents)["\n  query GroupDetail($slug: String!) {\n    group(slug: $slug) {\n      ...GroupDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GroupSummaryFields on Group {\n    id\n    slug\n    name\n    description\n    kind\n    visibility\n    memberCount\n    canSeeContent\n    isGroupAdmin\n    myMembership {\n      id\n      status\n      role\n    }\n  }\n"): (typeof documents)["\n  fragment GroupSummaryFields on Group {\n    id\n    slug\n    name\n    description\n    kind\n    visibility\n    memberCount\n    canSeeContent\n    isGroupAdmin\n    myMembership {\n      id\n      status\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GroupDetailFields on Group {\n    ...GroupSummaryFields\n    domains {\n      slug\n      label\n    }\n  }\n"): (typeof documents)["\n  fragment GroupDetailFields on Group {\n    ...GroupSummaryFields\n    domains {\n      slug\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GroupMemberFields on GroupMembership {\n    id\n    status\n    role\n    createdAt\n    member {\n      id\n      name\n      roleLabel\n      school {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment GroupMemberFields on GroupMembership {\n    id\n    status\n    role\n    createdAt\n    member {\n      id\n      name\n      roleLabel\n      school {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupMembers($slug: String!, $status: [MembershipStatus!]!, $first: Int!, $offset: Int!) {\n    group(slug: $slug) {\n      id\n      members(status: $status, first: $first, offset: $offset) {\n        total\n        nodes {\n          ...GroupMemberFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GroupMembers($slug: String!, $status: [MembershipStatus!]!, $first: Int!, $offset: Int!) {\n    group(slug: $slug) {\n      id\n      members(status: $status, first: $first, offset: $offset) {\n        total\n        nodes {\n          ...GroupMemberFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupDomainOptions {\n    taxonomy {\n      slug\n      label\n    }\n  }\n"): (typeof documents)["\n  query GroupDomainOptions {\n    taxonomy {\n      slug\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupMemberSearch($search: String!) {\n    members(filter: { search: $search }, first: 8) {\n      nodes {\n        id\n        name\n        roleLabel\n        school {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GroupMemberSearch($search: String!) {\n    members(filter: { search: $search }, first: 8) {\n      nodes {\n        id\n        name\n        roleLabel\n        school {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Groups($mine: Boolean!) {\n    groups(mine: $mine) {\n      ...GroupSummaryFields\n    }\n  }\n"): (typeof documents)["\n  query Groups($mine: Boolean!) {\n    groups(mine: $mine) {\n      ...GroupSummaryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinGroup($input: GroupInput!) {\n    joinGroup(input: $input) {\n      id\n      status\n      role\n      group {\n        ...GroupSummaryFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation JoinGroup($input: GroupInput!) {\n    joinGroup(input: $input) {\n      id\n      status\n      role\n      group {\n        ...GroupSummaryFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveGroup($input: GroupInput!) {\n    leaveGroup(input: $input)\n  }\n"): (typeof documents)["\n  mutation LeaveGroup($input: GroupInput!) {\n    leaveGroup(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateGroup($input: UpdateGroupInput!) {\n    updateGroup(input: $input) {\n      ...GroupDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateGroup($input: UpdateGroupInput!) {\n    updateGroup(input: $input) {\n      ...GroupDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ModerationHide($input: HideContentInput!) {\n    hideContent(input: $input)\n  }\n"): (typeof documents)["\n  mutation ModerationHide($input: HideContentInput!) {\n    hideContent(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DismissReports($input: ModerationTargetInput!) {\n    dismissReports(input: $input)\n  }\n"): (typeof documents)["\n  mutation DismissReports($input: ModerationTargetInput!) {\n    dismissReports(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContactAuthor($input: ContactAuthorInput!) {\n    contactAuthor(input: $input)\n  }\n"): (typeof documents)["\n  mutation ContactAuthor($input: ContactAuthorInput!) {\n    contactAuthor(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModerationQueue($status: ModerationStatus!, $first: Int!, $offset: Int!) {\n    moderationQueue(status: $status, first: $first, offset: $offset) {\n      total\n      nodes {\n        id\n        targetType\n        targetId\n        threadId\n        title\n        excerpt\n        hidden\n        reportCount\n        firstReportedAt\n        author {\n          id\n          name\n          former\n        }\n        reports {\n          id\n          reason\n          createdAt\n          reporter {\n            id\n            name\n          }\n        }\n        resolution\n        resolvedAt\n        resolvedBy {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ModerationQueue($status: ModerationStatus!, $first: Int!, $offset: Int!) {\n    moderationQueue(status: $status, first: $first, offset: $offset) {\n      total\n      nodes {\n        id\n        targetType\n        targetId\n        threadId\n        title\n        excerpt\n        hidden\n        reportCount\n        firstReportedAt\n        author {\n          id\n          name\n          former\n        }\n        reports {\n          id\n          reason\n          createdAt\n          reporter {\n            id\n            name\n          }\n        }\n        resolution\n        resolvedAt\n        resolvedBy {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenModerationCount {\n    openModerationCount\n  }\n"): (typeof documents)["\n  query OpenModerationCount {\n    openModerationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotifications($first: Int!) {\n    myNotifications(first: $first) {\n      total\n      unread\n      nodes {\n        id\n        kind\n        title\n        body\n        link\n        read\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyNotifications($first: Int!) {\n    myNotifications(first: $first) {\n      total\n      unread\n      nodes {\n        id\n        kind\n        title\n        body\n        link\n        read\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberProfile($id: ID!) {\n    member(id: $id) {\n      id\n      name\n      email\n      roleLabel\n      school {\n        id\n        name\n        town\n        board {\n          id\n          name\n        }\n      }\n      profile {\n        ...ProfileFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberProfile($id: ID!) {\n    member(id: $id) {\n      id\n      name\n      email\n      roleLabel\n      school {\n        id\n        name\n        town\n        board {\n          id\n          name\n        }\n      }\n      profile {\n        ...ProfileFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyProfile {\n    me {\n      id\n      name\n      profile {\n        ...ProfileFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyProfile {\n    me {\n      id\n      name\n      profile {\n        ...ProfileFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProfileFields on ExpertiseProfile {\n    headline\n    bio\n    tags\n    openForQuestions\n    availability\n    updatedAt\n    completeness\n    expertise {\n      domain {\n        slug\n        label\n      }\n      subtopics {\n        slug\n        label\n      }\n      level\n      source\n      sourceLabel\n      offers\n      offerLabels\n      description\n    }\n  }\n"): (typeof documents)["\n  fragment ProfileFields on ExpertiseProfile {\n    headline\n    bio\n    tags\n    openForQuestions\n    availability\n    updatedAt\n    completeness\n    expertise {\n      domain {\n        slug\n        label\n      }\n      subtopics {\n        slug\n        label\n      }\n      level\n      source\n      sourceLabel\n      offers\n      offerLabels\n      description\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProfileOptions {\n    taxonomy {\n      slug\n      label\n      description\n      subtopics(includeRetired: true) {\n        slug\n        label\n        synonyms\n        retired\n      }\n    }\n    offerTypes {\n      slug\n      label\n      description\n    }\n    expertiseSources {\n      slug\n      label\n    }\n    expertiseLevels {\n      level\n      label\n      description\n    }\n  }\n"): (typeof documents)["\n  query ProfileOptions {\n    taxonomy {\n      slug\n      label\n      description\n      subtopics(includeRetired: true) {\n        slug\n        label\n        synonyms\n        retired\n      }\n    }\n    offerTypes {\n      slug\n      label\n      description\n    }\n    expertiseSources {\n      slug\n      label\n    }\n    expertiseLevels {\n      level\n      label\n      description\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyProfile($input: UpdateProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      profile {\n        ...ProfileFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyProfile($input: UpdateProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      profile {\n        ...ProfileFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerQuestion($input: AnswerQuestionInput!) {\n    answerQuestion(input: $input) {\n      ...AnswerFields\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerQuestion($input: AnswerQuestionInput!) {\n    answerQuestion(input: $input) {\n      ...AnswerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditAnswer($input: EditAnswerInput!) {\n    editAnswer(input: $input) {\n      ...AnswerFields\n    }\n  }\n"): (typeof documents)["\n  mutation EditAnswer($input: EditAnswerInput!) {\n    editAnswer(input: $input) {\n      ...AnswerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAnswer($input: AnswerIdInput!) {\n    deleteAnswer(input: $input)\n  }\n"): (typeof documents)["\n  mutation DeleteAnswer($input: AnswerIdInput!) {\n    deleteAnswer(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptAnswer($input: AcceptAnswerInput!) {\n    acceptAnswer(input: $input) {\n      ...ThreadDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptAnswer($input: AcceptAnswerInput!) {\n    acceptAnswer(input: $input) {\n      ...ThreadDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VoteAnswer($input: VoteInput!) {\n    voteAnswer(input: $input) {\n      id\n      helpfulCount\n      votedHelpful\n    }\n  }\n"): (typeof documents)["\n  mutation VoteAnswer($input: VoteInput!) {\n    voteAnswer(input: $input) {\n      id\n      helpfulCount\n      votedHelpful\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowDomain($domain: ID!, $follow: Boolean!) {\n    follow(input: { domain: $domain, follow: $follow })\n  }\n"): (typeof documents)["\n  mutation FollowDomain($domain: ID!, $follow: Boolean!) {\n    follow(input: { domain: $domain, follow: $follow })\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportContent($input: ReportContentInput!) {\n    reportContent(input: $input)\n  }\n"): (typeof documents)["\n  mutation ReportContent($input: ReportContentInput!) {\n    reportContent(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HideContent($input: HideContentInput!) {\n    hideContent(input: $input)\n  }\n"): (typeof documents)["\n  mutation HideContent($input: HideContentInput!) {\n    hideContent(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AskQuestion($input: AskQuestionInput!) {\n    askQuestion(input: $input) {\n      ...ThreadDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation AskQuestion($input: AskQuestionInput!) {\n    askQuestion(input: $input) {\n      ...ThreadDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditQuestion($input: EditThreadInput!) {\n    editQuestion(input: $input) {\n      ...ThreadDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation EditQuestion($input: EditThreadInput!) {\n    editQuestion(input: $input) {\n      ...ThreadDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteQuestion($input: ThreadIdInput!) {\n    deleteQuestion(input: $input)\n  }\n"): (typeof documents)["\n  mutation DeleteQuestion($input: ThreadIdInput!) {\n    deleteQuestion(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetQuestionTopics($input: ThreadTopicsInput!) {\n    setQuestionTopics(input: $input) {\n      ...ThreadDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetQuestionTopics($input: ThreadTopicsInput!) {\n    setQuestionTopics(input: $input) {\n      ...ThreadDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AskColleague($input: AskColleagueInput!) {\n    askColleague(input: $input)\n  }\n"): (typeof documents)["\n  mutation AskColleague($input: AskColleagueInput!) {\n    askColleague(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinGroupToAnswer($input: GroupInput!) {\n    joinGroup(input: $input) {\n      id\n      status\n      group {\n        id\n        memberCount\n        myMembership {\n          id\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation JoinGroupToAnswer($input: GroupInput!) {\n    joinGroup(input: $input) {\n      id\n      status\n      group {\n        id\n        memberCount\n        myMembership {\n          id\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuestionTaxonomy {\n    taxonomy {\n      slug\n      label\n      subtopics {\n        slug\n        label\n        domainSlug\n      }\n    }\n  }\n"): (typeof documents)["\n  query QuestionTaxonomy {\n    taxonomy {\n      slug\n      label\n      subtopics {\n        slug\n        label\n        domainSlug\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AskQuestionGroups {\n    groups(mine: true) {\n      id\n      slug\n      name\n      myMembership {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query AskQuestionGroups {\n    groups(mine: true) {\n      id\n      slug\n      name\n      myMembership {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuestionMemberSearch($search: String!) {\n    members(filter: { search: $search }, first: 6) {\n      nodes {\n        id\n        name\n        roleLabel\n        school {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query QuestionMemberSearch($search: String!) {\n    members(filter: { search: $search }, first: 6) {\n      nodes {\n        id\n        name\n        roleLabel\n        school {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SimilarQuestions($text: String!) {\n    similarQuestions(text: $text, first: 5) {\n      id\n      title\n      answerCount\n      acceptedAnswer {\n        id\n      }\n      group {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query SimilarQuestions($text: String!) {\n    similarQuestions(text: $text, first: 5) {\n      id\n      title\n      answerCount\n      acceptedAnswer {\n        id\n      }\n      group {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThreadDetail($id: ID!) {\n    thread(id: $id) {\n      ...ThreadDetailFields\n    }\n  }\n"): (typeof documents)["\n  query ThreadDetail($id: ID!) {\n    thread(id: $id) {\n      ...ThreadDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ThreadSummaryFields on Thread {\n    id\n    title\n    answerCount\n    hidden\n    createdAt\n    lastActivityAt\n    acceptedAnswer {\n      id\n    }\n    author {\n      id\n      name\n    }\n    group {\n      id\n      slug\n      name\n    }\n    domains {\n      slug\n      label\n    }\n  }\n"): (typeof documents)["\n  fragment ThreadSummaryFields on Thread {\n    id\n    title\n    answerCount\n    hidden\n    createdAt\n    lastActivityAt\n    acceptedAnswer {\n      id\n    }\n    author {\n      id\n      name\n    }\n    group {\n      id\n      slug\n      name\n    }\n    domains {\n      slug\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AnswerFields on Answer {\n    id\n    body\n    helpfulCount\n    accepted\n    votedHelpful\n    hidden\n    isMine\n    createdAt\n    updatedAt\n    author {\n      id\n      name\n      former\n      roleLabel\n      school {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment AnswerFields on Answer {\n    id\n    body\n    helpfulCount\n    accepted\n    votedHelpful\n    hidden\n    isMine\n    createdAt\n    updatedAt\n    author {\n      id\n      name\n      former\n      roleLabel\n      school {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExpertMatchFields on ExpertMatch {\n    score\n    reasons\n    member {\n      id\n      name\n      roleLabel\n      school {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ExpertMatchFields on ExpertMatch {\n    score\n    reasons\n    member {\n      id\n      name\n      roleLabel\n      school {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ThreadDetailFields on Thread {\n    id\n    title\n    body\n    bodyText\n    hidden\n    isMine\n    canAccept\n    answerCount\n    topicsCorrected\n    topicsConfident\n    topicSuggestions {\n      slug\n      label\n    }\n    createdAt\n    updatedAt\n    lastActivityAt\n    author {\n      id\n      name\n      former\n      roleLabel\n      school {\n        id\n        name\n      }\n    }\n    group {\n      id\n      slug\n      name\n      visibility\n      myMembership {\n        id\n        status\n      }\n    }\n    domains {\n      slug\n      label\n    }\n    subtopics {\n      slug\n      label\n      domainSlug\n    }\n    acceptedAnswer {\n      id\n    }\n    answers {\n      ...AnswerFields\n    }\n    suggestedExperts(first: 5) {\n      ...ExpertMatchFields\n    }\n  }\n"): (typeof documents)["\n  fragment ThreadDetailFields on Thread {\n    id\n    title\n    body\n    bodyText\n    hidden\n    isMine\n    canAccept\n    answerCount\n    topicsCorrected\n    topicsConfident\n    topicSuggestions {\n      slug\n      label\n    }\n    createdAt\n    updatedAt\n    lastActivityAt\n    author {\n      id\n      name\n      former\n      roleLabel\n      school {\n        id\n        name\n      }\n    }\n    group {\n      id\n      slug\n      name\n      visibility\n      myMembership {\n        id\n        status\n      }\n    }\n    domains {\n      slug\n      label\n    }\n    subtopics {\n      slug\n      label\n      domainSlug\n    }\n    acceptedAnswer {\n      id\n    }\n    answers {\n      ...AnswerFields\n    }\n    suggestedExperts(first: 5) {\n      ...ExpertMatchFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Threads($filter: ThreadFilterInput, $first: Int!, $offset: Int!) {\n    threads(filter: $filter, first: $first, offset: $offset) {\n      total\n      nodes {\n        ...ThreadSummaryFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Threads($filter: ThreadFilterInput, $first: Int!, $offset: Int!) {\n    threads(filter: $filter, first: $first, offset: $offset) {\n      total\n      nodes {\n        ...ThreadSummaryFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchDomains {\n    taxonomy {\n      slug\n      label\n    }\n  }\n"): (typeof documents)["\n  query SearchDomains {\n    taxonomy {\n      slug\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchExperts($query: String!, $filter: ExpertFilter, $first: Int!, $after: String) {\n    searchExperts(query: $query, filter: $filter, first: $first, after: $after) {\n      total\n      nodes {\n        score\n        reasons\n        snippet\n        matchedSubtopics {\n          slug\n          label\n          domainSlug\n        }\n        member {\n          id\n          name\n          roleLabel\n          school {\n            id\n            name\n            town\n          }\n          profile {\n            headline\n            openForQuestions\n            availability\n            expertise {\n              domain {\n                slug\n                label\n              }\n              subtopics {\n                slug\n                label\n              }\n              level\n              offers\n              offerLabels\n            }\n          }\n        }\n      }\n      facets {\n        field\n        values {\n          value\n          label\n          count\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchExperts($query: String!, $filter: ExpertFilter, $first: Int!, $after: String) {\n    searchExperts(query: $query, filter: $filter, first: $first, after: $after) {\n      total\n      nodes {\n        score\n        reasons\n        snippet\n        matchedSubtopics {\n          slug\n          label\n          domainSlug\n        }\n        member {\n          id\n          name\n          roleLabel\n          school {\n            id\n            name\n            town\n          }\n          profile {\n            headline\n            openForQuestions\n            availability\n            expertise {\n              domain {\n                slug\n                label\n              }\n              subtopics {\n                slug\n                label\n              }\n              level\n              offers\n              offerLabels\n            }\n          }\n        }\n      }\n      facets {\n        field\n        values {\n          value\n          label\n          count\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubtopicSuggestions($prefix: String!, $first: Int!) {\n    subtopicSuggestions(prefix: $prefix, first: $first) {\n      matched\n      subtopic {\n        slug\n        label\n      }\n      domain {\n        slug\n        label\n      }\n    }\n  }\n"): (typeof documents)["\n  query SubtopicSuggestions($prefix: String!, $first: Int!) {\n    subtopicSuggestions(prefix: $prefix, first: $first) {\n      matched\n      subtopic {\n        slug\n        label\n      }\n      domain {\n        slug\n        label\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      label\n      delivery\n    }\n  }\n"): (typeof documents)["\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      label\n      delivery\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {\n    setNotificationPreference(input: $input) {\n      kind\n      label\n      delivery\n    }\n  }\n"): (typeof documents)["\n  mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {\n    setNotificationPreference(input: $input) {\n      kind\n      label\n      delivery\n    }\n  }\n"];
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