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
  '\n  query TwoFactorStatus {\n    twoFactorStatus {\n      enabled\n      enabledAt\n      recoveryCodesLeft\n      requiredByStructure\n    }\n  }\n': typeof types.TwoFactorStatusDocument;
  '\n  mutation StartTwoFactorEnrolment {\n    startTwoFactorEnrolment {\n      secret\n      otpauthUri\n      qrCodeDataUrl\n    }\n  }\n': typeof types.StartTwoFactorEnrolmentDocument;
  '\n  mutation ConfirmTwoFactorEnrolment($input: TwoFactorCodeInput!) {\n    confirmTwoFactorEnrolment(input: $input)\n  }\n': typeof types.ConfirmTwoFactorEnrolmentDocument;
  '\n  mutation RegenerateRecoveryCodes($input: TwoFactorCodeInput!) {\n    regenerateRecoveryCodes(input: $input)\n  }\n': typeof types.RegenerateRecoveryCodesDocument;
  '\n  mutation DisableTwoFactor($input: DisableTwoFactorInput!) {\n    disableTwoFactor(input: $input)\n  }\n': typeof types.DisableTwoFactorDocument;
  '\n  query StructureTwoFactorRequired {\n    structureTwoFactorRequired\n  }\n': typeof types.StructureTwoFactorRequiredDocument;
  '\n  mutation SetStructureTwoFactorRequired($required: Boolean!) {\n    setStructureTwoFactorRequired(required: $required)\n  }\n': typeof types.SetStructureTwoFactorRequiredDocument;
  '\n  query MySessions {\n    mySessions {\n      id\n      createdAt\n      lastSeenAt\n      device\n      address\n      current\n    }\n  }\n': typeof types.MySessionsDocument;
  '\n  mutation EndSession($id: ID!) {\n    endSession(id: $id)\n  }\n': typeof types.EndSessionDocument;
  '\n  mutation EndOtherSessions {\n    endOtherSessions\n  }\n': typeof types.EndOtherSessionsDocument;
  '\n  query AccountLink($token: String!) {\n    accountLink(token: $token) {\n      kind\n      email\n      firstName\n      lastName\n    }\n  }\n': typeof types.AccountLinkDocument;
  '\n  mutation SetPasswordWithLink($input: SetPasswordWithLinkInput!) {\n    setPasswordWithLink(input: $input)\n  }\n': typeof types.SetPasswordWithLinkDocument;
  '\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n': typeof types.RequestPasswordResetDocument;
  '\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n': typeof types.ChangePasswordDocument;
  '\n  query AdminStructures {\n    adminStructures {\n      id\n      name\n      kind\n      siret\n      city\n      departement\n      conventionNumber\n      conventionStartsOn\n      conventionEndsOn\n      annexNumber\n      annexStartsOn\n      annexEndsOn\n      hiringTarget\n      active\n      staffCount\n      updatedAt\n    }\n  }\n': typeof types.AdminStructuresDocument;
  '\n  mutation CreateStructure($input: CreateStructureInput!) {\n    createStructure(input: $input) {\n      id\n      name\n    }\n  }\n': typeof types.CreateStructureDocument;
  '\n  mutation UpdateStructure($input: UpdateStructureInput!) {\n    updateStructure(input: $input) {\n      id\n      name\n      updatedAt\n    }\n  }\n': typeof types.UpdateStructureDocument;
  '\n  mutation SetStructureActive($input: SetStructureActiveInput!) {\n    setStructureActive(input: $input) {\n      id\n      active\n    }\n  }\n': typeof types.SetStructureActiveDocument;
  '\n  query StaffMembers($structureId: ID) {\n    staffMembers(structureId: $structureId) {\n      id\n      email\n      fullName\n      role\n      status\n    }\n  }\n': typeof types.StaffMembersDocument;
  '\n  mutation InviteStaff($input: InviteStaffInput!) {\n    inviteStaff(input: $input) {\n      emailSent\n      link\n      member {\n        id\n        fullName\n      }\n    }\n  }\n': typeof types.InviteStaffDocument;
  '\n  mutation ChangeStaffRole($input: ChangeStaffRoleInput!) {\n    changeStaffRole(input: $input) {\n      id\n      role\n    }\n  }\n': typeof types.ChangeStaffRoleDocument;
  '\n  mutation DeactivateStaff($input: StaffRefInput!) {\n    deactivateStaff(input: $input) {\n      id\n      status\n    }\n  }\n': typeof types.DeactivateStaffDocument;
  '\n  mutation ReactivateStaff($input: StaffRefInput!) {\n    reactivateStaff(input: $input) {\n      id\n      status\n    }\n  }\n': typeof types.ReactivateStaffDocument;
  '\n  mutation RecordPathwayEvent($input: RecordPathwayEventInput!) {\n    recordPathwayEvent(input: $input) {\n      id\n      kind\n      kindLabel\n      occurredOn\n      title\n      notes\n      confidential\n    }\n  }\n': typeof types.RecordPathwayEventDocument;
  '\n  query PersonMissions($id: ID!) {\n    person(id: $id) {\n      id\n      missions {\n        id\n        kind\n        kindLabel\n        site\n        startDate\n        endDate\n        minutes\n        tutorFeedback\n        hoursStatus\n        hoursStatusLabel\n        hoursReviewedAt\n        hoursReviewComment\n        version\n        hostOrganisation {\n          id\n          name\n        }\n        placementStatus {\n          level\n          message\n          minutesInWindow\n        }\n      }\n      placementTotals {\n        hostOrganisationId\n        hostOrganisation {\n          id\n          name\n        }\n        level\n        message\n        minutesInWindow\n        windowStart\n        windowEnd\n      }\n    }\n    partnerOrganisations {\n      id\n      name\n      city\n    }\n  }\n': typeof types.PersonMissionsDocument;
  '\n  mutation RecordMission($input: RecordMissionInput!) {\n    recordMission(input: $input) {\n      id\n      kind\n      kindLabel\n      site\n      startDate\n      endDate\n      minutes\n      tutorFeedback\n      hoursStatus\n      hoursStatusLabel\n      version\n      hostOrganisation {\n        id\n        name\n      }\n      placementStatus {\n        level\n        message\n        minutesInWindow\n      }\n    }\n  }\n': typeof types.RecordMissionDocument;
  '\n  mutation CorrectMissionHours($input: CorrectMissionHoursInput!) {\n    correctMissionHours(input: $input) {\n      id\n      startDate\n      endDate\n      minutes\n      tutorFeedback\n      hoursStatus\n      hoursStatusLabel\n      hoursReviewedAt\n      hoursReviewComment\n      version\n    }\n  }\n': typeof types.CorrectMissionHoursDocument;
  '\n  query PersonNotes($id: ID!) {\n    person(id: $id) {\n      id\n      events {\n        id\n        kind\n        kindLabel\n        occurredOn\n        title\n        notes\n        confidential\n        author {\n          id\n          fullName\n        }\n      }\n    }\n  }\n': typeof types.PersonNotesDocument;
  '\n  query PersonRecruitment($id: ID!) {\n    person(id: $id) {\n      id\n      events {\n        id\n        kind\n        kindLabel\n        occurredOn\n        title\n        notes\n        confidential\n        author {\n          id\n          fullName\n        }\n      }\n      immersions {\n        id\n        hostName\n        hostTutorName\n        objective\n        objectiveLabel\n        startDate\n        endDate\n        days\n        comment\n        hostOrganisation {\n          id\n          name\n        }\n      }\n      missions {\n        id\n        kind\n        kindLabel\n        site\n        startDate\n        endDate\n        minutes\n        tutorFeedback\n        hoursStatus\n        hoursStatusLabel\n        hoursReviewedAt\n        hoursReviewComment\n        version\n        hostOrganisation {\n          id\n          name\n        }\n      }\n      admissionDecisions {\n        id\n        outcome\n        outcomeLabel\n        decidedOn\n        comment\n      }\n      employmentContracts {\n        id\n        kind\n        kindLabel\n        startDate\n        endDate\n        weeklyMinutes\n      }\n    }\n    partnerOrganisations {\n      id\n      name\n      city\n    }\n  }\n': typeof types.PersonRecruitmentDocument;
  '\n  mutation RecordImmersion($input: RecordImmersionInput!) {\n    recordImmersion(input: $input) {\n      id\n      hostName\n      hostTutorName\n      objective\n      objectiveLabel\n      startDate\n      endDate\n      days\n    }\n  }\n': typeof types.RecordImmersionDocument;
  '\n  mutation RecordAdmissionDecision($input: RecordAdmissionDecisionInput!) {\n    recordAdmissionDecision(input: $input) {\n      id\n      outcome\n      outcomeLabel\n      decidedOn\n      comment\n    }\n  }\n': typeof types.RecordAdmissionDecisionDocument;
  '\n  mutation RecordEmploymentContract($input: RecordEmploymentContractInput!) {\n    recordEmploymentContract(input: $input) {\n      id\n      kind\n      kindLabel\n      startDate\n      endDate\n      weeklyMinutes\n    }\n  }\n': typeof types.RecordEmploymentContractDocument;
  '\n  query CollectiveSessions($kind: String, $from: String, $to: String) {\n    collectiveSessions(kind: $kind, from: $from, to: $to) {\n      id\n      kind\n      kindLabel\n      title\n      trainingBody\n      sessionDate\n      plannedMinutes\n      certificationBlockId\n      certificationBlock {\n        id\n        code\n        title\n      }\n      attendances {\n        id\n        minutesAttended\n        absence\n        absenceLabel\n        version\n        person {\n          id\n          firstName\n          lastName\n        }\n      }\n    }\n  }\n': typeof types.CollectiveSessionsDocument;
  '\n  query SessionCertifications {\n    certifications {\n      id\n      title\n      blocks {\n        id\n        code\n        title\n        position\n      }\n    }\n  }\n': typeof types.SessionCertificationsDocument;
  '\n  mutation CreateCollectiveSession($input: CreateCollectiveSessionInput!) {\n    createCollectiveSession(input: $input) {\n      id\n      kind\n      kindLabel\n      title\n      trainingBody\n      sessionDate\n      plannedMinutes\n      certificationBlockId\n    }\n  }\n': typeof types.CreateCollectiveSessionDocument;
  '\n  mutation RecordAttendance($input: RecordAttendanceInput!) {\n    recordAttendance(input: $input) {\n      id\n      plannedMinutes\n      attendances {\n        id\n        minutesAttended\n        absence\n        absenceLabel\n        version\n        person {\n          id\n          firstName\n          lastName\n        }\n      }\n    }\n  }\n': typeof types.RecordAttendanceDocument;
  '\n  query PersonTraining($id: ID!) {\n    person(id: $id) {\n      id\n      trainingHours {\n        plannedMinutes\n        plannedToDateMinutes\n        attendedMinutes\n      }\n      attendances {\n        id\n        minutesAttended\n        absence\n        absenceLabel\n        session {\n          id\n          kind\n          kindLabel\n          title\n          trainingBody\n          sessionDate\n          plannedMinutes\n        }\n      }\n    }\n  }\n': typeof types.PersonTrainingDocument;
  '\n  query PersonTutoring($id: ID!) {\n    person(id: $id) {\n      id\n      targetCertification {\n        id\n        title\n      }\n      tutorings {\n        id\n        startDate\n        endDate\n        active\n        tutor {\n          id\n          fullName\n          side\n          sideLabel\n          jobTitle\n          partnerOrganisation {\n            id\n            name\n          }\n        }\n      }\n      skillsProgress {\n        block {\n          id\n          code\n          title\n          position\n        }\n        level\n        levelLabel\n        evaluatedOn\n        history {\n          level\n          levelLabel\n          evaluatedOn\n          evaluatorName\n        }\n        version\n      }\n      events {\n        id\n        kind\n        kindLabel\n        occurredOn\n        title\n        notes\n        confidential\n        author {\n          id\n          fullName\n        }\n      }\n    }\n    tutors {\n      id\n      fullName\n      side\n      sideLabel\n      jobTitle\n      activeTraineeCount\n      partnerOrganisation {\n        id\n        name\n      }\n    }\n    partnerOrganisations {\n      id\n      name\n      city\n    }\n  }\n': typeof types.PersonTutoringDocument;
  '\n  mutation AssignTutor($input: AssignTutorInput!) {\n    assignTutor(input: $input) {\n      id\n      startDate\n      endDate\n      active\n    }\n  }\n': typeof types.AssignTutorDocument;
  '\n  mutation EndTutoring($input: EndTutoringInput!) {\n    endTutoring(input: $input) {\n      id\n      endDate\n      active\n    }\n  }\n': typeof types.EndTutoringDocument;
  '\n  mutation CreateTutor($input: CreateTutorInput!) {\n    createTutor(input: $input) {\n      id\n      fullName\n      side\n    }\n  }\n': typeof types.CreateTutorDocument;
  '\n  mutation RecordSkillsEvaluation($input: RecordSkillsEvaluationInput!) {\n    recordSkillsEvaluation(input: $input) {\n      id\n      blockId\n      level\n      evaluatedOn\n    }\n  }\n': typeof types.RecordSkillsEvaluationDocument;
  '\n  fragment AdminPartnerReviewerFields on PartnerReviewer {\n    id\n    email\n    firstName\n    lastName\n    fullName\n    active\n    createdAt\n    lastSignedInAt\n  }\n': typeof types.AdminPartnerReviewerFieldsFragmentDoc;
  '\n  fragment AdminPartnerSiteFields on PartnerSite {\n    id\n    name\n    addressLine\n    postalCode\n    city\n    version\n  }\n': typeof types.AdminPartnerSiteFieldsFragmentDoc;
  '\n  fragment AdminPartnerOrganisationFields on AdminPartnerOrganisation {\n    id\n    name\n    kind\n    siret\n    city\n    updatedAt\n    sites {\n      ...AdminPartnerSiteFields\n    }\n    reviewers {\n      ...AdminPartnerReviewerFields\n    }\n  }\n': typeof types.AdminPartnerOrganisationFieldsFragmentDoc;
  '\n  query AdminPartnerOrganisations {\n    adminPartnerOrganisations {\n      ...AdminPartnerOrganisationFields\n    }\n  }\n': typeof types.AdminPartnerOrganisationsDocument;
  '\n  mutation CreatePartnerOrganisation($input: CreatePartnerOrganisationInput!) {\n    createPartnerOrganisation(input: $input) {\n      ...AdminPartnerOrganisationFields\n    }\n  }\n': typeof types.CreatePartnerOrganisationDocument;
  '\n  mutation UpdatePartnerOrganisation($input: UpdatePartnerOrganisationInput!) {\n    updatePartnerOrganisation(input: $input) {\n      ...AdminPartnerOrganisationFields\n    }\n  }\n': typeof types.UpdatePartnerOrganisationDocument;
  '\n  mutation AddPartnerSite($input: AddPartnerSiteInput!) {\n    addPartnerSite(input: $input) {\n      ...AdminPartnerSiteFields\n    }\n  }\n': typeof types.AddPartnerSiteDocument;
  '\n  mutation UpdatePartnerSite($input: UpdatePartnerSiteInput!) {\n    updatePartnerSite(input: $input) {\n      ...AdminPartnerSiteFields\n    }\n  }\n': typeof types.UpdatePartnerSiteDocument;
  '\n  mutation CreatePartnerReviewer($input: CreatePartnerReviewerInput!) {\n    createPartnerReviewer(input: $input) {\n      initialPassword\n      reviewer {\n        ...AdminPartnerReviewerFields\n      }\n    }\n  }\n': typeof types.CreatePartnerReviewerDocument;
  '\n  mutation DeactivatePartnerReviewer($input: DeactivatePartnerReviewerInput!) {\n    deactivatePartnerReviewer(input: $input) {\n      ...AdminPartnerReviewerFields\n    }\n  }\n': typeof types.DeactivatePartnerReviewerDocument;
  '\n  mutation ReactivatePartnerReviewer($input: ReactivatePartnerReviewerInput!) {\n    reactivatePartnerReviewer(input: $input) {\n      initialPassword\n      reviewer {\n        ...AdminPartnerReviewerFields\n      }\n    }\n  }\n': typeof types.ReactivatePartnerReviewerDocument;
  '\n  mutation ResetPartnerReviewerPassword($input: ResetPartnerReviewerPasswordInput!) {\n    resetPartnerReviewerPassword(input: $input) {\n      initialPassword\n      reviewer {\n        ...AdminPartnerReviewerFields\n      }\n    }\n  }\n': typeof types.ResetPartnerReviewerPasswordDocument;
  '\n  query PersonAuditLog($personId: ID!, $first: Int, $offset: Int) {\n    personAuditLog(personId: $personId, first: $first, offset: $offset) {\n      totalCount\n      items {\n        id\n        occurredAt\n        action\n        actionLabel\n        actorLabel\n        actorRole\n        actorRoleLabel\n        actorOrganisation\n        subjectType\n        details\n      }\n    }\n  }\n': typeof types.PersonAuditLogDocument;
  '\n  query Me {\n    me {\n      id\n      firstName\n      lastName\n      fullName\n      email\n      role\n      permissions\n      mustChangePassword\n      structure {\n        id\n        name\n        kind\n        city\n      }\n      partnerOrganisation {\n        id\n        name\n      }\n      twoFactorEnrolmentRequired\n    }\n  }\n': typeof types.MeDocument;
  '\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      fullName\n    }\n  }\n': typeof types.SignInDocument;
  '\n  mutation SignOut {\n    signOut\n  }\n': typeof types.SignOutDocument;
  '\n  mutation VerifyTwoFactorSignIn($input: TwoFactorCodeInput!) {\n    verifyTwoFactorSignIn(input: $input) {\n      id\n      fullName\n    }\n  }\n': typeof types.VerifyTwoFactorSignInDocument;
  '\n  query PersonContracts($id: ID!) {\n    person(id: $id) {\n      id\n      stage\n      targetCertification {\n        id\n        title\n      }\n      professionalisationContracts {\n        id\n        personId\n        version\n        status\n        statusLabel\n        cerfaKind\n        cerfaKindLabel\n        form\n        formLabel\n        publicCategory\n        publicCategoryLabel\n        employerSiret\n        workplaceSiret\n        collectiveAgreement\n        jobTitle\n        franceTravailId\n        startDate\n        endDate\n        trialPeriodDays\n        weeklyMinutes\n        grossMonthlyPayCents\n        certificationId\n        certification {\n          id\n          title\n          rncpCode\n        }\n        trainingBodyName\n        trainingBodySiret\n        plannedTrainingMinutes\n        branchAgreementReference\n        branchAgreementMaxTrainingPercent\n        structureTutorId\n        structureTutor {\n          id\n          fullName\n        }\n        hostTutorId\n        hostTutor {\n          id\n          fullName\n          partnerOrganisation {\n            id\n            name\n          }\n        }\n        hostTutorExperienceMonths\n        hostTutorIsEmployer\n        opcoFunderId\n        opcoFunder {\n          id\n          name\n          hourlyRateCents\n        }\n        opcoFileNumber\n        hourlyRateCents\n        depositDueOn\n        submittedOn\n        decisionDueOn\n        opcoDecision\n        opcoDecisionLabel\n        opcoDecidedOn\n        opcoRefusalReason\n        completedOn\n        brokenOn\n        breakReason\n        breakReasonLabel\n        breakComment\n        renewalReason\n        renewalReasonLabel\n        renewedFromId\n        checks {\n          code\n          field\n          severity\n          message\n        }\n        canSubmit\n        progress {\n          plannedMinutes\n          attendedMinutes\n          expectedMinutesToDate\n          elapsedPercent\n          attendedPercent\n          behind\n          justifiedMinutes\n          hourlyRateCents\n          opcoAmountCents\n        }\n        breakFollowUp {\n          id\n          dueOn\n          opcoInformedOn\n          reorientation\n          closedOn\n          version\n        }\n      }\n    }\n  }\n': typeof types.PersonContractsDocument;
  '\n  query ContractFormOptions {\n    certifications {\n      id\n      title\n      rncpCode\n      level\n    }\n    tutors {\n      id\n      fullName\n      side\n      jobTitle\n      activeTraineeCount\n      partnerOrganisation {\n        id\n        name\n      }\n    }\n  }\n': typeof types.ContractFormOptionsDocument;
  '\n  query ContractFunders {\n    funders {\n      id\n      kind\n      name\n      hourlyRateCents\n    }\n  }\n': typeof types.ContractFundersDocument;
  '\n  mutation CreateProfessionalisationContract($input: CreateProfessionalisationContractInput!) {\n    createProfessionalisationContract(input: $input) {\n      id\n      version\n      status\n      canSubmit\n    }\n  }\n': typeof types.CreateProfessionalisationContractDocument;
  '\n  mutation UpdateProfessionalisationContract($input: UpdateProfessionalisationContractInput!) {\n    updateProfessionalisationContract(input: $input) {\n      id\n      version\n      status\n      canSubmit\n    }\n  }\n': typeof types.UpdateProfessionalisationContractDocument;
  '\n  mutation SubmitProfessionalisationContract($input: SubmitProfessionalisationContractInput!) {\n    submitProfessionalisationContract(input: $input) {\n      id\n      version\n      status\n      submittedOn\n      decisionDueOn\n    }\n  }\n': typeof types.SubmitProfessionalisationContractDocument;
  '\n  mutation RecordOpcoDecision($input: RecordOpcoDecisionInput!) {\n    recordOpcoDecision(input: $input) {\n      id\n      version\n      status\n      opcoDecision\n      opcoDecidedOn\n    }\n  }\n': typeof types.RecordOpcoDecisionDocument;
  '\n  mutation StartProfessionalisationContract($input: StartProfessionalisationContractInput!) {\n    startProfessionalisationContract(input: $input) {\n      id\n      version\n      status\n    }\n  }\n': typeof types.StartProfessionalisationContractDocument;
  '\n  mutation CompleteProfessionalisationContract($input: CompleteProfessionalisationContractInput!) {\n    completeProfessionalisationContract(input: $input) {\n      id\n      version\n      status\n      completedOn\n    }\n  }\n': typeof types.CompleteProfessionalisationContractDocument;
  '\n  mutation BreakProfessionalisationContract($input: BreakProfessionalisationContractInput!) {\n    breakProfessionalisationContract(input: $input) {\n      id\n      version\n      status\n      brokenOn\n    }\n  }\n': typeof types.BreakProfessionalisationContractDocument;
  '\n  mutation UpdateContractBreakFollowUp($input: UpdateContractBreakFollowUpInput!) {\n    updateContractBreakFollowUp(input: $input) {\n      id\n      version\n      status\n    }\n  }\n': typeof types.UpdateContractBreakFollowUpDocument;
  '\n  mutation RenewProfessionalisationContract($input: RenewProfessionalisationContractInput!) {\n    renewProfessionalisationContract(input: $input) {\n      id\n      version\n      status\n      renewedFromId\n    }\n  }\n': typeof types.RenewProfessionalisationContractDocument;
  '\n  query Dashboard($periodStart: String!, $periodEnd: String!, $structureId: ID) {\n    dashboard(periodStart: $periodStart, periodEnd: $periodEnd, structureId: $structureId) {\n      periodStart\n      periodEnd\n      structureName\n      sections {\n        title\n        figures {\n          code\n          label\n          value\n          unit\n          targetValue\n          targetLabel\n          percentValue\n          percentOf\n          definition\n          drillable\n          parts {\n            role\n            code\n            label\n            value\n            unit\n            definition\n            drillable\n          }\n        }\n        charts {\n          code\n          kind\n          title\n          unit\n          categories\n          series {\n            label\n            values\n            links {\n              code\n              label\n              month\n              periodStart\n              periodEnd\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.DashboardDocument;
  '\n  query DashboardRecords(\n    $code: String!\n    $periodStart: String!\n    $periodEnd: String!\n    $month: String\n    $first: Int\n    $offset: Int\n  ) {\n    dashboardRecords(\n      code: $code\n      periodStart: $periodStart\n      periodEnd: $periodEnd\n      month: $month\n      first: $first\n      offset: $offset\n    ) {\n      code\n      label\n      periodStart\n      periodEnd\n      month\n      totalCount\n      items {\n        personId\n        label\n        date\n        value\n        unit\n        detail\n      }\n    }\n  }\n': typeof types.DashboardRecordsDocument;
  '\n  query StructureTargets {\n    structureTargets {\n      id\n      year\n      dynamicExitRateBp\n      durableEmploymentRateBp\n      version\n    }\n  }\n': typeof types.StructureTargetsDocument;
  '\n  mutation SetStructureTarget($input: SetStructureTargetInput!) {\n    setStructureTarget(input: $input) {\n      id\n      year\n      dynamicExitRateBp\n      durableEmploymentRateBp\n      version\n    }\n  }\n': typeof types.SetStructureTargetDocument;
  '\n  query DashboardStructures {\n    dashboardStructures {\n      id\n      name\n    }\n  }\n': typeof types.DashboardStructuresDocument;
  '\n  query FundableSources($filter: FundableSourcesFilter!) {\n    fundableSources(filter: $filter) {\n      sourceKind\n      sourceId\n      date\n      label\n      personId\n      personName\n      unit\n      totalQuantity\n      allocatedQuantity\n      remainingQuantity\n      allocations {\n        agreementId\n        agreementReference\n        quantity\n      }\n      version\n    }\n  }\n': typeof types.FundableSourcesDocument;
  '\n  mutation AllocateFunding($input: AllocateFundingInput!) {\n    allocateFunding(input: $input) {\n      id\n      version\n      consumption {\n        allocatedMinutes\n        chargedCents\n        fundedCents\n        grantedCents\n        remainingCents\n        consumedPercent\n      }\n    }\n  }\n': typeof types.AllocateFundingDocument;
  '\n  mutation RemoveFundingAllocation($input: RemoveFundingAllocationInput!) {\n    removeFundingAllocation(input: $input) {\n      id\n      version\n    }\n  }\n': typeof types.RemoveFundingAllocationDocument;
  '\n  mutation RecordStaffTime($input: RecordStaffTimeInput!) {\n    recordStaffTime(input: $input) {\n      sourceKind\n      sourceId\n      date\n      label\n      personName\n      unit\n      totalQuantity\n    }\n  }\n': typeof types.RecordStaffTimeDocument;
  '\n  mutation RecordExpense($input: RecordExpenseInput!) {\n    recordExpense(input: $input) {\n      sourceKind\n      sourceId\n      date\n      label\n      unit\n      totalQuantity\n    }\n  }\n': typeof types.RecordExpenseDocument;
  '\n  fragment FseParticipantFields on FseParticipant {\n    id\n    agreementId\n    personId\n    personName\n    version\n    entryDate\n    gender\n    labourMarketStatus\n    iscedLevel\n    birthYear\n    situations\n    situationsAnswered\n    exitDate\n    exitSituation\n    sixMonthsCheckedOn\n    sixMonthsEmployed\n    sixMonthsImprovedSituation\n    missing\n    complete\n  }\n': typeof types.FseParticipantFieldsFragmentDoc;
  '\n  query FseParticipants($id: ID!) {\n    fundingAgreement(id: $id) {\n      id\n      reference\n      participants {\n        ...FseParticipantFields\n      }\n    }\n  }\n': typeof types.FseParticipantsDocument;
  '\n  mutation EnrolFseParticipant($input: EnrolFseParticipantInput!) {\n    enrolFseParticipant(input: $input) {\n      ...FseParticipantFields\n    }\n  }\n': typeof types.EnrolFseParticipantDocument;
  '\n  mutation UpdateFseParticipant($input: UpdateFseParticipantInput!) {\n    updateFseParticipant(input: $input) {\n      ...FseParticipantFields\n    }\n  }\n': typeof types.UpdateFseParticipantDocument;
  '\n  query FseParticipantsCsv($agreementId: ID!) {\n    fseParticipantsCsv(agreementId: $agreementId) {\n      filename\n      content\n    }\n  }\n': typeof types.FseParticipantsCsvDocument;
  '\n  fragment AgreementConsumptionFields on AgreementConsumption {\n    allocatedMinutes\n    chargedCents\n    fundedCents\n    grantedCents\n    remainingCents\n    consumedPercent\n  }\n': typeof types.AgreementConsumptionFieldsFragmentDoc;
  '\n  query Funders {\n    funders {\n      id\n      kind\n      kindLabel\n      name\n      hourlyRateCents\n      contactEmail\n      version\n      agreements {\n        id\n        reference\n        title\n        startDate\n        endDate\n        amountGrantedCents\n        coFinancingRateBp\n        sourceKinds\n        consumption {\n          ...AgreementConsumptionFields\n        }\n      }\n    }\n  }\n': typeof types.FundersDocument;
  '\n  query FundingAgreement($id: ID!) {\n    fundingAgreement(id: $id) {\n      id\n      version\n      funderId\n      funder {\n        id\n        kind\n        kindLabel\n        name\n        hourlyRateCents\n      }\n      reference\n      title\n      startDate\n      endDate\n      amountGrantedCents\n      coFinancingRateBp\n      hourlyRateCents\n      sourceKinds\n      scope\n      indicators\n      indicatorLabels\n      consumption {\n        ...AgreementConsumptionFields\n      }\n    }\n  }\n': typeof types.FundingAgreementDocument;
  '\n  query FundingAllocations($id: ID!, $first: Int) {\n    fundingAgreement(id: $id) {\n      id\n      reference\n      allocations(first: $first) {\n        id\n        agreementId\n        sourceKind\n        sourceKindLabel\n        sourceId\n        quantity\n        unit\n        sourceDate\n        sourceLabel\n        personName\n        version\n      }\n    }\n  }\n': typeof types.FundingAllocationsDocument;
  '\n  mutation CreateFunder($input: CreateFunderInput!) {\n    createFunder(input: $input) {\n      id\n      name\n      kind\n      kindLabel\n      hourlyRateCents\n      contactEmail\n      version\n    }\n  }\n': typeof types.CreateFunderDocument;
  '\n  mutation UpdateFunder($input: UpdateFunderInput!) {\n    updateFunder(input: $input) {\n      id\n      name\n      kind\n      kindLabel\n      hourlyRateCents\n      contactEmail\n      version\n    }\n  }\n': typeof types.UpdateFunderDocument;
  '\n  mutation CreateFundingAgreement($input: CreateFundingAgreementInput!) {\n    createFundingAgreement(input: $input) {\n      id\n      reference\n      title\n      version\n    }\n  }\n': typeof types.CreateFundingAgreementDocument;
  '\n  mutation UpdateFundingAgreement($input: UpdateFundingAgreementInput!) {\n    updateFundingAgreement(input: $input) {\n      id\n      reference\n      title\n      version\n    }\n  }\n': typeof types.UpdateFundingAgreementDocument;
  '\n  query ImportUpload($id: ID!) {\n    importUpload(id: $id) {\n      id\n      fileName\n      format\n      encoding\n      delimiter\n      headers\n      proposedMapping\n      rowCount\n      sampleRows\n    }\n  }\n': typeof types.ImportUploadDocument;
  '\n  fragment ImportRowFields on ImportRow {\n    line\n    outcome\n    outcomeLabel\n    name\n    personId\n    changes\n    problems {\n      column\n      message\n    }\n    notes {\n      column\n      message\n    }\n  }\n': typeof types.ImportRowFieldsFragmentDoc;
  '\n  mutation DryRunImport($input: RunImportInput!) {\n    dryRunImport(input: $input) {\n      counts {\n        created\n        completed\n        unchanged\n        refused\n      }\n      rows {\n        ...ImportRowFields\n      }\n    }\n  }\n': typeof types.DryRunImportDocument;
  '\n  mutation RunImport($input: RunImportInput!) {\n    runImport(input: $input) {\n      counts {\n        created\n        completed\n        unchanged\n        refused\n      }\n      rows {\n        ...ImportRowFields\n      }\n      log {\n        id\n      }\n    }\n  }\n': typeof types.RunImportDocument;
  '\n  query ImportLogs {\n    importLogs {\n      id\n      fileName\n      sha256\n      createdAt\n      importedByName\n      counts {\n        created\n        completed\n        unchanged\n        refused\n      }\n    }\n  }\n': typeof types.ImportLogsDocument;
  '\n  query LesEmploisLink {\n    lesEmploisLink {\n      linked\n      keyConfigured\n      apiUrl\n      tokenEnd\n      linkedAt\n      linkedByName\n    }\n  }\n': typeof types.LesEmploisLinkDocument;
  '\n  mutation LinkLesEmplois($token: String!) {\n    linkLesEmplois(token: $token) {\n      linked\n      keyConfigured\n      apiUrl\n      tokenEnd\n      linkedAt\n      linkedByName\n    }\n  }\n': typeof types.LinkLesEmploisDocument;
  '\n  mutation UnlinkLesEmplois {\n    unlinkLesEmplois {\n      linked\n      keyConfigured\n      apiUrl\n      tokenEnd\n      linkedAt\n      linkedByName\n    }\n  }\n': typeof types.UnlinkLesEmploisDocument;
  '\n  mutation SyncLesEmplois {\n    syncLesEmplois {\n      counts {\n        created\n        completed\n        unchanged\n        refused\n      }\n      rows {\n        ...ImportRowFields\n      }\n      log {\n        id\n      }\n    }\n  }\n': typeof types.SyncLesEmploisDocument;
  '\n  query PersonIntake($id: ID!) {\n    person(id: $id) {\n      id\n      version\n      informationGivenOn\n      consentGivenOn\n      referral {\n        id\n        version\n        prescriberKind\n        prescriberKindLabel\n        prescriberMasked\n        prescriberOrganisation\n        prescriberContactName\n        prescriberContactPhone\n        prescriberContactEmail\n        referredOn\n      }\n      eligibilityDiagnoses {\n        id\n        author\n        authorLabel\n        authorName\n        diagnosedOn\n        validUntil\n        valid\n        expiredProofCount\n        criteriaWithheld\n        criteria {\n          code\n          label\n          level\n          sensitive\n          proofLabel\n          proofReference\n          proofDate\n          proofExpiresOn\n          proofExpired\n        }\n      }\n      passIae {\n        id\n        version\n        number\n        startDate\n        endDate\n        officialEndDate\n        computedEndDate\n        waitingPeriodEndsOn\n        status\n        statusLabel\n        suspensions {\n          id\n          startDate\n          endDate\n          reason\n          reasonLabel\n        }\n        prolongations {\n          id\n          requestedOn\n          startDate\n          endDate\n          days\n          reason\n          reasonLabel\n        }\n      }\n      employmentContracts {\n        id\n        startDate\n      }\n    }\n  }\n': typeof types.PersonIntakeDocument;
  '\n  mutation RecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      id\n      version\n      informationGivenOn\n      consentGivenOn\n    }\n  }\n': typeof types.RecordConsentDocument;
  '\n  mutation RecordReferral($input: RecordReferralInput!) {\n    recordReferral(input: $input) {\n      id\n      version\n    }\n  }\n': typeof types.RecordReferralDocument;
  '\n  mutation RecordEligibilityDiagnosis($input: RecordEligibilityDiagnosisInput!) {\n    recordEligibilityDiagnosis(input: $input) {\n      id\n      valid\n      validUntil\n    }\n  }\n': typeof types.RecordEligibilityDiagnosisDocument;
  '\n  mutation RecordPassIae($input: RecordPassIaeInput!) {\n    recordPassIae(input: $input) {\n      id\n      version\n      endDate\n    }\n  }\n': typeof types.RecordPassIaeDocument;
  '\n  mutation SuspendPassIae($input: SuspendPassIaeInput!) {\n    suspendPassIae(input: $input) {\n      id\n      version\n      endDate\n    }\n  }\n': typeof types.SuspendPassIaeDocument;
  '\n  mutation ProlongPassIae($input: ProlongPassIaeInput!) {\n    prolongPassIae(input: $input) {\n      id\n      version\n      endDate\n    }\n  }\n': typeof types.ProlongPassIaeDocument;
  '\n  fragment NotificationFields on Notification {\n    id\n    kind\n    title\n    body\n    link\n    createdAt\n    readAt\n  }\n': typeof types.NotificationFieldsFragmentDoc;
  '\n  query Notifications($first: Int) {\n    notifications(first: $first) {\n      unreadCount\n      items {\n        ...NotificationFields\n      }\n    }\n  }\n': typeof types.NotificationsDocument;
  '\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) {\n      unreadCount\n      items {\n        ...NotificationFields\n      }\n    }\n  }\n': typeof types.MarkNotificationsReadDocument;
  '\n  query PersonCertification($id: ID!) {\n    person(id: $id) {\n      id\n      version\n      certificationOutcome\n      certificationOutcomeLabel\n      targetCertification {\n        id\n        title\n        rncpCode\n        level\n        certifier\n        blocks {\n          id\n          code\n          title\n          position\n        }\n      }\n      examSessions {\n        id\n        sessionDate\n        centre\n        outcome\n        outcomeLabel\n        certification {\n          id\n          title\n        }\n        results {\n          block {\n            id\n            code\n            title\n          }\n          result\n          resultLabel\n        }\n      }\n    }\n    certifications {\n      id\n      title\n      rncpCode\n      level\n      certifier\n    }\n  }\n': typeof types.PersonCertificationDocument;
  '\n  mutation SetTargetCertification($input: SetTargetCertificationInput!) {\n    setTargetCertification(input: $input) {\n      id\n      version\n    }\n  }\n': typeof types.SetTargetCertificationDocument;
  '\n  mutation RecordExamSession($input: RecordExamSessionInput!) {\n    recordExamSession(input: $input) {\n      id\n      outcome\n    }\n  }\n': typeof types.RecordExamSessionDocument;
  '\n  fragment ExitPresenceFields on ExitPresence {\n    counts\n    explanation\n    rule\n    ruleKind\n    exitDate\n    contractStart\n    annex {\n      reference\n      startDate\n      endDate\n    }\n    minutesWorked\n    hours {\n      source\n      id\n      kindLabel\n      startDate\n      endDate\n      minutes\n      label\n      place\n    }\n  }\n': typeof types.ExitPresenceFieldsFragmentDoc;
  '\n  query PersonExit($id: ID!) {\n    person(id: $id) {\n      id\n      stage\n      hires {\n        id\n        employerName\n        employerOrganisation {\n          id\n          name\n        }\n        contractType\n        contractTypeLabel\n        startDate\n        weeklyMinutes\n        jobTitle\n        retentionChecks {\n          id\n          monthsAfter\n          checkedOn\n          stillEmployed\n          comment\n        }\n        nextRetentionCheck {\n          monthsAfter\n          dueOn\n        }\n      }\n      exit {\n        id\n        exitDate\n        reason\n        reasonLabel\n        category\n        categoryLabel\n        counts\n        presenceExplanation\n        minutesWorked\n        contractStart\n        comment\n        warnings\n        presence {\n          ...ExitPresenceFields\n        }\n      }\n    }\n    partnerOrganisations {\n      id\n      name\n      city\n    }\n  }\n': typeof types.PersonExitDocument;
  '\n  mutation RecordHire($input: RecordHireInput!) {\n    recordHire(input: $input) {\n      id\n    }\n  }\n': typeof types.RecordHireDocument;
  '\n  mutation RecordRetentionCheck($input: RecordRetentionCheckInput!) {\n    recordRetentionCheck(input: $input) {\n      id\n      retentionChecks {\n        id\n        monthsAfter\n        checkedOn\n        stillEmployed\n      }\n      nextRetentionCheck {\n        monthsAfter\n        dueOn\n      }\n    }\n  }\n': typeof types.RecordRetentionCheckDocument;
  '\n  mutation RecordExit($input: RecordExitInput!) {\n    recordExit(input: $input) {\n      id\n      exitDate\n      counts\n    }\n  }\n': typeof types.RecordExitDocument;
  '\n  query PersonExitPreview($id: ID!, $exitDate: String!, $reason: String) {\n    person(id: $id) {\n      id\n      exitPreview(exitDate: $exitDate, reason: $reason) {\n        presence {\n          ...ExitPresenceFields\n        }\n        errors {\n          field\n          message\n        }\n        warnings\n      }\n    }\n  }\n': typeof types.PersonExitPreviewDocument;
  '\n  fragment HiringProgressFields on HiringProgress {\n    year\n    target\n    hires\n    ownHires\n    rateBp\n    shared\n    groupName\n    sharedWith\n  }\n': typeof types.HiringProgressFieldsFragmentDoc;
  '\n  fragment PartnershipFields on Partnership {\n    id\n    version\n    startedOn\n    endedOn\n    partnerOrganisation {\n      id\n      name\n      city\n      kind\n    }\n    sites {\n      id\n      name\n      city\n    }\n    hiringTargets {\n      id\n      year\n      hires\n      version\n    }\n    group {\n      id\n      name\n    }\n    progress {\n      ...HiringProgressFields\n    }\n  }\n': typeof types.PartnershipFieldsFragmentDoc;
  '\n  fragment PartnershipGroupFields on PartnershipGroup {\n    id\n    name\n    version\n    partnerships {\n      id\n      partnerOrganisation {\n        id\n        name\n      }\n    }\n    hiringTargets {\n      id\n      year\n      hires\n      version\n    }\n    progress {\n      ...HiringProgressFields\n    }\n  }\n': typeof types.PartnershipGroupFieldsFragmentDoc;
  '\n  fragment PartnerHiringNeedFields on HiringNeed {\n    id\n    version\n    partnerOrganisation {\n      id\n      name\n    }\n    site {\n      id\n      name\n      city\n    }\n    jobTitle\n    positions\n    startDate\n    requirements\n    status\n    statusLabel\n    enteredByPartner\n  }\n': typeof types.PartnerHiringNeedFieldsFragmentDoc;
  '\n  query Partnerships {\n    partnerships {\n      ...PartnershipFields\n    }\n    partnershipGroups {\n      ...PartnershipGroupFields\n    }\n  }\n': typeof types.PartnershipsDocument;
  '\n  query PartnershipCandidates {\n    partnerOrganisations {\n      id\n      name\n      city\n      kind\n    }\n  }\n': typeof types.PartnershipCandidatesDocument;
  '\n  query PartnersHiringNeeds($partnerOrganisationId: ID, $status: String) {\n    hiringNeeds(partnerOrganisationId: $partnerOrganisationId, status: $status) {\n      ...PartnerHiringNeedFields\n    }\n  }\n': typeof types.PartnersHiringNeedsDocument;
  '\n  mutation SavePartnership($input: SavePartnershipInput!) {\n    savePartnership(input: $input) {\n      ...PartnershipFields\n    }\n  }\n': typeof types.SavePartnershipDocument;
  '\n  mutation SetHiringTarget($input: SetHiringTargetInput!) {\n    setHiringTarget(input: $input) {\n      ...PartnershipFields\n    }\n  }\n': typeof types.SetHiringTargetDocument;
  '\n  mutation CreateHiringNeed($input: CreateHiringNeedInput!) {\n    createHiringNeed(input: $input) {\n      ...PartnerHiringNeedFields\n    }\n  }\n': typeof types.CreateHiringNeedDocument;
  '\n  mutation UpdateHiringNeed($input: UpdateHiringNeedInput!) {\n    updateHiringNeed(input: $input) {\n      ...PartnerHiringNeedFields\n    }\n  }\n': typeof types.UpdateHiringNeedDocument;
  '\n  mutation SavePartnershipGroup($input: SavePartnershipGroupInput!) {\n    savePartnershipGroup(input: $input) {\n      ...PartnershipGroupFields\n    }\n  }\n': typeof types.SavePartnershipGroupDocument;
  '\n  mutation DeletePartnershipGroup($input: DeletePartnershipGroupInput!) {\n    deletePartnershipGroup(input: $input) {\n      ...PartnershipFields\n    }\n  }\n': typeof types.DeletePartnershipGroupDocument;
  '\n  mutation SetSharedHiringTarget($input: SetSharedHiringTargetInput!) {\n    setSharedHiringTarget(input: $input) {\n      ...PartnershipGroupFields\n    }\n  }\n': typeof types.SetSharedHiringTargetDocument;
  '\n  query PersonHeader($id: ID!) {\n    person(id: $id) {\n      id\n      firstName\n      lastName\n      age\n      stage\n      version\n      counsellor {\n        id\n        fullName\n      }\n      passIae {\n        id\n        endDate\n        statusLabel\n      }\n      alerts {\n        code\n        label\n        severity\n        message\n        dueDate\n      }\n    }\n  }\n': typeof types.PersonHeaderDocument;
  '\n  query PersonPathway($id: ID!) {\n    person(id: $id) {\n      id\n      stage\n      version\n      nextStageGate {\n        toStage\n        missing\n      }\n      stageHistory {\n        id\n        fromStage\n        toStage\n        effectiveOn\n        reason\n        overrideReason\n        missingEvidence\n        author {\n          id\n          fullName\n        }\n      }\n      timeline {\n        id\n        date\n        kind\n        kindLabel\n        title\n        detail\n        confidential\n      }\n    }\n  }\n': typeof types.PersonPathwayDocument;
  '\n  mutation ChangeStage($input: ChangeStageInput!) {\n    changeStage(input: $input) {\n      id\n      stage\n      version\n    }\n  }\n': typeof types.ChangeStageDocument;
  '\n  query PersonSearch($search: String!) {\n    persons(filter: { search: $search }, first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          firstName\n          lastName\n          counsellor {\n            id\n            fullName\n          }\n        }\n      }\n    }\n  }\n': typeof types.PersonSearchDocument;
  '\n  query Persons($filter: PersonFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    persons(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          firstName\n          lastName\n          age\n          stage\n          city\n          counsellor {\n            id\n            fullName\n          }\n          nextDeadline\n          alerts {\n            code\n            label\n            severity\n            message\n          }\n        }\n      }\n    }\n  }\n': typeof types.PersonsDocument;
  '\n  query Person($id: ID!) {\n    person(id: $id) {\n      id\n      version\n      firstName\n      lastName\n      birthDate\n      age\n      sex\n      stage\n      email\n      phone\n      addressLine\n      postalCode\n      city\n      counsellor {\n        id\n        fullName\n      }\n      updatedAt\n    }\n  }\n': typeof types.PersonDocument;
  '\n  query Counsellors {\n    counsellors {\n      id\n      fullName\n      role\n    }\n  }\n': typeof types.CounsellorsDocument;
  '\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      id\n      firstName\n      lastName\n    }\n  }\n': typeof types.CreatePersonDocument;
  '\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      id\n      version\n      firstName\n      lastName\n      birthDate\n      age\n      sex\n      stage\n      email\n      phone\n      addressLine\n      postalCode\n      city\n      counsellor {\n        id\n        fullName\n      }\n      updatedAt\n    }\n  }\n': typeof types.UpdatePersonDocument;
  '\n  fragment PortalHiringNeedFields on HiringNeed {\n    id\n    jobTitle\n    positions\n    startDate\n    requirements\n    status\n    statusLabel\n    enteredByPartner\n    sharedWithPartners\n    version\n    site {\n      id\n      name\n      city\n    }\n  }\n': typeof types.PortalHiringNeedFieldsFragmentDoc;
  '\n  fragment PortalProposalFields on PortalProposal {\n    id\n    status\n    statusLabel\n    proposedAt\n    structureName\n    traineeName\n    certificationTitle\n    decidedAt\n    declineReason\n    declineReasonLabel\n    decisionComment\n    version\n    hiringNeed {\n      id\n      jobTitle\n      startDate\n      site {\n        id\n        name\n        city\n      }\n    }\n  }\n': typeof types.PortalProposalFieldsFragmentDoc;
  '\n  fragment PortalMissionFields on PortalMission {\n    id\n    structureName\n    kindLabel\n    site\n    startDate\n    endDate\n    minutes\n    hoursStatus\n    hoursStatusLabel\n    hoursReviewComment\n    hoursReviewedAt\n    traineeName\n    version\n  }\n': typeof types.PortalMissionFieldsFragmentDoc;
  '\n  query PortalOverview($year: Int) {\n    portalOverview(year: $year) {\n      organisationName\n      proposalsAwaitingDecision\n      hoursAwaitingConfirmation\n      progress {\n        ...HiringProgressFields\n      }\n      partnerships {\n        structureName\n        progress {\n          ...HiringProgressFields\n        }\n      }\n    }\n  }\n': typeof types.PortalOverviewDocument;
  '\n  query PortalProposals($status: [String!], $first: Int, $offset: Int) {\n    portalProposals(status: $status, first: $first, offset: $offset) {\n      totalCount\n      items {\n        ...PortalProposalFields\n      }\n    }\n  }\n': typeof types.PortalProposalsDocument;
  '\n  query PortalMissions($hoursStatus: [String!], $first: Int, $offset: Int) {\n    portalMissions(hoursStatus: $hoursStatus, first: $first, offset: $offset) {\n      totalCount\n      items {\n        ...PortalMissionFields\n      }\n    }\n  }\n': typeof types.PortalMissionsDocument;
  '\n  query PortalHiringNeeds($status: String) {\n    portalHiringNeeds(status: $status) {\n      ...PortalHiringNeedFields\n    }\n  }\n': typeof types.PortalHiringNeedsDocument;
  '\n  query PortalSites {\n    portalSites {\n      id\n      name\n      addressLine\n      postalCode\n      city\n      version\n    }\n  }\n': typeof types.PortalSitesDocument;
  '\n  fragment PortalProposalEventFields on ProposalEvent {\n    id\n    kind\n    kindLabel\n    occurredAt\n    actorLabel\n    reason\n    reasonLabel\n    comment\n  }\n': typeof types.PortalProposalEventFieldsFragmentDoc;
  '\n  query PortalProposal($id: ID!) {\n    portalProposal(id: $id) {\n      proposal {\n        ...PortalProposalFields\n      }\n      card {\n        ...TraineeCardFields\n      }\n      events {\n        ...PortalProposalEventFields\n      }\n    }\n  }\n': typeof types.PortalProposalDocument;
  '\n  mutation PortalDecideProposal($input: DecideProposalInput!) {\n    portalDecideProposal(input: $input) {\n      proposal {\n        ...PortalProposalFields\n      }\n      card {\n        ...TraineeCardFields\n      }\n      events {\n        ...PortalProposalEventFields\n      }\n    }\n  }\n': typeof types.PortalDecideProposalDocument;
  '\n  mutation PortalConfirmMissionHours($input: ConfirmMissionHoursInput!) {\n    portalConfirmMissionHours(input: $input) {\n      ...PortalMissionFields\n    }\n  }\n': typeof types.PortalConfirmMissionHoursDocument;
  '\n  mutation PortalDisputeMissionHours($input: DisputeMissionHoursInput!) {\n    portalDisputeMissionHours(input: $input) {\n      ...PortalMissionFields\n    }\n  }\n': typeof types.PortalDisputeMissionHoursDocument;
  '\n  mutation PortalCreateHiringNeed($input: PortalCreateHiringNeedInput!) {\n    portalCreateHiringNeed(input: $input) {\n      ...PortalHiringNeedFields\n    }\n  }\n': typeof types.PortalCreateHiringNeedDocument;
  '\n  mutation PortalUpdateHiringNeed($input: UpdateHiringNeedInput!) {\n    portalUpdateHiringNeed(input: $input) {\n      ...PortalHiringNeedFields\n    }\n  }\n': typeof types.PortalUpdateHiringNeedDocument;
  '\n  mutation PortalShareHiringNeed($input: ShareHiringNeedInput!) {\n    portalShareHiringNeed(input: $input) {\n      ...PortalHiringNeedFields\n    }\n  }\n': typeof types.PortalShareHiringNeedDocument;
  '\n  mutation PortalCreateSite($input: CreatePartnerSiteInput!) {\n    portalCreateSite(input: $input) {\n      id\n      name\n      addressLine\n      postalCode\n      city\n      version\n    }\n  }\n': typeof types.PortalCreateSiteDocument;
  '\n  query SignInPolicy {\n    me {\n      id\n      structure {\n        id\n        name\n        passwordSignInAllowed\n      }\n    }\n  }\n': typeof types.SignInPolicyDocument;
  '\n  mutation SetPasswordSignInAllowed($allowed: Boolean!) {\n    setPasswordSignInAllowed(allowed: $allowed) {\n      id\n      passwordSignInAllowed\n    }\n  }\n': typeof types.SetPasswordSignInAllowedDocument;
  '\n  fragment HiringNeedOptionFields on HiringNeed {\n    id\n    jobTitle\n    positions\n    startDate\n    status\n    statusLabel\n    partnerOrganisation {\n      id\n      name\n    }\n    site {\n      id\n      name\n      city\n    }\n  }\n': typeof types.HiringNeedOptionFieldsFragmentDoc;
  '\n  fragment ProposalFields on Proposal {\n    id\n    personId\n    status\n    statusLabel\n    consentGivenOn\n    shareFullName\n    shareContact\n    consentWithdrawnAt\n    message\n    proposedAt\n    decidedAt\n    declineReason\n    declineReasonLabel\n    decisionComment\n    withdrawnAt\n    withdrawalReason\n    version\n    hiringNeed {\n      ...HiringNeedOptionFields\n    }\n    hire {\n      id\n      contractTypeLabel\n      startDate\n      weeklyMinutes\n      jobTitle\n    }\n    events {\n      id\n      kind\n      kindLabel\n      occurredAt\n      actorLabel\n      reason\n      reasonLabel\n      comment\n    }\n  }\n': typeof types.ProposalFieldsFragmentDoc;
  '\n  query PersonProposals($personId: ID!) {\n    proposals(personId: $personId) {\n      ...ProposalFields\n    }\n  }\n': typeof types.PersonProposalsDocument;
  '\n  query OpenHiringNeeds {\n    hiringNeeds {\n      ...HiringNeedOptionFields\n    }\n  }\n': typeof types.OpenHiringNeedsDocument;
  '\n  query ProposalPreview($input: ProposalPreviewInput!) {\n    proposalPreview(input: $input) {\n      ...TraineeCardFields\n    }\n  }\n': typeof types.ProposalPreviewDocument;
  '\n  mutation ProposeTrainee($input: ProposeTraineeInput!) {\n    proposeTrainee(input: $input) {\n      ...ProposalFields\n    }\n  }\n': typeof types.ProposeTraineeDocument;
  '\n  mutation WithdrawProposal($input: WithdrawProposalInput!) {\n    withdrawProposal(input: $input) {\n      ...ProposalFields\n    }\n  }\n': typeof types.WithdrawProposalDocument;
  '\n  mutation WithdrawProposalConsent($input: WithdrawProposalConsentInput!) {\n    withdrawProposalConsent(input: $input) {\n      ...ProposalFields\n    }\n  }\n': typeof types.WithdrawProposalConsentDocument;
  '\n  mutation RecordHireFromProposal($input: RecordHireFromProposalInput!) {\n    recordHireFromProposal(input: $input) {\n      ...ProposalFields\n    }\n  }\n': typeof types.RecordHireFromProposalDocument;
  '\n  fragment TraineeCardFields on TraineeCard {\n    displayName\n    phone\n    email\n    structureName\n    message\n    certification {\n      title\n      code\n      statusLabel\n      obtained\n      blocks {\n        code\n        title\n        levelLabel\n        evaluatedOn\n        resultLabel\n      }\n    }\n    evaluations {\n      blockTitle\n      levelLabel\n      evaluatedOn\n      evaluatorName\n      comment\n    }\n    training {\n      attendedMinutes\n      plannedMinutes\n    }\n    missions {\n      id\n      kindLabel\n      site\n      startDate\n      endDate\n      minutes\n      hoursStatus\n      hoursStatusLabel\n      tutorFeedback\n    }\n  }\n': typeof types.TraineeCardFieldsFragmentDoc;
  '\n  fragment ReportJobFields on ReportJob {\n    id\n    kind\n    kindLabel\n    agreementId\n    partnershipId\n    status\n    statusLabel\n    progress\n    progressLabel\n    periodStart\n    periodEnd\n    subjectLabel\n    requestedBy\n    createdAt\n    startedAt\n    finishedAt\n    error\n    figuresSha256\n    pdfSha256\n    xlsxSha256\n    pdfPages\n    pdfUrl\n    xlsxUrl\n  }\n': typeof types.ReportJobFieldsFragmentDoc;
  '\n  query ReportSubjects {\n    reportSubjects {\n      agreements {\n        id\n        reference\n        title\n        funderName\n        funderKind\n        reportKind\n        startDate\n        endDate\n      }\n      partnerships {\n        id\n        partnerName\n      }\n    }\n  }\n': typeof types.ReportSubjectsDocument;
  '\n  query ReportJobs($first: Int) {\n    reportJobs(first: $first) {\n      ...ReportJobFields\n    }\n  }\n': typeof types.ReportJobsDocument;
  '\n  mutation GenerateReport($input: GenerateReportInput!) {\n    generateReport(input: $input) {\n      ...ReportJobFields\n    }\n  }\n': typeof types.GenerateReportDocument;
  '\n  query PersonDataRetention($personId: ID!) {\n    personDataRetention(personId: $personId) {\n      personId\n      lastContactOn\n      anonymisationOn\n      legalHoldReason\n      legalHoldUntil\n      fseHoldUntil\n      noticeSentAt\n      anonymisedAt\n    }\n  }\n': typeof types.PersonDataRetentionDocument;
  '\n  mutation SetPersonLegalHold($input: SetPersonLegalHoldInput!) {\n    setPersonLegalHold(input: $input) {\n      personId\n      lastContactOn\n      anonymisationOn\n      legalHoldReason\n      legalHoldUntil\n      fseHoldUntil\n      noticeSentAt\n      anonymisedAt\n    }\n  }\n': typeof types.SetPersonLegalHoldDocument;
  '\n  mutation LiftPersonLegalHold($input: LiftPersonLegalHoldInput!) {\n    liftPersonLegalHold(input: $input) {\n      personId\n      lastContactOn\n      anonymisationOn\n      legalHoldReason\n      legalHoldUntil\n      fseHoldUntil\n      noticeSentAt\n      anonymisedAt\n    }\n  }\n': typeof types.LiftPersonLegalHoldDocument;
};
const documents: Documents = {
  '\n  query TwoFactorStatus {\n    twoFactorStatus {\n      enabled\n      enabledAt\n      recoveryCodesLeft\n      requiredByStructure\n    }\n  }\n':
    types.TwoFactorStatusDocument,
  '\n  mutation StartTwoFactorEnrolment {\n    startTwoFactorEnrolment {\n      secret\n      otpauthUri\n      qrCodeDataUrl\n    }\n  }\n':
    types.StartTwoFactorEnrolmentDocument,
  '\n  mutation ConfirmTwoFactorEnrolment($input: TwoFactorCodeInput!) {\n    confirmTwoFactorEnrolment(input: $input)\n  }\n':
    types.ConfirmTwoFactorEnrolmentDocument,
  '\n  mutation RegenerateRecoveryCodes($input: TwoFactorCodeInput!) {\n    regenerateRecoveryCodes(input: $input)\n  }\n':
    types.RegenerateRecoveryCodesDocument,
  '\n  mutation DisableTwoFactor($input: DisableTwoFactorInput!) {\n    disableTwoFactor(input: $input)\n  }\n':
    types.DisableTwoFactorDocument,
  '\n  query StructureTwoFactorRequired {\n    structureTwoFactorRequired\n  }\n':
    types.StructureTwoFactorRequiredDocument,
  '\n  mutation SetStructureTwoFactorRequired($required: Boolean!) {\n    setStructureTwoFactorRequired(required: $required)\n  }\n':
    types.SetStructureTwoFactorRequiredDocument,
  '\n  query MySessions {\n    mySessions {\n      id\n      createdAt\n      lastSeenAt\n      device\n      address\n      current\n    }\n  }\n':
    types.MySessionsDocument,
  '\n  mutation EndSession($id: ID!) {\n    endSession(id: $id)\n  }\n': types.EndSessionDocument,
  '\n  mutation EndOtherSessions {\n    endOtherSessions\n  }\n': types.EndOtherSessionsDocument,
  '\n  query AccountLink($token: String!) {\n    accountLink(token: $token) {\n      kind\n      email\n      firstName\n      lastName\n    }\n  }\n':
    types.AccountLinkDocument,
  '\n  mutation SetPasswordWithLink($input: SetPasswordWithLinkInput!) {\n    setPasswordWithLink(input: $input)\n  }\n':
    types.SetPasswordWithLinkDocument,
  '\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n':
    types.RequestPasswordResetDocument,
  '\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n':
    types.ChangePasswordDocument,
  '\n  query AdminStructures {\n    adminStructures {\n      id\n      name\n      kind\n      siret\n      city\n      departement\n      conventionNumber\n      conventionStartsOn\n      conventionEndsOn\n      annexNumber\n      annexStartsOn\n      annexEndsOn\n      hiringTarget\n      active\n      staffCount\n      updatedAt\n    }\n  }\n':
    types.AdminStructuresDocument,
  '\n  mutation CreateStructure($input: CreateStructureInput!) {\n    createStructure(input: $input) {\n      id\n      name\n    }\n  }\n':
    types.CreateStructureDocument,
  '\n  mutation UpdateStructure($input: UpdateStructureInput!) {\n    updateStructure(input: $input) {\n      id\n      name\n      updatedAt\n    }\n  }\n':
    types.UpdateStructureDocument,
  '\n  mutation SetStructureActive($input: SetStructureActiveInput!) {\n    setStructureActive(input: $input) {\n      id\n      active\n    }\n  }\n':
    types.SetStructureActiveDocument,
  '\n  query StaffMembers($structureId: ID) {\n    staffMembers(structureId: $structureId) {\n      id\n      email\n      fullName\n      role\n      status\n    }\n  }\n':
    types.StaffMembersDocument,
  '\n  mutation InviteStaff($input: InviteStaffInput!) {\n    inviteStaff(input: $input) {\n      emailSent\n      link\n      member {\n        id\n        fullName\n      }\n    }\n  }\n':
    types.InviteStaffDocument,
  '\n  mutation ChangeStaffRole($input: ChangeStaffRoleInput!) {\n    changeStaffRole(input: $input) {\n      id\n      role\n    }\n  }\n':
    types.ChangeStaffRoleDocument,
  '\n  mutation DeactivateStaff($input: StaffRefInput!) {\n    deactivateStaff(input: $input) {\n      id\n      status\n    }\n  }\n':
    types.DeactivateStaffDocument,
  '\n  mutation ReactivateStaff($input: StaffRefInput!) {\n    reactivateStaff(input: $input) {\n      id\n      status\n    }\n  }\n':
    types.ReactivateStaffDocument,
  '\n  mutation RecordPathwayEvent($input: RecordPathwayEventInput!) {\n    recordPathwayEvent(input: $input) {\n      id\n      kind\n      kindLabel\n      occurredOn\n      title\n      notes\n      confidential\n    }\n  }\n':
    types.RecordPathwayEventDocument,
  '\n  query PersonMissions($id: ID!) {\n    person(id: $id) {\n      id\n      missions {\n        id\n        kind\n        kindLabel\n        site\n        startDate\n        endDate\n        minutes\n        tutorFeedback\n        hoursStatus\n        hoursStatusLabel\n        hoursReviewedAt\n        hoursReviewComment\n        version\n        hostOrganisation {\n          id\n          name\n        }\n        placementStatus {\n          level\n          message\n          minutesInWindow\n        }\n      }\n      placementTotals {\n        hostOrganisationId\n        hostOrganisation {\n          id\n          name\n        }\n        level\n        message\n        minutesInWindow\n        windowStart\n        windowEnd\n      }\n    }\n    partnerOrganisations {\n      id\n      name\n      city\n    }\n  }\n':
    types.PersonMissionsDocument,
  '\n  mutation RecordMission($input: RecordMissionInput!) {\n    recordMission(input: $input) {\n      id\n      kind\n      kindLabel\n      site\n      startDate\n      endDate\n      minutes\n      tutorFeedback\n      hoursStatus\n      hoursStatusLabel\n      version\n      hostOrganisation {\n        id\n        name\n      }\n      placementStatus {\n        level\n        message\n        minutesInWindow\n      }\n    }\n  }\n':
    types.RecordMissionDocument,
  '\n  mutation CorrectMissionHours($input: CorrectMissionHoursInput!) {\n    correctMissionHours(input: $input) {\n      id\n      startDate\n      endDate\n      minutes\n      tutorFeedback\n      hoursStatus\n      hoursStatusLabel\n      hoursReviewedAt\n      hoursReviewComment\n      version\n    }\n  }\n':
    types.CorrectMissionHoursDocument,
  '\n  query PersonNotes($id: ID!) {\n    person(id: $id) {\n      id\n      events {\n        id\n        kind\n        kindLabel\n        occurredOn\n        title\n        notes\n        confidential\n        author {\n          id\n          fullName\n        }\n      }\n    }\n  }\n':
    types.PersonNotesDocument,
  '\n  query PersonRecruitment($id: ID!) {\n    person(id: $id) {\n      id\n      events {\n        id\n        kind\n        kindLabel\n        occurredOn\n        title\n        notes\n        confidential\n        author {\n          id\n          fullName\n        }\n      }\n      immersions {\n        id\n        hostName\n        hostTutorName\n        objective\n        objectiveLabel\n        startDate\n        endDate\n        days\n        comment\n        hostOrganisation {\n          id\n          name\n        }\n      }\n      missions {\n        id\n        kind\n        kindLabel\n        site\n        startDate\n        endDate\n        minutes\n        tutorFeedback\n        hoursStatus\n        hoursStatusLabel\n        hoursReviewedAt\n        hoursReviewComment\n        version\n        hostOrganisation {\n          id\n          name\n        }\n      }\n      admissionDecisions {\n        id\n        outcome\n        outcomeLabel\n        decidedOn\n        comment\n      }\n      employmentContracts {\n        id\n        kind\n        kindLabel\n        startDate\n        endDate\n        weeklyMinutes\n      }\n    }\n    partnerOrganisations {\n      id\n      name\n      city\n    }\n  }\n':
    types.PersonRecruitmentDocument,
  '\n  mutation RecordImmersion($input: RecordImmersionInput!) {\n    recordImmersion(input: $input) {\n      id\n      hostName\n      hostTutorName\n      objective\n      objectiveLabel\n      startDate\n      endDate\n      days\n    }\n  }\n':
    types.RecordImmersionDocument,
  '\n  mutation RecordAdmissionDecision($input: RecordAdmissionDecisionInput!) {\n    recordAdmissionDecision(input: $input) {\n      id\n      outcome\n      outcomeLabel\n      decidedOn\n      comment\n    }\n  }\n':
    types.RecordAdmissionDecisionDocument,
  '\n  mutation RecordEmploymentContract($input: RecordEmploymentContractInput!) {\n    recordEmploymentContract(input: $input) {\n      id\n      kind\n      kindLabel\n      startDate\n      endDate\n      weeklyMinutes\n    }\n  }\n':
    types.RecordEmploymentContractDocument,
  '\n  query CollectiveSessions($kind: String, $from: String, $to: String) {\n    collectiveSessions(kind: $kind, from: $from, to: $to) {\n      id\n      kind\n      kindLabel\n      title\n      trainingBody\n      sessionDate\n      plannedMinutes\n      certificationBlockId\n      certificationBlock {\n        id\n        code\n        title\n      }\n      attendances {\n        id\n        minutesAttended\n        absence\n        absenceLabel\n        version\n        person {\n          id\n          firstName\n          lastName\n        }\n      }\n    }\n  }\n':
    types.CollectiveSessionsDocument,
  '\n  query SessionCertifications {\n    certifications {\n      id\n      title\n      blocks {\n        id\n        code\n        title\n        position\n      }\n    }\n  }\n':
    types.SessionCertificationsDocument,
  '\n  mutation CreateCollectiveSession($input: CreateCollectiveSessionInput!) {\n    createCollectiveSession(input: $input) {\n      id\n      kind\n      kindLabel\n      title\n      trainingBody\n      sessionDate\n      plannedMinutes\n      certificationBlockId\n    }\n  }\n':
    types.CreateCollectiveSessionDocument,
  '\n  mutation RecordAttendance($input: RecordAttendanceInput!) {\n    recordAttendance(input: $input) {\n      id\n      plannedMinutes\n      attendances {\n        id\n        minutesAttended\n        absence\n        absenceLabel\n        version\n        person {\n          id\n          firstName\n          lastName\n        }\n      }\n    }\n  }\n':
    types.RecordAttendanceDocument,
  '\n  query PersonTraining($id: ID!) {\n    person(id: $id) {\n      id\n      trainingHours {\n        plannedMinutes\n        plannedToDateMinutes\n        attendedMinutes\n      }\n      attendances {\n        id\n        minutesAttended\n        absence\n        absenceLabel\n        session {\n          id\n          kind\n          kindLabel\n          title\n          trainingBody\n          sessionDate\n          plannedMinutes\n        }\n      }\n    }\n  }\n':
    types.PersonTrainingDocument,
  '\n  query PersonTutoring($id: ID!) {\n    person(id: $id) {\n      id\n      targetCertification {\n        id\n        title\n      }\n      tutorings {\n        id\n        startDate\n        endDate\n        active\n        tutor {\n          id\n          fullName\n          side\n          sideLabel\n          jobTitle\n          partnerOrganisation {\n            id\n            name\n          }\n        }\n      }\n      skillsProgress {\n        block {\n          id\n          code\n          title\n          position\n        }\n        level\n        levelLabel\n        evaluatedOn\n        history {\n          level\n          levelLabel\n          evaluatedOn\n          evaluatorName\n        }\n        version\n      }\n      events {\n        id\n        kind\n        kindLabel\n        occurredOn\n        title\n        notes\n        confidential\n        author {\n          id\n          fullName\n        }\n      }\n    }\n    tutors {\n      id\n      fullName\n      side\n      sideLabel\n      jobTitle\n      activeTraineeCount\n      partnerOrganisation {\n        id\n        name\n      }\n    }\n    partnerOrganisations {\n      id\n      name\n      city\n    }\n  }\n':
    types.PersonTutoringDocument,
  '\n  mutation AssignTutor($input: AssignTutorInput!) {\n    assignTutor(input: $input) {\n      id\n      startDate\n      endDate\n      active\n    }\n  }\n':
    types.AssignTutorDocument,
  '\n  mutation EndTutoring($input: EndTutoringInput!) {\n    endTutoring(input: $input) {\n      id\n      endDate\n      active\n    }\n  }\n':
    types.EndTutoringDocument,
  '\n  mutation CreateTutor($input: CreateTutorInput!) {\n    createTutor(input: $input) {\n      id\n      fullName\n      side\n    }\n  }\n':
    types.CreateTutorDocument,
  '\n  mutation RecordSkillsEvaluation($input: RecordSkillsEvaluationInput!) {\n    recordSkillsEvaluation(input: $input) {\n      id\n      blockId\n      level\n      evaluatedOn\n    }\n  }\n':
    types.RecordSkillsEvaluationDocument,
  '\n  fragment AdminPartnerReviewerFields on PartnerReviewer {\n    id\n    email\n    firstName\n    lastName\n    fullName\n    active\n    createdAt\n    lastSignedInAt\n  }\n':
    types.AdminPartnerReviewerFieldsFragmentDoc,
  '\n  fragment AdminPartnerSiteFields on PartnerSite {\n    id\n    name\n    addressLine\n    postalCode\n    city\n    version\n  }\n':
    types.AdminPartnerSiteFieldsFragmentDoc,
  '\n  fragment AdminPartnerOrganisationFields on AdminPartnerOrganisation {\n    id\n    name\n    kind\n    siret\n    city\n    updatedAt\n    sites {\n      ...AdminPartnerSiteFields\n    }\n    reviewers {\n      ...AdminPartnerReviewerFields\n    }\n  }\n':
    types.AdminPartnerOrganisationFieldsFragmentDoc,
  '\n  query AdminPartnerOrganisations {\n    adminPartnerOrganisations {\n      ...AdminPartnerOrganisationFields\n    }\n  }\n':
    types.AdminPartnerOrganisationsDocument,
  '\n  mutation CreatePartnerOrganisation($input: CreatePartnerOrganisationInput!) {\n    createPartnerOrganisation(input: $input) {\n      ...AdminPartnerOrganisationFields\n    }\n  }\n':
    types.CreatePartnerOrganisationDocument,
  '\n  mutation UpdatePartnerOrganisation($input: UpdatePartnerOrganisationInput!) {\n    updatePartnerOrganisation(input: $input) {\n      ...AdminPartnerOrganisationFields\n    }\n  }\n':
    types.UpdatePartnerOrganisationDocument,
  '\n  mutation AddPartnerSite($input: AddPartnerSiteInput!) {\n    addPartnerSite(input: $input) {\n      ...AdminPartnerSiteFields\n    }\n  }\n':
    types.AddPartnerSiteDocument,
  '\n  mutation UpdatePartnerSite($input: UpdatePartnerSiteInput!) {\n    updatePartnerSite(input: $input) {\n      ...AdminPartnerSiteFields\n    }\n  }\n':
    types.UpdatePartnerSiteDocument,
  '\n  mutation CreatePartnerReviewer($input: CreatePartnerReviewerInput!) {\n    createPartnerReviewer(input: $input) {\n      initialPassword\n      reviewer {\n        ...AdminPartnerReviewerFields\n      }\n    }\n  }\n':
    types.CreatePartnerReviewerDocument,
  '\n  mutation DeactivatePartnerReviewer($input: DeactivatePartnerReviewerInput!) {\n    deactivatePartnerReviewer(input: $input) {\n      ...AdminPartnerReviewerFields\n    }\n  }\n':
    types.DeactivatePartnerReviewerDocument,
  '\n  mutation ReactivatePartnerReviewer($input: ReactivatePartnerReviewerInput!) {\n    reactivatePartnerReviewer(input: $input) {\n      initialPassword\n      reviewer {\n        ...AdminPartnerReviewerFields\n      }\n    }\n  }\n':
    types.ReactivatePartnerReviewerDocument,
  '\n  mutation ResetPartnerReviewerPassword($input: ResetPartnerReviewerPasswordInput!) {\n    resetPartnerReviewerPassword(input: $input) {\n      initialPassword\n      reviewer {\n        ...AdminPartnerReviewerFields\n      }\n    }\n  }\n':
    types.ResetPartnerReviewerPasswordDocument,
  '\n  query PersonAuditLog($personId: ID!, $first: Int, $offset: Int) {\n    personAuditLog(personId: $personId, first: $first, offset: $offset) {\n      totalCount\n      items {\n        id\n        occurredAt\n        action\n        actionLabel\n        actorLabel\n        actorRole\n        actorRoleLabel\n        actorOrganisation\n        subjectType\n        details\n      }\n    }\n  }\n':
    types.PersonAuditLogDocument,
  '\n  query Me {\n    me {\n      id\n      firstName\n      lastName\n      fullName\n      email\n      role\n      permissions\n      mustChangePassword\n      structure {\n        id\n        name\n        kind\n        city\n      }\n      partnerOrganisation {\n        id\n        name\n      }\n      twoFactorEnrolmentRequired\n    }\n  }\n':
    types.MeDocument,
  '\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      fullName\n    }\n  }\n':
    types.SignInDocument,
  '\n  mutation SignOut {\n    signOut\n  }\n': types.SignOutDocument,
  '\n  mutation VerifyTwoFactorSignIn($input: TwoFactorCodeInput!) {\n    verifyTwoFactorSignIn(input: $input) {\n      id\n      fullName\n    }\n  }\n':
    types.VerifyTwoFactorSignInDocument,
  '\n  query PersonContracts($id: ID!) {\n    person(id: $id) {\n      id\n      stage\n      targetCertification {\n        id\n        title\n      }\n      professionalisationContracts {\n        id\n        personId\n        version\n        status\n        statusLabel\n        cerfaKind\n        cerfaKindLabel\n        form\n        formLabel\n        publicCategory\n        publicCategoryLabel\n        employerSiret\n        workplaceSiret\n        collectiveAgreement\n        jobTitle\n        franceTravailId\n        startDate\n        endDate\n        trialPeriodDays\n        weeklyMinutes\n        grossMonthlyPayCents\n        certificationId\n        certification {\n          id\n          title\n          rncpCode\n        }\n        trainingBodyName\n        trainingBodySiret\n        plannedTrainingMinutes\n        branchAgreementReference\n        branchAgreementMaxTrainingPercent\n        structureTutorId\n        structureTutor {\n          id\n          fullName\n        }\n        hostTutorId\n        hostTutor {\n          id\n          fullName\n          partnerOrganisation {\n            id\n            name\n          }\n        }\n        hostTutorExperienceMonths\n        hostTutorIsEmployer\n        opcoFunderId\n        opcoFunder {\n          id\n          name\n          hourlyRateCents\n        }\n        opcoFileNumber\n        hourlyRateCents\n        depositDueOn\n        submittedOn\n        decisionDueOn\n        opcoDecision\n        opcoDecisionLabel\n        opcoDecidedOn\n        opcoRefusalReason\n        completedOn\n        brokenOn\n        breakReason\n        breakReasonLabel\n        breakComment\n        renewalReason\n        renewalReasonLabel\n        renewedFromId\n        checks {\n          code\n          field\n          severity\n          message\n        }\n        canSubmit\n        progress {\n          plannedMinutes\n          attendedMinutes\n          expectedMinutesToDate\n          elapsedPercent\n          attendedPercent\n          behind\n          justifiedMinutes\n          hourlyRateCents\n          opcoAmountCents\n        }\n        breakFollowUp {\n          id\n          dueOn\n          opcoInformedOn\n          reorientation\n          closedOn\n          version\n        }\n      }\n    }\n  }\n':
    types.PersonContractsDocument,
  '\n  query ContractFormOptions {\n    certifications {\n      id\n      title\n      rncpCode\n      level\n    }\n    tutors {\n      id\n      fullName\n      side\n      jobTitle\n      activeTraineeCount\n      partnerOrganisation {\n        id\n        name\n      }\n    }\n  }\n':
    types.ContractFormOptionsDocument,
  '\n  query ContractFunders {\n    funders {\n      id\n      kind\n      name\n      hourlyRateCents\n    }\n  }\n':
    types.ContractFundersDocument,
  '\n  mutation CreateProfessionalisationContract($input: CreateProfessionalisationContractInput!) {\n    createProfessionalisationContract(input: $input) {\n      id\n      version\n      status\n      canSubmit\n    }\n  }\n':
    types.CreateProfessionalisationContractDocument,
  '\n  mutation UpdateProfessionalisationContract($input: UpdateProfessionalisationContractInput!) {\n    updateProfessionalisationContract(input: $input) {\n      id\n      version\n      status\n      canSubmit\n    }\n  }\n':
    types.UpdateProfessionalisationContractDocument,
  '\n  mutation SubmitProfessionalisationContract($input: SubmitProfessionalisationContractInput!) {\n    submitProfessionalisationContract(input: $input) {\n      id\n      version\n      status\n      submittedOn\n      decisionDueOn\n    }\n  }\n':
    types.SubmitProfessionalisationContractDocument,
  '\n  mutation RecordOpcoDecision($input: RecordOpcoDecisionInput!) {\n    recordOpcoDecision(input: $input) {\n      id\n      version\n      status\n      opcoDecision\n      opcoDecidedOn\n    }\n  }\n':
    types.RecordOpcoDecisionDocument,
  '\n  mutation StartProfessionalisationContract($input: StartProfessionalisationContractInput!) {\n    startProfessionalisationContract(input: $input) {\n      id\n      version\n      status\n    }\n  }\n':
    types.StartProfessionalisationContractDocument,
  '\n  mutation CompleteProfessionalisationContract($input: CompleteProfessionalisationContractInput!) {\n    completeProfessionalisationContract(input: $input) {\n      id\n      version\n      status\n      completedOn\n    }\n  }\n':
    types.CompleteProfessionalisationContractDocument,
  '\n  mutation BreakProfessionalisationContract($input: BreakProfessionalisationContractInput!) {\n    breakProfessionalisationContract(input: $input) {\n      id\n      version\n      status\n      brokenOn\n    }\n  }\n':
    types.BreakProfessionalisationContractDocument,
  '\n  mutation UpdateContractBreakFollowUp($input: UpdateContractBreakFollowUpInput!) {\n    updateContractBreakFollowUp(input: $input) {\n      id\n      version\n      status\n    }\n  }\n':
    types.UpdateContractBreakFollowUpDocument,
  '\n  mutation RenewProfessionalisationContract($input: RenewProfessionalisationContractInput!) {\n    renewProfessionalisationContract(input: $input) {\n      id\n      version\n      status\n      renewedFromId\n    }\n  }\n':
    types.RenewProfessionalisationContractDocument,
  '\n  query Dashboard($periodStart: String!, $periodEnd: String!, $structureId: ID) {\n    dashboard(periodStart: $periodStart, periodEnd: $periodEnd, structureId: $structureId) {\n      periodStart\n      periodEnd\n      structureName\n      sections {\n        title\n        figures {\n          code\n          label\n          value\n          unit\n          targetValue\n          targetLabel\n          percentValue\n          percentOf\n          definition\n          drillable\n          parts {\n            role\n            code\n            label\n            value\n            unit\n            definition\n            drillable\n          }\n        }\n        charts {\n          code\n          kind\n          title\n          unit\n          categories\n          series {\n            label\n            values\n            links {\n              code\n              label\n              month\n              periodStart\n              periodEnd\n            }\n          }\n        }\n      }\n    }\n  }\n':
    types.DashboardDocument,
  '\n  query DashboardRecords(\n    $code: String!\n    $periodStart: String!\n    $periodEnd: String!\n    $month: String\n    $first: Int\n    $offset: Int\n  ) {\n    dashboardRecords(\n      code: $code\n      periodStart: $periodStart\n      periodEnd: $periodEnd\n      month: $month\n      first: $first\n      offset: $offset\n    ) {\n      code\n      label\n      periodStart\n      periodEnd\n      month\n      totalCount\n      items {\n        personId\n        label\n        date\n        value\n        unit\n        detail\n      }\n    }\n  }\n':
    types.DashboardRecordsDocument,
  '\n  query StructureTargets {\n    structureTargets {\n      id\n      year\n      dynamicExitRateBp\n      durableEmploymentRateBp\n      version\n    }\n  }\n':
    types.StructureTargetsDocument,
  '\n  mutation SetStructureTarget($input: SetStructureTargetInput!) {\n    setStructureTarget(input: $input) {\n      id\n      year\n      dynamicExitRateBp\n      durableEmploymentRateBp\n      version\n    }\n  }\n':
    types.SetStructureTargetDocument,
  '\n  query DashboardStructures {\n    dashboardStructures {\n      id\n      name\n    }\n  }\n':
    types.DashboardStructuresDocument,
  '\n  query FundableSources($filter: FundableSourcesFilter!) {\n    fundableSources(filter: $filter) {\n      sourceKind\n      sourceId\n      date\n      label\n      personId\n      personName\n      unit\n      totalQuantity\n      allocatedQuantity\n      remainingQuantity\n      allocations {\n        agreementId\n        agreementReference\n        quantity\n      }\n      version\n    }\n  }\n':
    types.FundableSourcesDocument,
  '\n  mutation AllocateFunding($input: AllocateFundingInput!) {\n    allocateFunding(input: $input) {\n      id\n      version\n      consumption {\n        allocatedMinutes\n        chargedCents\n        fundedCents\n        grantedCents\n        remainingCents\n        consumedPercent\n      }\n    }\n  }\n':
    types.AllocateFundingDocument,
  '\n  mutation RemoveFundingAllocation($input: RemoveFundingAllocationInput!) {\n    removeFundingAllocation(input: $input) {\n      id\n      version\n    }\n  }\n':
    types.RemoveFundingAllocationDocument,
  '\n  mutation RecordStaffTime($input: RecordStaffTimeInput!) {\n    recordStaffTime(input: $input) {\n      sourceKind\n      sourceId\n      date\n      label\n      personName\n      unit\n      totalQuantity\n    }\n  }\n':
    types.RecordStaffTimeDocument,
  '\n  mutation RecordExpense($input: RecordExpenseInput!) {\n    recordExpense(input: $input) {\n      sourceKind\n      sourceId\n      date\n      label\n      unit\n      totalQuantity\n    }\n  }\n':
    types.RecordExpenseDocument,
  '\n  fragment FseParticipantFields on FseParticipant {\n    id\n    agreementId\n    personId\n    personName\n    version\n    entryDate\n    gender\n    labourMarketStatus\n    iscedLevel\n    birthYear\n    situations\n    situationsAnswered\n    exitDate\n    exitSituation\n    sixMonthsCheckedOn\n    sixMonthsEmployed\n    sixMonthsImprovedSituation\n    missing\n    complete\n  }\n':
    types.FseParticipantFieldsFragmentDoc,
  '\n  query FseParticipants($id: ID!) {\n    fundingAgreement(id: $id) {\n      id\n      reference\n      participants {\n        ...FseParticipantFields\n      }\n    }\n  }\n':
    types.FseParticipantsDocument,
  '\n  mutation EnrolFseParticipant($input: EnrolFseParticipantInput!) {\n    enrolFseParticipant(input: $input) {\n      ...FseParticipantFields\n    }\n  }\n':
    types.EnrolFseParticipantDocument,
  '\n  mutation UpdateFseParticipant($input: UpdateFseParticipantInput!) {\n    updateFseParticipant(input: $input) {\n      ...FseParticipantFields\n    }\n  }\n':
    types.UpdateFseParticipantDocument,
  '\n  query FseParticipantsCsv($agreementId: ID!) {\n    fseParticipantsCsv(agreementId: $agreementId) {\n      filename\n      content\n    }\n  }\n':
    types.FseParticipantsCsvDocument,
  '\n  fragment AgreementConsumptionFields on AgreementConsumption {\n    allocatedMinutes\n    chargedCents\n    fundedCents\n    grantedCents\n    remainingCents\n    consumedPercent\n  }\n':
    types.AgreementConsumptionFieldsFragmentDoc,
  '\n  query Funders {\n    funders {\n      id\n      kind\n      kindLabel\n      name\n      hourlyRateCents\n      contactEmail\n      version\n      agreements {\n        id\n        reference\n        title\n        startDate\n        endDate\n        amountGrantedCents\n        coFinancingRateBp\n        sourceKinds\n        consumption {\n          ...AgreementConsumptionFields\n        }\n      }\n    }\n  }\n':
    types.FundersDocument,
  '\n  query FundingAgreement($id: ID!) {\n    fundingAgreement(id: $id) {\n      id\n      version\n      funderId\n      funder {\n        id\n        kind\n        kindLabel\n        name\n        hourlyRateCents\n      }\n      reference\n      title\n      startDate\n      endDate\n      amountGrantedCents\n      coFinancingRateBp\n      hourlyRateCents\n      sourceKinds\n      scope\n      indicators\n      indicatorLabels\n      consumption {\n        ...AgreementConsumptionFields\n      }\n    }\n  }\n':
    types.FundingAgreementDocument,
  '\n  query FundingAllocations($id: ID!, $first: Int) {\n    fundingAgreement(id: $id) {\n      id\n      reference\n      allocations(first: $first) {\n        id\n        agreementId\n        sourceKind\n        sourceKindLabel\n        sourceId\n        quantity\n        unit\n        sourceDate\n        sourceLabel\n        personName\n        version\n      }\n    }\n  }\n':
    types.FundingAllocationsDocument,
  '\n  mutation CreateFunder($input: CreateFunderInput!) {\n    createFunder(input: $input) {\n      id\n      name\n      kind\n      kindLabel\n      hourlyRateCents\n      contactEmail\n      version\n    }\n  }\n':
    types.CreateFunderDocument,
  '\n  mutation UpdateFunder($input: UpdateFunderInput!) {\n    updateFunder(input: $input) {\n      id\n      name\n      kind\n      kindLabel\n      hourlyRateCents\n      contactEmail\n      version\n    }\n  }\n':
    types.UpdateFunderDocument,
  '\n  mutation CreateFundingAgreement($input: CreateFundingAgreementInput!) {\n    createFundingAgreement(input: $input) {\n      id\n      reference\n      title\n      version\n    }\n  }\n':
    types.CreateFundingAgreementDocument,
  '\n  mutation UpdateFundingAgreement($input: UpdateFundingAgreementInput!) {\n    updateFundingAgreement(input: $input) {\n      id\n      reference\n      title\n      version\n    }\n  }\n':
    types.UpdateFundingAgreementDocument,
  '\n  query ImportUpload($id: ID!) {\n    importUpload(id: $id) {\n      id\n      fileName\n      format\n      encoding\n      delimiter\n      headers\n      proposedMapping\n      rowCount\n      sampleRows\n    }\n  }\n':
    types.ImportUploadDocument,
  '\n  fragment ImportRowFields on ImportRow {\n    line\n    outcome\n    outcomeLabel\n    name\n    personId\n    changes\n    problems {\n      column\n      message\n    }\n    notes {\n      column\n      message\n    }\n  }\n':
    types.ImportRowFieldsFragmentDoc,
  '\n  mutation DryRunImport($input: RunImportInput!) {\n    dryRunImport(input: $input) {\n      counts {\n        created\n        completed\n        unchanged\n        refused\n      }\n      rows {\n        ...ImportRowFields\n      }\n    }\n  }\n':
    types.DryRunImportDocument,
  '\n  mutation RunImport($input: RunImportInput!) {\n    runImport(input: $input) {\n      counts {\n        created\n        completed\n        unchanged\n        refused\n      }\n      rows {\n        ...ImportRowFields\n      }\n      log {\n        id\n      }\n    }\n  }\n':
    types.RunImportDocument,
  '\n  query ImportLogs {\n    importLogs {\n      id\n      fileName\n      sha256\n      createdAt\n      importedByName\n      counts {\n        created\n        completed\n        unchanged\n        refused\n      }\n    }\n  }\n':
    types.ImportLogsDocument,
  '\n  query LesEmploisLink {\n    lesEmploisLink {\n      linked\n      keyConfigured\n      apiUrl\n      tokenEnd\n      linkedAt\n      linkedByName\n    }\n  }\n':
    types.LesEmploisLinkDocument,
  '\n  mutation LinkLesEmplois($token: String!) {\n    linkLesEmplois(token: $token) {\n      linked\n      keyConfigured\n      apiUrl\n      tokenEnd\n      linkedAt\n      linkedByName\n    }\n  }\n':
    types.LinkLesEmploisDocument,
  '\n  mutation UnlinkLesEmplois {\n    unlinkLesEmplois {\n      linked\n      keyConfigured\n      apiUrl\n      tokenEnd\n      linkedAt\n      linkedByName\n    }\n  }\n':
    types.UnlinkLesEmploisDocument,
  '\n  mutation SyncLesEmplois {\n    syncLesEmplois {\n      counts {\n        created\n        completed\n        unchanged\n        refused\n      }\n      rows {\n        ...ImportRowFields\n      }\n      log {\n        id\n      }\n    }\n  }\n':
    types.SyncLesEmploisDocument,
  '\n  query PersonIntake($id: ID!) {\n    person(id: $id) {\n      id\n      version\n      informationGivenOn\n      consentGivenOn\n      referral {\n        id\n        version\n        prescriberKind\n        prescriberKindLabel\n        prescriberMasked\n        prescriberOrganisation\n        prescriberContactName\n        prescriberContactPhone\n        prescriberContactEmail\n        referredOn\n      }\n      eligibilityDiagnoses {\n        id\n        author\n        authorLabel\n        authorName\n        diagnosedOn\n        validUntil\n        valid\n        expiredProofCount\n        criteriaWithheld\n        criteria {\n          code\n          label\n          level\n          sensitive\n          proofLabel\n          proofReference\n          proofDate\n          proofExpiresOn\n          proofExpired\n        }\n      }\n      passIae {\n        id\n        version\n        number\n        startDate\n        endDate\n        officialEndDate\n        computedEndDate\n        waitingPeriodEndsOn\n        status\n        statusLabel\n        suspensions {\n          id\n          startDate\n          endDate\n          reason\n          reasonLabel\n        }\n        prolongations {\n          id\n          requestedOn\n          startDate\n          endDate\n          days\n          reason\n          reasonLabel\n        }\n      }\n      employmentContracts {\n        id\n        startDate\n      }\n    }\n  }\n':
    types.PersonIntakeDocument,
  '\n  mutation RecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      id\n      version\n      informationGivenOn\n      consentGivenOn\n    }\n  }\n':
    types.RecordConsentDocument,
  '\n  mutation RecordReferral($input: RecordReferralInput!) {\n    recordReferral(input: $input) {\n      id\n      version\n    }\n  }\n':
    types.RecordReferralDocument,
  '\n  mutation RecordEligibilityDiagnosis($input: RecordEligibilityDiagnosisInput!) {\n    recordEligibilityDiagnosis(input: $input) {\n      id\n      valid\n      validUntil\n    }\n  }\n':
    types.RecordEligibilityDiagnosisDocument,
  '\n  mutation RecordPassIae($input: RecordPassIaeInput!) {\n    recordPassIae(input: $input) {\n      id\n      version\n      endDate\n    }\n  }\n':
    types.RecordPassIaeDocument,
  '\n  mutation SuspendPassIae($input: SuspendPassIaeInput!) {\n    suspendPassIae(input: $input) {\n      id\n      version\n      endDate\n    }\n  }\n':
    types.SuspendPassIaeDocument,
  '\n  mutation ProlongPassIae($input: ProlongPassIaeInput!) {\n    prolongPassIae(input: $input) {\n      id\n      version\n      endDate\n    }\n  }\n':
    types.ProlongPassIaeDocument,
  '\n  fragment NotificationFields on Notification {\n    id\n    kind\n    title\n    body\n    link\n    createdAt\n    readAt\n  }\n':
    types.NotificationFieldsFragmentDoc,
  '\n  query Notifications($first: Int) {\n    notifications(first: $first) {\n      unreadCount\n      items {\n        ...NotificationFields\n      }\n    }\n  }\n':
    types.NotificationsDocument,
  '\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) {\n      unreadCount\n      items {\n        ...NotificationFields\n      }\n    }\n  }\n':
    types.MarkNotificationsReadDocument,
  '\n  query PersonCertification($id: ID!) {\n    person(id: $id) {\n      id\n      version\n      certificationOutcome\n      certificationOutcomeLabel\n      targetCertification {\n        id\n        title\n        rncpCode\n        level\n        certifier\n        blocks {\n          id\n          code\n          title\n          position\n        }\n      }\n      examSessions {\n        id\n        sessionDate\n        centre\n        outcome\n        outcomeLabel\n        certification {\n          id\n          title\n        }\n        results {\n          block {\n            id\n            code\n            title\n          }\n          result\n          resultLabel\n        }\n      }\n    }\n    certifications {\n      id\n      title\n      rncpCode\n      level\n      certifier\n    }\n  }\n':
    types.PersonCertificationDocument,
  '\n  mutation SetTargetCertification($input: SetTargetCertificationInput!) {\n    setTargetCertification(input: $input) {\n      id\n      version\n    }\n  }\n':
    types.SetTargetCertificationDocument,
  '\n  mutation RecordExamSession($input: RecordExamSessionInput!) {\n    recordExamSession(input: $input) {\n      id\n      outcome\n    }\n  }\n':
    types.RecordExamSessionDocument,
  '\n  fragment ExitPresenceFields on ExitPresence {\n    counts\n    explanation\n    rule\n    ruleKind\n    exitDate\n    contractStart\n    annex {\n      reference\n      startDate\n      endDate\n    }\n    minutesWorked\n    hours {\n      source\n      id\n      kindLabel\n      startDate\n      endDate\n      minutes\n      label\n      place\n    }\n  }\n':
    types.ExitPresenceFieldsFragmentDoc,
  '\n  query PersonExit($id: ID!) {\n    person(id: $id) {\n      id\n      stage\n      hires {\n        id\n        employerName\n        employerOrganisation {\n          id\n          name\n        }\n        contractType\n        contractTypeLabel\n        startDate\n        weeklyMinutes\n        jobTitle\n        retentionChecks {\n          id\n          monthsAfter\n          checkedOn\n          stillEmployed\n          comment\n        }\n        nextRetentionCheck {\n          monthsAfter\n          dueOn\n        }\n      }\n      exit {\n        id\n        exitDate\n        reason\n        reasonLabel\n        category\n        categoryLabel\n        counts\n        presenceExplanation\n        minutesWorked\n        contractStart\n        comment\n        warnings\n        presence {\n          ...ExitPresenceFields\n        }\n      }\n    }\n    partnerOrganisations {\n      id\n      name\n      city\n    }\n  }\n':
    types.PersonExitDocument,
  '\n  mutation RecordHire($input: RecordHireInput!) {\n    recordHire(input: $input) {\n      id\n    }\n  }\n':
    types.RecordHireDocument,
  '\n  mutation RecordRetentionCheck($input: RecordRetentionCheckInput!) {\n    recordRetentionCheck(input: $input) {\n      id\n      retentionChecks {\n        id\n        monthsAfter\n        checkedOn\n        stillEmployed\n      }\n      nextRetentionCheck {\n        monthsAfter\n        dueOn\n      }\n    }\n  }\n':
    types.RecordRetentionCheckDocument,
  '\n  mutation RecordExit($input: RecordExitInput!) {\n    recordExit(input: $input) {\n      id\n      exitDate\n      counts\n    }\n  }\n':
    types.RecordExitDocument,
  '\n  query PersonExitPreview($id: ID!, $exitDate: String!, $reason: String) {\n    person(id: $id) {\n      id\n      exitPreview(exitDate: $exitDate, reason: $reason) {\n        presence {\n          ...ExitPresenceFields\n        }\n        errors {\n          field\n          message\n        }\n        warnings\n      }\n    }\n  }\n':
    types.PersonExitPreviewDocument,
  '\n  fragment HiringProgressFields on HiringProgress {\n    year\n    target\n    hires\n    ownHires\n    rateBp\n    shared\n    groupName\n    sharedWith\n  }\n':
    types.HiringProgressFieldsFragmentDoc,
  '\n  fragment PartnershipFields on Partnership {\n    id\n    version\n    startedOn\n    endedOn\n    partnerOrganisation {\n      id\n      name\n      city\n      kind\n    }\n    sites {\n      id\n      name\n      city\n    }\n    hiringTargets {\n      id\n      year\n      hires\n      version\n    }\n    group {\n      id\n      name\n    }\n    progress {\n      ...HiringProgressFields\n    }\n  }\n':
    types.PartnershipFieldsFragmentDoc,
  '\n  fragment PartnershipGroupFields on PartnershipGroup {\n    id\n    name\n    version\n    partnerships {\n      id\n      partnerOrganisation {\n        id\n        name\n      }\n    }\n    hiringTargets {\n      id\n      year\n      hires\n      version\n    }\n    progress {\n      ...HiringProgressFields\n    }\n  }\n':
    types.PartnershipGroupFieldsFragmentDoc,
  '\n  fragment PartnerHiringNeedFields on HiringNeed {\n    id\n    version\n    partnerOrganisation {\n      id\n      name\n    }\n    site {\n      id\n      name\n      city\n    }\n    jobTitle\n    positions\n    startDate\n    requirements\n    status\n    statusLabel\n    enteredByPartner\n  }\n':
    types.PartnerHiringNeedFieldsFragmentDoc,
  '\n  query Partnerships {\n    partnerships {\n      ...PartnershipFields\n    }\n    partnershipGroups {\n      ...PartnershipGroupFields\n    }\n  }\n':
    types.PartnershipsDocument,
  '\n  query PartnershipCandidates {\n    partnerOrganisations {\n      id\n      name\n      city\n      kind\n    }\n  }\n':
    types.PartnershipCandidatesDocument,
  '\n  query PartnersHiringNeeds($partnerOrganisationId: ID, $status: String) {\n    hiringNeeds(partnerOrganisationId: $partnerOrganisationId, status: $status) {\n      ...PartnerHiringNeedFields\n    }\n  }\n':
    types.PartnersHiringNeedsDocument,
  '\n  mutation SavePartnership($input: SavePartnershipInput!) {\n    savePartnership(input: $input) {\n      ...PartnershipFields\n    }\n  }\n':
    types.SavePartnershipDocument,
  '\n  mutation SetHiringTarget($input: SetHiringTargetInput!) {\n    setHiringTarget(input: $input) {\n      ...PartnershipFields\n    }\n  }\n':
    types.SetHiringTargetDocument,
  '\n  mutation CreateHiringNeed($input: CreateHiringNeedInput!) {\n    createHiringNeed(input: $input) {\n      ...PartnerHiringNeedFields\n    }\n  }\n':
    types.CreateHiringNeedDocument,
  '\n  mutation UpdateHiringNeed($input: UpdateHiringNeedInput!) {\n    updateHiringNeed(input: $input) {\n      ...PartnerHiringNeedFields\n    }\n  }\n':
    types.UpdateHiringNeedDocument,
  '\n  mutation SavePartnershipGroup($input: SavePartnershipGroupInput!) {\n    savePartnershipGroup(input: $input) {\n      ...PartnershipGroupFields\n    }\n  }\n':
    types.SavePartnershipGroupDocument,
  '\n  mutation DeletePartnershipGroup($input: DeletePartnershipGroupInput!) {\n    deletePartnershipGroup(input: $input) {\n      ...PartnershipFields\n    }\n  }\n':
    types.DeletePartnershipGroupDocument,
  '\n  mutation SetSharedHiringTarget($input: SetSharedHiringTargetInput!) {\n    setSharedHiringTarget(input: $input) {\n      ...PartnershipGroupFields\n    }\n  }\n':
    types.SetSharedHiringTargetDocument,
  '\n  query PersonHeader($id: ID!) {\n    person(id: $id) {\n      id\n      firstName\n      lastName\n      age\n      stage\n      version\n      counsellor {\n        id\n        fullName\n      }\n      passIae {\n        id\n        endDate\n        statusLabel\n      }\n      alerts {\n        code\n        label\n        severity\n        message\n        dueDate\n      }\n    }\n  }\n':
    types.PersonHeaderDocument,
  '\n  query PersonPathway($id: ID!) {\n    person(id: $id) {\n      id\n      stage\n      version\n      nextStageGate {\n        toStage\n        missing\n      }\n      stageHistory {\n        id\n        fromStage\n        toStage\n        effectiveOn\n        reason\n        overrideReason\n        missingEvidence\n        author {\n          id\n          fullName\n        }\n      }\n      timeline {\n        id\n        date\n        kind\n        kindLabel\n        title\n        detail\n        confidential\n      }\n    }\n  }\n':
    types.PersonPathwayDocument,
  '\n  mutation ChangeStage($input: ChangeStageInput!) {\n    changeStage(input: $input) {\n      id\n      stage\n      version\n    }\n  }\n':
    types.ChangeStageDocument,
  '\n  query PersonSearch($search: String!) {\n    persons(filter: { search: $search }, first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          firstName\n          lastName\n          counsellor {\n            id\n            fullName\n          }\n        }\n      }\n    }\n  }\n':
    types.PersonSearchDocument,
  '\n  query Persons($filter: PersonFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    persons(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          firstName\n          lastName\n          age\n          stage\n          city\n          counsellor {\n            id\n            fullName\n          }\n          nextDeadline\n          alerts {\n            code\n            label\n            severity\n            message\n          }\n        }\n      }\n    }\n  }\n':
    types.PersonsDocument,
  '\n  query Person($id: ID!) {\n    person(id: $id) {\n      id\n      version\n      firstName\n      lastName\n      birthDate\n      age\n      sex\n      stage\n      email\n      phone\n      addressLine\n      postalCode\n      city\n      counsellor {\n        id\n        fullName\n      }\n      updatedAt\n    }\n  }\n':
    types.PersonDocument,
  '\n  query Counsellors {\n    counsellors {\n      id\n      fullName\n      role\n    }\n  }\n':
    types.CounsellorsDocument,
  '\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      id\n      firstName\n      lastName\n    }\n  }\n':
    types.CreatePersonDocument,
  '\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      id\n      version\n      firstName\n      lastName\n      birthDate\n      age\n      sex\n      stage\n      email\n      phone\n      addressLine\n      postalCode\n      city\n      counsellor {\n        id\n        fullName\n      }\n      updatedAt\n    }\n  }\n':
    types.UpdatePersonDocument,
  '\n  fragment PortalHiringNeedFields on HiringNeed {\n    id\n    jobTitle\n    positions\n    startDate\n    requirements\n    status\n    statusLabel\n    enteredByPartner\n    sharedWithPartners\n    version\n    site {\n      id\n      name\n      city\n    }\n  }\n':
    types.PortalHiringNeedFieldsFragmentDoc,
  '\n  fragment PortalProposalFields on PortalProposal {\n    id\n    status\n    statusLabel\n    proposedAt\n    structureName\n    traineeName\n    certificationTitle\n    decidedAt\n    declineReason\n    declineReasonLabel\n    decisionComment\n    version\n    hiringNeed {\n      id\n      jobTitle\n      startDate\n      site {\n        id\n        name\n        city\n      }\n    }\n  }\n':
    types.PortalProposalFieldsFragmentDoc,
  '\n  fragment PortalMissionFields on PortalMission {\n    id\n    structureName\n    kindLabel\n    site\n    startDate\n    endDate\n    minutes\n    hoursStatus\n    hoursStatusLabel\n    hoursReviewComment\n    hoursReviewedAt\n    traineeName\n    version\n  }\n':
    types.PortalMissionFieldsFragmentDoc,
  '\n  query PortalOverview($year: Int) {\n    portalOverview(year: $year) {\n      organisationName\n      proposalsAwaitingDecision\n      hoursAwaitingConfirmation\n      progress {\n        ...HiringProgressFields\n      }\n      partnerships {\n        structureName\n        progress {\n          ...HiringProgressFields\n        }\n      }\n    }\n  }\n':
    types.PortalOverviewDocument,
  '\n  query PortalProposals($status: [String!], $first: Int, $offset: Int) {\n    portalProposals(status: $status, first: $first, offset: $offset) {\n      totalCount\n      items {\n        ...PortalProposalFields\n      }\n    }\n  }\n':
    types.PortalProposalsDocument,
  '\n  query PortalMissions($hoursStatus: [String!], $first: Int, $offset: Int) {\n    portalMissions(hoursStatus: $hoursStatus, first: $first, offset: $offset) {\n      totalCount\n      items {\n        ...PortalMissionFields\n      }\n    }\n  }\n':
    types.PortalMissionsDocument,
  '\n  query PortalHiringNeeds($status: String) {\n    portalHiringNeeds(status: $status) {\n      ...PortalHiringNeedFields\n    }\n  }\n':
    types.PortalHiringNeedsDocument,
  '\n  query PortalSites {\n    portalSites {\n      id\n      name\n      addressLine\n      postalCode\n      city\n      version\n    }\n  }\n':
    types.PortalSitesDocument,
  '\n  fragment PortalProposalEventFields on ProposalEvent {\n    id\n    kind\n    kindLabel\n    occurredAt\n    actorLabel\n    reason\n    reasonLabel\n    comment\n  }\n':
    types.PortalProposalEventFieldsFragmentDoc,
  '\n  query PortalProposal($id: ID!) {\n    portalProposal(id: $id) {\n      proposal {\n        ...PortalProposalFields\n      }\n      card {\n        ...TraineeCardFields\n      }\n      events {\n        ...PortalProposalEventFields\n      }\n    }\n  }\n':
    types.PortalProposalDocument,
  '\n  mutation PortalDecideProposal($input: DecideProposalInput!) {\n    portalDecideProposal(input: $input) {\n      proposal {\n        ...PortalProposalFields\n      }\n      card {\n        ...TraineeCardFields\n      }\n      events {\n        ...PortalProposalEventFields\n      }\n    }\n  }\n':
    types.PortalDecideProposalDocument,
  '\n  mutation PortalConfirmMissionHours($input: ConfirmMissionHoursInput!) {\n    portalConfirmMissionHours(input: $input) {\n      ...PortalMissionFields\n    }\n  }\n':
    types.PortalConfirmMissionHoursDocument,
  '\n  mutation PortalDisputeMissionHours($input: DisputeMissionHoursInput!) {\n    portalDisputeMissionHours(input: $input) {\n      ...PortalMissionFields\n    }\n  }\n':
    types.PortalDisputeMissionHoursDocument,
  '\n  mutation PortalCreateHiringNeed($input: PortalCreateHiringNeedInput!) {\n    portalCreateHiringNeed(input: $input) {\n      ...PortalHiringNeedFields\n    }\n  }\n':
    types.PortalCreateHiringNeedDocument,
  '\n  mutation PortalUpdateHiringNeed($input: UpdateHiringNeedInput!) {\n    portalUpdateHiringNeed(input: $input) {\n      ...PortalHiringNeedFields\n    }\n  }\n':
    types.PortalUpdateHiringNeedDocument,
  '\n  mutation PortalShareHiringNeed($input: ShareHiringNeedInput!) {\n    portalShareHiringNeed(input: $input) {\n      ...PortalHiringNeedFields\n    }\n  }\n':
    types.PortalShareHiringNeedDocument,
  '\n  mutation PortalCreateSite($input: CreatePartnerSiteInput!) {\n    portalCreateSite(input: $input) {\n      id\n      name\n      addressLine\n      postalCode\n      city\n      version\n    }\n  }\n':
    types.PortalCreateSiteDocument,
  '\n  query SignInPolicy {\n    me {\n      id\n      structure {\n        id\n        name\n        passwordSignInAllowed\n      }\n    }\n  }\n':
    types.SignInPolicyDocument,
  '\n  mutation SetPasswordSignInAllowed($allowed: Boolean!) {\n    setPasswordSignInAllowed(allowed: $allowed) {\n      id\n      passwordSignInAllowed\n    }\n  }\n':
    types.SetPasswordSignInAllowedDocument,
  '\n  fragment HiringNeedOptionFields on HiringNeed {\n    id\n    jobTitle\n    positions\n    startDate\n    status\n    statusLabel\n    partnerOrganisation {\n      id\n      name\n    }\n    site {\n      id\n      name\n      city\n    }\n  }\n':
    types.HiringNeedOptionFieldsFragmentDoc,
  '\n  fragment ProposalFields on Proposal {\n    id\n    personId\n    status\n    statusLabel\n    consentGivenOn\n    shareFullName\n    shareContact\n    consentWithdrawnAt\n    message\n    proposedAt\n    decidedAt\n    declineReason\n    declineReasonLabel\n    decisionComment\n    withdrawnAt\n    withdrawalReason\n    version\n    hiringNeed {\n      ...HiringNeedOptionFields\n    }\n    hire {\n      id\n      contractTypeLabel\n      startDate\n      weeklyMinutes\n      jobTitle\n    }\n    events {\n      id\n      kind\n      kindLabel\n      occurredAt\n      actorLabel\n      reason\n      reasonLabel\n      comment\n    }\n  }\n':
    types.ProposalFieldsFragmentDoc,
  '\n  query PersonProposals($personId: ID!) {\n    proposals(personId: $personId) {\n      ...ProposalFields\n    }\n  }\n':
    types.PersonProposalsDocument,
  '\n  query OpenHiringNeeds {\n    hiringNeeds {\n      ...HiringNeedOptionFields\n    }\n  }\n':
    types.OpenHiringNeedsDocument,
  '\n  query ProposalPreview($input: ProposalPreviewInput!) {\n    proposalPreview(input: $input) {\n      ...TraineeCardFields\n    }\n  }\n':
    types.ProposalPreviewDocument,
  '\n  mutation ProposeTrainee($input: ProposeTraineeInput!) {\n    proposeTrainee(input: $input) {\n      ...ProposalFields\n    }\n  }\n':
    types.ProposeTraineeDocument,
  '\n  mutation WithdrawProposal($input: WithdrawProposalInput!) {\n    withdrawProposal(input: $input) {\n      ...ProposalFields\n    }\n  }\n':
    types.WithdrawProposalDocument,
  '\n  mutation WithdrawProposalConsent($input: WithdrawProposalConsentInput!) {\n    withdrawProposalConsent(input: $input) {\n      ...ProposalFields\n    }\n  }\n':
    types.WithdrawProposalConsentDocument,
  '\n  mutation RecordHireFromProposal($input: RecordHireFromProposalInput!) {\n    recordHireFromProposal(input: $input) {\n      ...ProposalFields\n    }\n  }\n':
    types.RecordHireFromProposalDocument,
  '\n  fragment TraineeCardFields on TraineeCard {\n    displayName\n    phone\n    email\n    structureName\n    message\n    certification {\n      title\n      code\n      statusLabel\n      obtained\n      blocks {\n        code\n        title\n        levelLabel\n        evaluatedOn\n        resultLabel\n      }\n    }\n    evaluations {\n      blockTitle\n      levelLabel\n      evaluatedOn\n      evaluatorName\n      comment\n    }\n    training {\n      attendedMinutes\n      plannedMinutes\n    }\n    missions {\n      id\n      kindLabel\n      site\n      startDate\n      endDate\n      minutes\n      hoursStatus\n      hoursStatusLabel\n      tutorFeedback\n    }\n  }\n':
    types.TraineeCardFieldsFragmentDoc,
  '\n  fragment ReportJobFields on ReportJob {\n    id\n    kind\n    kindLabel\n    agreementId\n    partnershipId\n    status\n    statusLabel\n    progress\n    progressLabel\n    periodStart\n    periodEnd\n    subjectLabel\n    requestedBy\n    createdAt\n    startedAt\n    finishedAt\n    error\n    figuresSha256\n    pdfSha256\n    xlsxSha256\n    pdfPages\n    pdfUrl\n    xlsxUrl\n  }\n':
    types.ReportJobFieldsFragmentDoc,
  '\n  query ReportSubjects {\n    reportSubjects {\n      agreements {\n        id\n        reference\n        title\n        funderName\n        funderKind\n        reportKind\n        startDate\n        endDate\n      }\n      partnerships {\n        id\n        partnerName\n      }\n    }\n  }\n':
    types.ReportSubjectsDocument,
  '\n  query ReportJobs($first: Int) {\n    reportJobs(first: $first) {\n      ...ReportJobFields\n    }\n  }\n':
    types.ReportJobsDocument,
  '\n  mutation GenerateReport($input: GenerateReportInput!) {\n    generateReport(input: $input) {\n      ...ReportJobFields\n    }\n  }\n':
    types.GenerateReportDocument,
  '\n  query PersonDataRetention($personId: ID!) {\n    personDataRetention(personId: $personId) {\n      personId\n      lastContactOn\n      anonymisationOn\n      legalHoldReason\n      legalHoldUntil\n      fseHoldUntil\n      noticeSentAt\n      anonymisedAt\n    }\n  }\n':
    types.PersonDataRetentionDocument,
  '\n  mutation SetPersonLegalHold($input: SetPersonLegalHoldInput!) {\n    setPersonLegalHold(input: $input) {\n      personId\n      lastContactOn\n      anonymisationOn\n      legalHoldReason\n      legalHoldUntil\n      fseHoldUntil\n      noticeSentAt\n      anonymisedAt\n    }\n  }\n':
    types.SetPersonLegalHoldDocument,
  '\n  mutation LiftPersonLegalHold($input: LiftPersonLegalHoldInput!) {\n    liftPersonLegalHold(input: $input) {\n      personId\n      lastContactOn\n      anonymisationOn\n      legalHoldReason\n      legalHoldUntil\n      fseHoldUntil\n      noticeSentAt\n      anonymisedAt\n    }\n  }\n':
    types.LiftPersonLegalHoldDocument,
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
export function graphql(
  source: '\n  query TwoFactorStatus {\n    twoFactorStatus {\n      enabled\n      enabledAt\n      recoveryCodesLeft\n      requiredByStructure\n    }\n  }\n',
): (typeof documents)['\n  query TwoFactorStatus {\n    twoFactorStatus {\n      enabled\n      enabledAt\n      recoveryCodesLeft\n      requiredByStructure\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StartTwoFactorEnrolment {\n    startTwoFactorEnrolment {\n      secret\n      otpauthUri\n      qrCodeDataUrl\n    }\n  }\n',
): (typeof documents)['\n  mutation StartTwoFactorEnrolment {\n    startTwoFactorEnrolment {\n      secret\n      otpauthUri\n      qrCodeDataUrl\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ConfirmTwoFactorEnrolment($input: TwoFactorCodeInput!) {\n    confirmTwoFactorEnrolment(input: $input)\n  }\n',
): (typeof documents)['\n  mutation ConfirmTwoFactorEnrolment($input: TwoFactorCodeInput!) {\n    confirmTwoFactorEnrolment(input: $input)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RegenerateRecoveryCodes($input: TwoFactorCodeInput!) {\n    regenerateRecoveryCodes(input: $input)\n  }\n',
): (typeof documents)['\n  mutation RegenerateRecoveryCodes($input: TwoFactorCodeInput!) {\n    regenerateRecoveryCodes(input: $input)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DisableTwoFactor($input: DisableTwoFactorInput!) {\n    disableTwoFactor(input: $input)\n  }\n',
): (typeof documents)['\n  mutation DisableTwoFactor($input: DisableTwoFactorInput!) {\n    disableTwoFactor(input: $input)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StructureTwoFactorRequired {\n    structureTwoFactorRequired\n  }\n',
): (typeof documents)['\n  query StructureTwoFactorRequired {\n    structureTwoFactorRequired\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetStructureTwoFactorRequired($required: Boolean!) {\n    setStructureTwoFactorRequired(required: $required)\n  }\n',
): (typeof documents)['\n  mutation SetStructureTwoFactorRequired($required: Boolean!) {\n    setStructureTwoFactorRequired(required: $required)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MySessions {\n    mySessions {\n      id\n      createdAt\n      lastSeenAt\n      device\n      address\n      current\n    }\n  }\n',
): (typeof documents)['\n  query MySessions {\n    mySessions {\n      id\n      createdAt\n      lastSeenAt\n      device\n      address\n      current\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation EndSession($id: ID!) {\n    endSession(id: $id)\n  }\n',
): (typeof documents)['\n  mutation EndSession($id: ID!) {\n    endSession(id: $id)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation EndOtherSessions {\n    endOtherSessions\n  }\n',
): (typeof documents)['\n  mutation EndOtherSessions {\n    endOtherSessions\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AccountLink($token: String!) {\n    accountLink(token: $token) {\n      kind\n      email\n      firstName\n      lastName\n    }\n  }\n',
): (typeof documents)['\n  query AccountLink($token: String!) {\n    accountLink(token: $token) {\n      kind\n      email\n      firstName\n      lastName\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetPasswordWithLink($input: SetPasswordWithLinkInput!) {\n    setPasswordWithLink(input: $input)\n  }\n',
): (typeof documents)['\n  mutation SetPasswordWithLink($input: SetPasswordWithLinkInput!) {\n    setPasswordWithLink(input: $input)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n',
): (typeof documents)['\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n',
): (typeof documents)['\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AdminStructures {\n    adminStructures {\n      id\n      name\n      kind\n      siret\n      city\n      departement\n      conventionNumber\n      conventionStartsOn\n      conventionEndsOn\n      annexNumber\n      annexStartsOn\n      annexEndsOn\n      hiringTarget\n      active\n      staffCount\n      updatedAt\n    }\n  }\n',
): (typeof documents)['\n  query AdminStructures {\n    adminStructures {\n      id\n      name\n      kind\n      siret\n      city\n      departement\n      conventionNumber\n      conventionStartsOn\n      conventionEndsOn\n      annexNumber\n      annexStartsOn\n      annexEndsOn\n      hiringTarget\n      active\n      staffCount\n      updatedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateStructure($input: CreateStructureInput!) {\n    createStructure(input: $input) {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateStructure($input: CreateStructureInput!) {\n    createStructure(input: $input) {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateStructure($input: UpdateStructureInput!) {\n    updateStructure(input: $input) {\n      id\n      name\n      updatedAt\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateStructure($input: UpdateStructureInput!) {\n    updateStructure(input: $input) {\n      id\n      name\n      updatedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetStructureActive($input: SetStructureActiveInput!) {\n    setStructureActive(input: $input) {\n      id\n      active\n    }\n  }\n',
): (typeof documents)['\n  mutation SetStructureActive($input: SetStructureActiveInput!) {\n    setStructureActive(input: $input) {\n      id\n      active\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StaffMembers($structureId: ID) {\n    staffMembers(structureId: $structureId) {\n      id\n      email\n      fullName\n      role\n      status\n    }\n  }\n',
): (typeof documents)['\n  query StaffMembers($structureId: ID) {\n    staffMembers(structureId: $structureId) {\n      id\n      email\n      fullName\n      role\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation InviteStaff($input: InviteStaffInput!) {\n    inviteStaff(input: $input) {\n      emailSent\n      link\n      member {\n        id\n        fullName\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation InviteStaff($input: InviteStaffInput!) {\n    inviteStaff(input: $input) {\n      emailSent\n      link\n      member {\n        id\n        fullName\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ChangeStaffRole($input: ChangeStaffRoleInput!) {\n    changeStaffRole(input: $input) {\n      id\n      role\n    }\n  }\n',
): (typeof documents)['\n  mutation ChangeStaffRole($input: ChangeStaffRoleInput!) {\n    changeStaffRole(input: $input) {\n      id\n      role\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeactivateStaff($input: StaffRefInput!) {\n    deactivateStaff(input: $input) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation DeactivateStaff($input: StaffRefInput!) {\n    deactivateStaff(input: $input) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReactivateStaff($input: StaffRefInput!) {\n    reactivateStaff(input: $input) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation ReactivateStaff($input: StaffRefInput!) {\n    reactivateStaff(input: $input) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordPathwayEvent($input: RecordPathwayEventInput!) {\n    recordPathwayEvent(input: $input) {\n      id\n      kind\n      kindLabel\n      occurredOn\n      title\n      notes\n      confidential\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordPathwayEvent($input: RecordPathwayEventInput!) {\n    recordPathwayEvent(input: $input) {\n      id\n      kind\n      kindLabel\n      occurredOn\n      title\n      notes\n      confidential\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PersonMissions($id: ID!) {\n    person(id: $id) {\n      id\n      missions {\n        id\n        kind\n        kindLabel\n        site\n        startDate\n        endDate\n        minutes\n        tutorFeedback\n        hoursStatus\n        hoursStatusLabel\n        hoursReviewedAt\n        hoursReviewComment\n        version\n        hostOrganisation {\n          id\n          name\n        }\n        placementStatus {\n          level\n          message\n          minutesInWindow\n        }\n      }\n      placementTotals {\n        hostOrganisationId\n        hostOrganisation {\n          id\n          name\n        }\n        level\n        message\n        minutesInWindow\n        windowStart\n        windowEnd\n      }\n    }\n    partnerOrganisations {\n      id\n      name\n      city\n    }\n  }\n',
): (typeof documents)['\n  query PersonMissions($id: ID!) {\n    person(id: $id) {\n      id\n      missions {\n        id\n        kind\n        kindLabel\n        site\n        startDate\n        endDate\n        minutes\n        tutorFeedback\n        hoursStatus\n        hoursStatusLabel\n        hoursReviewedAt\n        hoursReviewComment\n        version\n        hostOrganisation {\n          id\n          name\n        }\n        placementStatus {\n          level\n          message\n          minutesInWindow\n        }\n      }\n      placementTotals {\n        hostOrganisationId\n        hostOrganisation {\n          id\n          name\n        }\n        level\n        message\n        minutesInWindow\n        windowStart\n        windowEnd\n      }\n    }\n    partnerOrganisations {\n      id\n      name\n      city\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordMission($input: RecordMissionInput!) {\n    recordMission(input: $input) {\n      id\n      kind\n      kindLabel\n      site\n      startDate\n      endDate\n      minutes\n      tutorFeedback\n      hoursStatus\n      hoursStatusLabel\n      version\n      hostOrganisation {\n        id\n        name\n      }\n      placementStatus {\n        level\n        message\n        minutesInWindow\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordMission($input: RecordMissionInput!) {\n    recordMission(input: $input) {\n      id\n      kind\n      kindLabel\n      site\n      startDate\n      endDate\n      minutes\n      tutorFeedback\n      hoursStatus\n      hoursStatusLabel\n      version\n      hostOrganisation {\n        id\n        name\n      }\n      placementStatus {\n        level\n        message\n        minutesInWindow\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CorrectMissionHours($input: CorrectMissionHoursInput!) {\n    correctMissionHours(input: $input) {\n      id\n      startDate\n      endDate\n      minutes\n      tutorFeedback\n      hoursStatus\n      hoursStatusLabel\n      hoursReviewedAt\n      hoursReviewComment\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation CorrectMissionHours($input: CorrectMissionHoursInput!) {\n    correctMissionHours(input: $input) {\n      id\n      startDate\n      endDate\n      minutes\n      tutorFeedback\n      hoursStatus\n      hoursStatusLabel\n      hoursReviewedAt\n      hoursReviewComment\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PersonNotes($id: ID!) {\n    person(id: $id) {\n      id\n      events {\n        id\n        kind\n        kindLabel\n        occurredOn\n        title\n        notes\n        confidential\n        author {\n          id\n          fullName\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PersonNotes($id: ID!) {\n    person(id: $id) {\n      id\n      events {\n        id\n        kind\n        kindLabel\n        occurredOn\n        title\n        notes\n        confidential\n        author {\n          id\n          fullName\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PersonRecruitment($id: ID!) {\n    person(id: $id) {\n      id\n      events {\n        id\n        kind\n        kindLabel\n        occurredOn\n        title\n        notes\n        confidential\n        author {\n          id\n          fullName\n        }\n      }\n      immersions {\n        id\n        hostName\n        hostTutorName\n        objective\n        objectiveLabel\n        startDate\n        endDate\n        days\n        comment\n        hostOrganisation {\n          id\n          name\n        }\n      }\n      missions {\n        id\n        kind\n        kindLabel\n        site\n        startDate\n        endDate\n        minutes\n        tutorFeedback\n        hoursStatus\n        hoursStatusLabel\n        hoursReviewedAt\n        hoursReviewComment\n        version\n        hostOrganisation {\n          id\n          name\n        }\n      }\n      admissionDecisions {\n        id\n        outcome\n        outcomeLabel\n        decidedOn\n        comment\n      }\n      employmentContracts {\n        id\n        kind\n        kindLabel\n        startDate\n        endDate\n        weeklyMinutes\n      }\n    }\n    partnerOrganisations {\n      id\n      name\n      city\n    }\n  }\n',
): (typeof documents)['\n  query PersonRecruitment($id: ID!) {\n    person(id: $id) {\n      id\n      events {\n        id\n        kind\n        kindLabel\n        occurredOn\n        title\n        notes\n        confidential\n        author {\n          id\n          fullName\n        }\n      }\n      immersions {\n        id\n        hostName\n        hostTutorName\n        objective\n        objectiveLabel\n        startDate\n        endDate\n        days\n        comment\n        hostOrganisation {\n          id\n          name\n        }\n      }\n      missions {\n        id\n        kind\n        kindLabel\n        site\n        startDate\n        endDate\n        minutes\n        tutorFeedback\n        hoursStatus\n        hoursStatusLabel\n        hoursReviewedAt\n        hoursReviewComment\n        version\n        hostOrganisation {\n          id\n          name\n        }\n      }\n      admissionDecisions {\n        id\n        outcome\n        outcomeLabel\n        decidedOn\n        comment\n      }\n      employmentContracts {\n        id\n        kind\n        kindLabel\n        startDate\n        endDate\n        weeklyMinutes\n      }\n    }\n    partnerOrganisations {\n      id\n      name\n      city\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordImmersion($input: RecordImmersionInput!) {\n    recordImmersion(input: $input) {\n      id\n      hostName\n      hostTutorName\n      objective\n      objectiveLabel\n      startDate\n      endDate\n      days\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordImmersion($input: RecordImmersionInput!) {\n    recordImmersion(input: $input) {\n      id\n      hostName\n      hostTutorName\n      objective\n      objectiveLabel\n      startDate\n      endDate\n      days\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordAdmissionDecision($input: RecordAdmissionDecisionInput!) {\n    recordAdmissionDecision(input: $input) {\n      id\n      outcome\n      outcomeLabel\n      decidedOn\n      comment\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordAdmissionDecision($input: RecordAdmissionDecisionInput!) {\n    recordAdmissionDecision(input: $input) {\n      id\n      outcome\n      outcomeLabel\n      decidedOn\n      comment\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordEmploymentContract($input: RecordEmploymentContractInput!) {\n    recordEmploymentContract(input: $input) {\n      id\n      kind\n      kindLabel\n      startDate\n      endDate\n      weeklyMinutes\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordEmploymentContract($input: RecordEmploymentContractInput!) {\n    recordEmploymentContract(input: $input) {\n      id\n      kind\n      kindLabel\n      startDate\n      endDate\n      weeklyMinutes\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CollectiveSessions($kind: String, $from: String, $to: String) {\n    collectiveSessions(kind: $kind, from: $from, to: $to) {\n      id\n      kind\n      kindLabel\n      title\n      trainingBody\n      sessionDate\n      plannedMinutes\n      certificationBlockId\n      certificationBlock {\n        id\n        code\n        title\n      }\n      attendances {\n        id\n        minutesAttended\n        absence\n        absenceLabel\n        version\n        person {\n          id\n          firstName\n          lastName\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CollectiveSessions($kind: String, $from: String, $to: String) {\n    collectiveSessions(kind: $kind, from: $from, to: $to) {\n      id\n      kind\n      kindLabel\n      title\n      trainingBody\n      sessionDate\n      plannedMinutes\n      certificationBlockId\n      certificationBlock {\n        id\n        code\n        title\n      }\n      attendances {\n        id\n        minutesAttended\n        absence\n        absenceLabel\n        version\n        person {\n          id\n          firstName\n          lastName\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SessionCertifications {\n    certifications {\n      id\n      title\n      blocks {\n        id\n        code\n        title\n        position\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SessionCertifications {\n    certifications {\n      id\n      title\n      blocks {\n        id\n        code\n        title\n        position\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateCollectiveSession($input: CreateCollectiveSessionInput!) {\n    createCollectiveSession(input: $input) {\n      id\n      kind\n      kindLabel\n      title\n      trainingBody\n      sessionDate\n      plannedMinutes\n      certificationBlockId\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateCollectiveSession($input: CreateCollectiveSessionInput!) {\n    createCollectiveSession(input: $input) {\n      id\n      kind\n      kindLabel\n      title\n      trainingBody\n      sessionDate\n      plannedMinutes\n      certificationBlockId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordAttendance($input: RecordAttendanceInput!) {\n    recordAttendance(input: $input) {\n      id\n      plannedMinutes\n      attendances {\n        id\n        minutesAttended\n        absence\n        absenceLabel\n        version\n        person {\n          id\n          firstName\n          lastName\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordAttendance($input: RecordAttendanceInput!) {\n    recordAttendance(input: $input) {\n      id\n      plannedMinutes\n      attendances {\n        id\n        minutesAttended\n        absence\n        absenceLabel\n        version\n        person {\n          id\n          firstName\n          lastName\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PersonTraining($id: ID!) {\n    person(id: $id) {\n      id\n      trainingHours {\n        plannedMinutes\n        plannedToDateMinutes\n        attendedMinutes\n      }\n      attendances {\n        id\n        minutesAttended\n        absence\n        absenceLabel\n        session {\n          id\n          kind\n          kindLabel\n          title\n          trainingBody\n          sessionDate\n          plannedMinutes\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PersonTraining($id: ID!) {\n    person(id: $id) {\n      id\n      trainingHours {\n        plannedMinutes\n        plannedToDateMinutes\n        attendedMinutes\n      }\n      attendances {\n        id\n        minutesAttended\n        absence\n        absenceLabel\n        session {\n          id\n          kind\n          kindLabel\n          title\n          trainingBody\n          sessionDate\n          plannedMinutes\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PersonTutoring($id: ID!) {\n    person(id: $id) {\n      id\n      targetCertification {\n        id\n        title\n      }\n      tutorings {\n        id\n        startDate\n        endDate\n        active\n        tutor {\n          id\n          fullName\n          side\n          sideLabel\n          jobTitle\n          partnerOrganisation {\n            id\n            name\n          }\n        }\n      }\n      skillsProgress {\n        block {\n          id\n          code\n          title\n          position\n        }\n        level\n        levelLabel\n        evaluatedOn\n        history {\n          level\n          levelLabel\n          evaluatedOn\n          evaluatorName\n        }\n        version\n      }\n      events {\n        id\n        kind\n        kindLabel\n        occurredOn\n        title\n        notes\n        confidential\n        author {\n          id\n          fullName\n        }\n      }\n    }\n    tutors {\n      id\n      fullName\n      side\n      sideLabel\n      jobTitle\n      activeTraineeCount\n      partnerOrganisation {\n        id\n        name\n      }\n    }\n    partnerOrganisations {\n      id\n      name\n      city\n    }\n  }\n',
): (typeof documents)['\n  query PersonTutoring($id: ID!) {\n    person(id: $id) {\n      id\n      targetCertification {\n        id\n        title\n      }\n      tutorings {\n        id\n        startDate\n        endDate\n        active\n        tutor {\n          id\n          fullName\n          side\n          sideLabel\n          jobTitle\n          partnerOrganisation {\n            id\n            name\n          }\n        }\n      }\n      skillsProgress {\n        block {\n          id\n          code\n          title\n          position\n        }\n        level\n        levelLabel\n        evaluatedOn\n        history {\n          level\n          levelLabel\n          evaluatedOn\n          evaluatorName\n        }\n        version\n      }\n      events {\n        id\n        kind\n        kindLabel\n        occurredOn\n        title\n        notes\n        confidential\n        author {\n          id\n          fullName\n        }\n      }\n    }\n    tutors {\n      id\n      fullName\n      side\n      sideLabel\n      jobTitle\n      activeTraineeCount\n      partnerOrganisation {\n        id\n        name\n      }\n    }\n    partnerOrganisations {\n      id\n      name\n      city\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AssignTutor($input: AssignTutorInput!) {\n    assignTutor(input: $input) {\n      id\n      startDate\n      endDate\n      active\n    }\n  }\n',
): (typeof documents)['\n  mutation AssignTutor($input: AssignTutorInput!) {\n    assignTutor(input: $input) {\n      id\n      startDate\n      endDate\n      active\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation EndTutoring($input: EndTutoringInput!) {\n    endTutoring(input: $input) {\n      id\n      endDate\n      active\n    }\n  }\n',
): (typeof documents)['\n  mutation EndTutoring($input: EndTutoringInput!) {\n    endTutoring(input: $input) {\n      id\n      endDate\n      active\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateTutor($input: CreateTutorInput!) {\n    createTutor(input: $input) {\n      id\n      fullName\n      side\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateTutor($input: CreateTutorInput!) {\n    createTutor(input: $input) {\n      id\n      fullName\n      side\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordSkillsEvaluation($input: RecordSkillsEvaluationInput!) {\n    recordSkillsEvaluation(input: $input) {\n      id\n      blockId\n      level\n      evaluatedOn\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordSkillsEvaluation($input: RecordSkillsEvaluationInput!) {\n    recordSkillsEvaluation(input: $input) {\n      id\n      blockId\n      level\n      evaluatedOn\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AdminPartnerReviewerFields on PartnerReviewer {\n    id\n    email\n    firstName\n    lastName\n    fullName\n    active\n    createdAt\n    lastSignedInAt\n  }\n',
): (typeof documents)['\n  fragment AdminPartnerReviewerFields on PartnerReviewer {\n    id\n    email\n    firstName\n    lastName\n    fullName\n    active\n    createdAt\n    lastSignedInAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AdminPartnerSiteFields on PartnerSite {\n    id\n    name\n    addressLine\n    postalCode\n    city\n    version\n  }\n',
): (typeof documents)['\n  fragment AdminPartnerSiteFields on PartnerSite {\n    id\n    name\n    addressLine\n    postalCode\n    city\n    version\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AdminPartnerOrganisationFields on AdminPartnerOrganisation {\n    id\n    name\n    kind\n    siret\n    city\n    updatedAt\n    sites {\n      ...AdminPartnerSiteFields\n    }\n    reviewers {\n      ...AdminPartnerReviewerFields\n    }\n  }\n',
): (typeof documents)['\n  fragment AdminPartnerOrganisationFields on AdminPartnerOrganisation {\n    id\n    name\n    kind\n    siret\n    city\n    updatedAt\n    sites {\n      ...AdminPartnerSiteFields\n    }\n    reviewers {\n      ...AdminPartnerReviewerFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AdminPartnerOrganisations {\n    adminPartnerOrganisations {\n      ...AdminPartnerOrganisationFields\n    }\n  }\n',
): (typeof documents)['\n  query AdminPartnerOrganisations {\n    adminPartnerOrganisations {\n      ...AdminPartnerOrganisationFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreatePartnerOrganisation($input: CreatePartnerOrganisationInput!) {\n    createPartnerOrganisation(input: $input) {\n      ...AdminPartnerOrganisationFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CreatePartnerOrganisation($input: CreatePartnerOrganisationInput!) {\n    createPartnerOrganisation(input: $input) {\n      ...AdminPartnerOrganisationFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdatePartnerOrganisation($input: UpdatePartnerOrganisationInput!) {\n    updatePartnerOrganisation(input: $input) {\n      ...AdminPartnerOrganisationFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdatePartnerOrganisation($input: UpdatePartnerOrganisationInput!) {\n    updatePartnerOrganisation(input: $input) {\n      ...AdminPartnerOrganisationFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddPartnerSite($input: AddPartnerSiteInput!) {\n    addPartnerSite(input: $input) {\n      ...AdminPartnerSiteFields\n    }\n  }\n',
): (typeof documents)['\n  mutation AddPartnerSite($input: AddPartnerSiteInput!) {\n    addPartnerSite(input: $input) {\n      ...AdminPartnerSiteFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdatePartnerSite($input: UpdatePartnerSiteInput!) {\n    updatePartnerSite(input: $input) {\n      ...AdminPartnerSiteFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdatePartnerSite($input: UpdatePartnerSiteInput!) {\n    updatePartnerSite(input: $input) {\n      ...AdminPartnerSiteFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreatePartnerReviewer($input: CreatePartnerReviewerInput!) {\n    createPartnerReviewer(input: $input) {\n      initialPassword\n      reviewer {\n        ...AdminPartnerReviewerFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CreatePartnerReviewer($input: CreatePartnerReviewerInput!) {\n    createPartnerReviewer(input: $input) {\n      initialPassword\n      reviewer {\n        ...AdminPartnerReviewerFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeactivatePartnerReviewer($input: DeactivatePartnerReviewerInput!) {\n    deactivatePartnerReviewer(input: $input) {\n      ...AdminPartnerReviewerFields\n    }\n  }\n',
): (typeof documents)['\n  mutation DeactivatePartnerReviewer($input: DeactivatePartnerReviewerInput!) {\n    deactivatePartnerReviewer(input: $input) {\n      ...AdminPartnerReviewerFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReactivatePartnerReviewer($input: ReactivatePartnerReviewerInput!) {\n    reactivatePartnerReviewer(input: $input) {\n      initialPassword\n      reviewer {\n        ...AdminPartnerReviewerFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ReactivatePartnerReviewer($input: ReactivatePartnerReviewerInput!) {\n    reactivatePartnerReviewer(input: $input) {\n      initialPassword\n      reviewer {\n        ...AdminPartnerReviewerFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ResetPartnerReviewerPassword($input: ResetPartnerReviewerPasswordInput!) {\n    resetPartnerReviewerPassword(input: $input) {\n      initialPassword\n      reviewer {\n        ...AdminPartnerReviewerFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ResetPartnerReviewerPassword($input: ResetPartnerReviewerPasswordInput!) {\n    resetPartnerReviewerPassword(input: $input) {\n      initialPassword\n      reviewer {\n        ...AdminPartnerReviewerFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PersonAuditLog($personId: ID!, $first: Int, $offset: Int) {\n    personAuditLog(personId: $personId, first: $first, offset: $offset) {\n      totalCount\n      items {\n        id\n        occurredAt\n        action\n        actionLabel\n        actorLabel\n        actorRole\n        actorRoleLabel\n        actorOrganisation\n        subjectType\n        details\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PersonAuditLog($personId: ID!, $first: Int, $offset: Int) {\n    personAuditLog(personId: $personId, first: $first, offset: $offset) {\n      totalCount\n      items {\n        id\n        occurredAt\n        action\n        actionLabel\n        actorLabel\n        actorRole\n        actorRoleLabel\n        actorOrganisation\n        subjectType\n        details\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Me {\n    me {\n      id\n      firstName\n      lastName\n      fullName\n      email\n      role\n      permissions\n      mustChangePassword\n      structure {\n        id\n        name\n        kind\n        city\n      }\n      partnerOrganisation {\n        id\n        name\n      }\n      twoFactorEnrolmentRequired\n    }\n  }\n',
): (typeof documents)['\n  query Me {\n    me {\n      id\n      firstName\n      lastName\n      fullName\n      email\n      role\n      permissions\n      mustChangePassword\n      structure {\n        id\n        name\n        kind\n        city\n      }\n      partnerOrganisation {\n        id\n        name\n      }\n      twoFactorEnrolmentRequired\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      fullName\n    }\n  }\n',
): (typeof documents)['\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      fullName\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignOut {\n    signOut\n  }\n',
): (typeof documents)['\n  mutation SignOut {\n    signOut\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation VerifyTwoFactorSignIn($input: TwoFactorCodeInput!) {\n    verifyTwoFactorSignIn(input: $input) {\n      id\n      fullName\n    }\n  }\n',
): (typeof documents)['\n  mutation VerifyTwoFactorSignIn($input: TwoFactorCodeInput!) {\n    verifyTwoFactorSignIn(input: $input) {\n      id\n      fullName\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PersonContracts($id: ID!) {\n    person(id: $id) {\n      id\n      stage\n      targetCertification {\n        id\n        title\n      }\n      professionalisationContracts {\n        id\n        personId\n        version\n        status\n        statusLabel\n        cerfaKind\n        cerfaKindLabel\n        form\n        formLabel\n        publicCategory\n        publicCategoryLabel\n        employerSiret\n        workplaceSiret\n        collectiveAgreement\n        jobTitle\n        franceTravailId\n        startDate\n        endDate\n        trialPeriodDays\n        weeklyMinutes\n        grossMonthlyPayCents\n        certificationId\n        certification {\n          id\n          title\n          rncpCode\n        }\n        trainingBodyName\n        trainingBodySiret\n        plannedTrainingMinutes\n        branchAgreementReference\n        branchAgreementMaxTrainingPercent\n        structureTutorId\n        structureTutor {\n          id\n          fullName\n        }\n        hostTutorId\n        hostTutor {\n          id\n          fullName\n          partnerOrganisation {\n            id\n            name\n          }\n        }\n        hostTutorExperienceMonths\n        hostTutorIsEmployer\n        opcoFunderId\n        opcoFunder {\n          id\n          name\n          hourlyRateCents\n        }\n        opcoFileNumber\n        hourlyRateCents\n        depositDueOn\n        submittedOn\n        decisionDueOn\n        opcoDecision\n        opcoDecisionLabel\n        opcoDecidedOn\n        opcoRefusalReason\n        completedOn\n        brokenOn\n        breakReason\n        breakReasonLabel\n        breakComment\n        renewalReason\n        renewalReasonLabel\n        renewedFromId\n        checks {\n          code\n          field\n          severity\n          message\n        }\n        canSubmit\n        progress {\n          plannedMinutes\n          attendedMinutes\n          expectedMinutesToDate\n          elapsedPercent\n          attendedPercent\n          behind\n          justifiedMinutes\n          hourlyRateCents\n          opcoAmountCents\n        }\n        breakFollowUp {\n          id\n          dueOn\n          opcoInformedOn\n          reorientation\n          closedOn\n          version\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PersonContracts($id: ID!) {\n    person(id: $id) {\n      id\n      stage\n      targetCertification {\n        id\n        title\n      }\n      professionalisationContracts {\n        id\n        personId\n        version\n        status\n        statusLabel\n        cerfaKind\n        cerfaKindLabel\n        form\n        formLabel\n        publicCategory\n        publicCategoryLabel\n        employerSiret\n        workplaceSiret\n        collectiveAgreement\n        jobTitle\n        franceTravailId\n        startDate\n        endDate\n        trialPeriodDays\n        weeklyMinutes\n        grossMonthlyPayCents\n        certificationId\n        certification {\n          id\n          title\n          rncpCode\n        }\n        trainingBodyName\n        trainingBodySiret\n        plannedTrainingMinutes\n        branchAgreementReference\n        branchAgreementMaxTrainingPercent\n        structureTutorId\n        structureTutor {\n          id\n          fullName\n        }\n        hostTutorId\n        hostTutor {\n          id\n          fullName\n          partnerOrganisation {\n            id\n            name\n          }\n        }\n        hostTutorExperienceMonths\n        hostTutorIsEmployer\n        opcoFunderId\n        opcoFunder {\n          id\n          name\n          hourlyRateCents\n        }\n        opcoFileNumber\n        hourlyRateCents\n        depositDueOn\n        submittedOn\n        decisionDueOn\n        opcoDecision\n        opcoDecisionLabel\n        opcoDecidedOn\n        opcoRefusalReason\n        completedOn\n        brokenOn\n        breakReason\n        breakReasonLabel\n        breakComment\n        renewalReason\n        renewalReasonLabel\n        renewedFromId\n        checks {\n          code\n          field\n          severity\n          message\n        }\n        canSubmit\n        progress {\n          plannedMinutes\n          attendedMinutes\n          expectedMinutesToDate\n          elapsedPercent\n          attendedPercent\n          behind\n          justifiedMinutes\n          hourlyRateCents\n          opcoAmountCents\n        }\n        breakFollowUp {\n          id\n          dueOn\n          opcoInformedOn\n          reorientation\n          closedOn\n          version\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ContractFormOptions {\n    certifications {\n      id\n      title\n      rncpCode\n      level\n    }\n    tutors {\n      id\n      fullName\n      side\n      jobTitle\n      activeTraineeCount\n      partnerOrganisation {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ContractFormOptions {\n    certifications {\n      id\n      title\n      rncpCode\n      level\n    }\n    tutors {\n      id\n      fullName\n      side\n      jobTitle\n      activeTraineeCount\n      partnerOrganisation {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ContractFunders {\n    funders {\n      id\n      kind\n      name\n      hourlyRateCents\n    }\n  }\n',
): (typeof documents)['\n  query ContractFunders {\n    funders {\n      id\n      kind\n      name\n      hourlyRateCents\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateProfessionalisationContract($input: CreateProfessionalisationContractInput!) {\n    createProfessionalisationContract(input: $input) {\n      id\n      version\n      status\n      canSubmit\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateProfessionalisationContract($input: CreateProfessionalisationContractInput!) {\n    createProfessionalisationContract(input: $input) {\n      id\n      version\n      status\n      canSubmit\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateProfessionalisationContract($input: UpdateProfessionalisationContractInput!) {\n    updateProfessionalisationContract(input: $input) {\n      id\n      version\n      status\n      canSubmit\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateProfessionalisationContract($input: UpdateProfessionalisationContractInput!) {\n    updateProfessionalisationContract(input: $input) {\n      id\n      version\n      status\n      canSubmit\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SubmitProfessionalisationContract($input: SubmitProfessionalisationContractInput!) {\n    submitProfessionalisationContract(input: $input) {\n      id\n      version\n      status\n      submittedOn\n      decisionDueOn\n    }\n  }\n',
): (typeof documents)['\n  mutation SubmitProfessionalisationContract($input: SubmitProfessionalisationContractInput!) {\n    submitProfessionalisationContract(input: $input) {\n      id\n      version\n      status\n      submittedOn\n      decisionDueOn\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordOpcoDecision($input: RecordOpcoDecisionInput!) {\n    recordOpcoDecision(input: $input) {\n      id\n      version\n      status\n      opcoDecision\n      opcoDecidedOn\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordOpcoDecision($input: RecordOpcoDecisionInput!) {\n    recordOpcoDecision(input: $input) {\n      id\n      version\n      status\n      opcoDecision\n      opcoDecidedOn\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StartProfessionalisationContract($input: StartProfessionalisationContractInput!) {\n    startProfessionalisationContract(input: $input) {\n      id\n      version\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation StartProfessionalisationContract($input: StartProfessionalisationContractInput!) {\n    startProfessionalisationContract(input: $input) {\n      id\n      version\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CompleteProfessionalisationContract($input: CompleteProfessionalisationContractInput!) {\n    completeProfessionalisationContract(input: $input) {\n      id\n      version\n      status\n      completedOn\n    }\n  }\n',
): (typeof documents)['\n  mutation CompleteProfessionalisationContract($input: CompleteProfessionalisationContractInput!) {\n    completeProfessionalisationContract(input: $input) {\n      id\n      version\n      status\n      completedOn\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BreakProfessionalisationContract($input: BreakProfessionalisationContractInput!) {\n    breakProfessionalisationContract(input: $input) {\n      id\n      version\n      status\n      brokenOn\n    }\n  }\n',
): (typeof documents)['\n  mutation BreakProfessionalisationContract($input: BreakProfessionalisationContractInput!) {\n    breakProfessionalisationContract(input: $input) {\n      id\n      version\n      status\n      brokenOn\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateContractBreakFollowUp($input: UpdateContractBreakFollowUpInput!) {\n    updateContractBreakFollowUp(input: $input) {\n      id\n      version\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateContractBreakFollowUp($input: UpdateContractBreakFollowUpInput!) {\n    updateContractBreakFollowUp(input: $input) {\n      id\n      version\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RenewProfessionalisationContract($input: RenewProfessionalisationContractInput!) {\n    renewProfessionalisationContract(input: $input) {\n      id\n      version\n      status\n      renewedFromId\n    }\n  }\n',
): (typeof documents)['\n  mutation RenewProfessionalisationContract($input: RenewProfessionalisationContractInput!) {\n    renewProfessionalisationContract(input: $input) {\n      id\n      version\n      status\n      renewedFromId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Dashboard($periodStart: String!, $periodEnd: String!, $structureId: ID) {\n    dashboard(periodStart: $periodStart, periodEnd: $periodEnd, structureId: $structureId) {\n      periodStart\n      periodEnd\n      structureName\n      sections {\n        title\n        figures {\n          code\n          label\n          value\n          unit\n          targetValue\n          targetLabel\n          percentValue\n          percentOf\n          definition\n          drillable\n          parts {\n            role\n            code\n            label\n            value\n            unit\n            definition\n            drillable\n          }\n        }\n        charts {\n          code\n          kind\n          title\n          unit\n          categories\n          series {\n            label\n            values\n            links {\n              code\n              label\n              month\n              periodStart\n              periodEnd\n            }\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Dashboard($periodStart: String!, $periodEnd: String!, $structureId: ID) {\n    dashboard(periodStart: $periodStart, periodEnd: $periodEnd, structureId: $structureId) {\n      periodStart\n      periodEnd\n      structureName\n      sections {\n        title\n        figures {\n          code\n          label\n          value\n          unit\n          targetValue\n          targetLabel\n          percentValue\n          percentOf\n          definition\n          drillable\n          parts {\n            role\n            code\n            label\n            value\n            unit\n            definition\n            drillable\n          }\n        }\n        charts {\n          code\n          kind\n          title\n          unit\n          categories\n          series {\n            label\n            values\n            links {\n              code\n              label\n              month\n              periodStart\n              periodEnd\n            }\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DashboardRecords(\n    $code: String!\n    $periodStart: String!\n    $periodEnd: String!\n    $month: String\n    $first: Int\n    $offset: Int\n  ) {\n    dashboardRecords(\n      code: $code\n      periodStart: $periodStart\n      periodEnd: $periodEnd\n      month: $month\n      first: $first\n      offset: $offset\n    ) {\n      code\n      label\n      periodStart\n      periodEnd\n      month\n      totalCount\n      items {\n        personId\n        label\n        date\n        value\n        unit\n        detail\n      }\n    }\n  }\n',
): (typeof documents)['\n  query DashboardRecords(\n    $code: String!\n    $periodStart: String!\n    $periodEnd: String!\n    $month: String\n    $first: Int\n    $offset: Int\n  ) {\n    dashboardRecords(\n      code: $code\n      periodStart: $periodStart\n      periodEnd: $periodEnd\n      month: $month\n      first: $first\n      offset: $offset\n    ) {\n      code\n      label\n      periodStart\n      periodEnd\n      month\n      totalCount\n      items {\n        personId\n        label\n        date\n        value\n        unit\n        detail\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StructureTargets {\n    structureTargets {\n      id\n      year\n      dynamicExitRateBp\n      durableEmploymentRateBp\n      version\n    }\n  }\n',
): (typeof documents)['\n  query StructureTargets {\n    structureTargets {\n      id\n      year\n      dynamicExitRateBp\n      durableEmploymentRateBp\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetStructureTarget($input: SetStructureTargetInput!) {\n    setStructureTarget(input: $input) {\n      id\n      year\n      dynamicExitRateBp\n      durableEmploymentRateBp\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation SetStructureTarget($input: SetStructureTargetInput!) {\n    setStructureTarget(input: $input) {\n      id\n      year\n      dynamicExitRateBp\n      durableEmploymentRateBp\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DashboardStructures {\n    dashboardStructures {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  query DashboardStructures {\n    dashboardStructures {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FundableSources($filter: FundableSourcesFilter!) {\n    fundableSources(filter: $filter) {\n      sourceKind\n      sourceId\n      date\n      label\n      personId\n      personName\n      unit\n      totalQuantity\n      allocatedQuantity\n      remainingQuantity\n      allocations {\n        agreementId\n        agreementReference\n        quantity\n      }\n      version\n    }\n  }\n',
): (typeof documents)['\n  query FundableSources($filter: FundableSourcesFilter!) {\n    fundableSources(filter: $filter) {\n      sourceKind\n      sourceId\n      date\n      label\n      personId\n      personName\n      unit\n      totalQuantity\n      allocatedQuantity\n      remainingQuantity\n      allocations {\n        agreementId\n        agreementReference\n        quantity\n      }\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AllocateFunding($input: AllocateFundingInput!) {\n    allocateFunding(input: $input) {\n      id\n      version\n      consumption {\n        allocatedMinutes\n        chargedCents\n        fundedCents\n        grantedCents\n        remainingCents\n        consumedPercent\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AllocateFunding($input: AllocateFundingInput!) {\n    allocateFunding(input: $input) {\n      id\n      version\n      consumption {\n        allocatedMinutes\n        chargedCents\n        fundedCents\n        grantedCents\n        remainingCents\n        consumedPercent\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemoveFundingAllocation($input: RemoveFundingAllocationInput!) {\n    removeFundingAllocation(input: $input) {\n      id\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation RemoveFundingAllocation($input: RemoveFundingAllocationInput!) {\n    removeFundingAllocation(input: $input) {\n      id\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordStaffTime($input: RecordStaffTimeInput!) {\n    recordStaffTime(input: $input) {\n      sourceKind\n      sourceId\n      date\n      label\n      personName\n      unit\n      totalQuantity\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordStaffTime($input: RecordStaffTimeInput!) {\n    recordStaffTime(input: $input) {\n      sourceKind\n      sourceId\n      date\n      label\n      personName\n      unit\n      totalQuantity\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordExpense($input: RecordExpenseInput!) {\n    recordExpense(input: $input) {\n      sourceKind\n      sourceId\n      date\n      label\n      unit\n      totalQuantity\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordExpense($input: RecordExpenseInput!) {\n    recordExpense(input: $input) {\n      sourceKind\n      sourceId\n      date\n      label\n      unit\n      totalQuantity\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment FseParticipantFields on FseParticipant {\n    id\n    agreementId\n    personId\n    personName\n    version\n    entryDate\n    gender\n    labourMarketStatus\n    iscedLevel\n    birthYear\n    situations\n    situationsAnswered\n    exitDate\n    exitSituation\n    sixMonthsCheckedOn\n    sixMonthsEmployed\n    sixMonthsImprovedSituation\n    missing\n    complete\n  }\n',
): (typeof documents)['\n  fragment FseParticipantFields on FseParticipant {\n    id\n    agreementId\n    personId\n    personName\n    version\n    entryDate\n    gender\n    labourMarketStatus\n    iscedLevel\n    birthYear\n    situations\n    situationsAnswered\n    exitDate\n    exitSituation\n    sixMonthsCheckedOn\n    sixMonthsEmployed\n    sixMonthsImprovedSituation\n    missing\n    complete\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FseParticipants($id: ID!) {\n    fundingAgreement(id: $id) {\n      id\n      reference\n      participants {\n        ...FseParticipantFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query FseParticipants($id: ID!) {\n    fundingAgreement(id: $id) {\n      id\n      reference\n      participants {\n        ...FseParticipantFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation EnrolFseParticipant($input: EnrolFseParticipantInput!) {\n    enrolFseParticipant(input: $input) {\n      ...FseParticipantFields\n    }\n  }\n',
): (typeof documents)['\n  mutation EnrolFseParticipant($input: EnrolFseParticipantInput!) {\n    enrolFseParticipant(input: $input) {\n      ...FseParticipantFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateFseParticipant($input: UpdateFseParticipantInput!) {\n    updateFseParticipant(input: $input) {\n      ...FseParticipantFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateFseParticipant($input: UpdateFseParticipantInput!) {\n    updateFseParticipant(input: $input) {\n      ...FseParticipantFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FseParticipantsCsv($agreementId: ID!) {\n    fseParticipantsCsv(agreementId: $agreementId) {\n      filename\n      content\n    }\n  }\n',
): (typeof documents)['\n  query FseParticipantsCsv($agreementId: ID!) {\n    fseParticipantsCsv(agreementId: $agreementId) {\n      filename\n      content\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AgreementConsumptionFields on AgreementConsumption {\n    allocatedMinutes\n    chargedCents\n    fundedCents\n    grantedCents\n    remainingCents\n    consumedPercent\n  }\n',
): (typeof documents)['\n  fragment AgreementConsumptionFields on AgreementConsumption {\n    allocatedMinutes\n    chargedCents\n    fundedCents\n    grantedCents\n    remainingCents\n    consumedPercent\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Funders {\n    funders {\n      id\n      kind\n      kindLabel\n      name\n      hourlyRateCents\n      contactEmail\n      version\n      agreements {\n        id\n        reference\n        title\n        startDate\n        endDate\n        amountGrantedCents\n        coFinancingRateBp\n        sourceKinds\n        consumption {\n          ...AgreementConsumptionFields\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Funders {\n    funders {\n      id\n      kind\n      kindLabel\n      name\n      hourlyRateCents\n      contactEmail\n      version\n      agreements {\n        id\n        reference\n        title\n        startDate\n        endDate\n        amountGrantedCents\n        coFinancingRateBp\n        sourceKinds\n        consumption {\n          ...AgreementConsumptionFields\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FundingAgreement($id: ID!) {\n    fundingAgreement(id: $id) {\n      id\n      version\n      funderId\n      funder {\n        id\n        kind\n        kindLabel\n        name\n        hourlyRateCents\n      }\n      reference\n      title\n      startDate\n      endDate\n      amountGrantedCents\n      coFinancingRateBp\n      hourlyRateCents\n      sourceKinds\n      scope\n      indicators\n      indicatorLabels\n      consumption {\n        ...AgreementConsumptionFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query FundingAgreement($id: ID!) {\n    fundingAgreement(id: $id) {\n      id\n      version\n      funderId\n      funder {\n        id\n        kind\n        kindLabel\n        name\n        hourlyRateCents\n      }\n      reference\n      title\n      startDate\n      endDate\n      amountGrantedCents\n      coFinancingRateBp\n      hourlyRateCents\n      sourceKinds\n      scope\n      indicators\n      indicatorLabels\n      consumption {\n        ...AgreementConsumptionFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FundingAllocations($id: ID!, $first: Int) {\n    fundingAgreement(id: $id) {\n      id\n      reference\n      allocations(first: $first) {\n        id\n        agreementId\n        sourceKind\n        sourceKindLabel\n        sourceId\n        quantity\n        unit\n        sourceDate\n        sourceLabel\n        personName\n        version\n      }\n    }\n  }\n',
): (typeof documents)['\n  query FundingAllocations($id: ID!, $first: Int) {\n    fundingAgreement(id: $id) {\n      id\n      reference\n      allocations(first: $first) {\n        id\n        agreementId\n        sourceKind\n        sourceKindLabel\n        sourceId\n        quantity\n        unit\n        sourceDate\n        sourceLabel\n        personName\n        version\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateFunder($input: CreateFunderInput!) {\n    createFunder(input: $input) {\n      id\n      name\n      kind\n      kindLabel\n      hourlyRateCents\n      contactEmail\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateFunder($input: CreateFunderInput!) {\n    createFunder(input: $input) {\n      id\n      name\n      kind\n      kindLabel\n      hourlyRateCents\n      contactEmail\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateFunder($input: UpdateFunderInput!) {\n    updateFunder(input: $input) {\n      id\n      name\n      kind\n      kindLabel\n      hourlyRateCents\n      contactEmail\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateFunder($input: UpdateFunderInput!) {\n    updateFunder(input: $input) {\n      id\n      name\n      kind\n      kindLabel\n      hourlyRateCents\n      contactEmail\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateFundingAgreement($input: CreateFundingAgreementInput!) {\n    createFundingAgreement(input: $input) {\n      id\n      reference\n      title\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateFundingAgreement($input: CreateFundingAgreementInput!) {\n    createFundingAgreement(input: $input) {\n      id\n      reference\n      title\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateFundingAgreement($input: UpdateFundingAgreementInput!) {\n    updateFundingAgreement(input: $input) {\n      id\n      reference\n      title\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateFundingAgreement($input: UpdateFundingAgreementInput!) {\n    updateFundingAgreement(input: $input) {\n      id\n      reference\n      title\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ImportUpload($id: ID!) {\n    importUpload(id: $id) {\n      id\n      fileName\n      format\n      encoding\n      delimiter\n      headers\n      proposedMapping\n      rowCount\n      sampleRows\n    }\n  }\n',
): (typeof documents)['\n  query ImportUpload($id: ID!) {\n    importUpload(id: $id) {\n      id\n      fileName\n      format\n      encoding\n      delimiter\n      headers\n      proposedMapping\n      rowCount\n      sampleRows\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ImportRowFields on ImportRow {\n    line\n    outcome\n    outcomeLabel\n    name\n    personId\n    changes\n    problems {\n      column\n      message\n    }\n    notes {\n      column\n      message\n    }\n  }\n',
): (typeof documents)['\n  fragment ImportRowFields on ImportRow {\n    line\n    outcome\n    outcomeLabel\n    name\n    personId\n    changes\n    problems {\n      column\n      message\n    }\n    notes {\n      column\n      message\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DryRunImport($input: RunImportInput!) {\n    dryRunImport(input: $input) {\n      counts {\n        created\n        completed\n        unchanged\n        refused\n      }\n      rows {\n        ...ImportRowFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation DryRunImport($input: RunImportInput!) {\n    dryRunImport(input: $input) {\n      counts {\n        created\n        completed\n        unchanged\n        refused\n      }\n      rows {\n        ...ImportRowFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RunImport($input: RunImportInput!) {\n    runImport(input: $input) {\n      counts {\n        created\n        completed\n        unchanged\n        refused\n      }\n      rows {\n        ...ImportRowFields\n      }\n      log {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RunImport($input: RunImportInput!) {\n    runImport(input: $input) {\n      counts {\n        created\n        completed\n        unchanged\n        refused\n      }\n      rows {\n        ...ImportRowFields\n      }\n      log {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ImportLogs {\n    importLogs {\n      id\n      fileName\n      sha256\n      createdAt\n      importedByName\n      counts {\n        created\n        completed\n        unchanged\n        refused\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ImportLogs {\n    importLogs {\n      id\n      fileName\n      sha256\n      createdAt\n      importedByName\n      counts {\n        created\n        completed\n        unchanged\n        refused\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query LesEmploisLink {\n    lesEmploisLink {\n      linked\n      keyConfigured\n      apiUrl\n      tokenEnd\n      linkedAt\n      linkedByName\n    }\n  }\n',
): (typeof documents)['\n  query LesEmploisLink {\n    lesEmploisLink {\n      linked\n      keyConfigured\n      apiUrl\n      tokenEnd\n      linkedAt\n      linkedByName\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation LinkLesEmplois($token: String!) {\n    linkLesEmplois(token: $token) {\n      linked\n      keyConfigured\n      apiUrl\n      tokenEnd\n      linkedAt\n      linkedByName\n    }\n  }\n',
): (typeof documents)['\n  mutation LinkLesEmplois($token: String!) {\n    linkLesEmplois(token: $token) {\n      linked\n      keyConfigured\n      apiUrl\n      tokenEnd\n      linkedAt\n      linkedByName\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UnlinkLesEmplois {\n    unlinkLesEmplois {\n      linked\n      keyConfigured\n      apiUrl\n      tokenEnd\n      linkedAt\n      linkedByName\n    }\n  }\n',
): (typeof documents)['\n  mutation UnlinkLesEmplois {\n    unlinkLesEmplois {\n      linked\n      keyConfigured\n      apiUrl\n      tokenEnd\n      linkedAt\n      linkedByName\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SyncLesEmplois {\n    syncLesEmplois {\n      counts {\n        created\n        completed\n        unchanged\n        refused\n      }\n      rows {\n        ...ImportRowFields\n      }\n      log {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SyncLesEmplois {\n    syncLesEmplois {\n      counts {\n        created\n        completed\n        unchanged\n        refused\n      }\n      rows {\n        ...ImportRowFields\n      }\n      log {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PersonIntake($id: ID!) {\n    person(id: $id) {\n      id\n      version\n      informationGivenOn\n      consentGivenOn\n      referral {\n        id\n        version\n        prescriberKind\n        prescriberKindLabel\n        prescriberMasked\n        prescriberOrganisation\n        prescriberContactName\n        prescriberContactPhone\n        prescriberContactEmail\n        referredOn\n      }\n      eligibilityDiagnoses {\n        id\n        author\n        authorLabel\n        authorName\n        diagnosedOn\n        validUntil\n        valid\n        expiredProofCount\n        criteriaWithheld\n        criteria {\n          code\n          label\n          level\n          sensitive\n          proofLabel\n          proofReference\n          proofDate\n          proofExpiresOn\n          proofExpired\n        }\n      }\n      passIae {\n        id\n        version\n        number\n        startDate\n        endDate\n        officialEndDate\n        computedEndDate\n        waitingPeriodEndsOn\n        status\n        statusLabel\n        suspensions {\n          id\n          startDate\n          endDate\n          reason\n          reasonLabel\n        }\n        prolongations {\n          id\n          requestedOn\n          startDate\n          endDate\n          days\n          reason\n          reasonLabel\n        }\n      }\n      employmentContracts {\n        id\n        startDate\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PersonIntake($id: ID!) {\n    person(id: $id) {\n      id\n      version\n      informationGivenOn\n      consentGivenOn\n      referral {\n        id\n        version\n        prescriberKind\n        prescriberKindLabel\n        prescriberMasked\n        prescriberOrganisation\n        prescriberContactName\n        prescriberContactPhone\n        prescriberContactEmail\n        referredOn\n      }\n      eligibilityDiagnoses {\n        id\n        author\n        authorLabel\n        authorName\n        diagnosedOn\n        validUntil\n        valid\n        expiredProofCount\n        criteriaWithheld\n        criteria {\n          code\n          label\n          level\n          sensitive\n          proofLabel\n          proofReference\n          proofDate\n          proofExpiresOn\n          proofExpired\n        }\n      }\n      passIae {\n        id\n        version\n        number\n        startDate\n        endDate\n        officialEndDate\n        computedEndDate\n        waitingPeriodEndsOn\n        status\n        statusLabel\n        suspensions {\n          id\n          startDate\n          endDate\n          reason\n          reasonLabel\n        }\n        prolongations {\n          id\n          requestedOn\n          startDate\n          endDate\n          days\n          reason\n          reasonLabel\n        }\n      }\n      employmentContracts {\n        id\n        startDate\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      id\n      version\n      informationGivenOn\n      consentGivenOn\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      id\n      version\n      informationGivenOn\n      consentGivenOn\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordReferral($input: RecordReferralInput!) {\n    recordReferral(input: $input) {\n      id\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordReferral($input: RecordReferralInput!) {\n    recordReferral(input: $input) {\n      id\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordEligibilityDiagnosis($input: RecordEligibilityDiagnosisInput!) {\n    recordEligibilityDiagnosis(input: $input) {\n      id\n      valid\n      validUntil\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordEligibilityDiagnosis($input: RecordEligibilityDiagnosisInput!) {\n    recordEligibilityDiagnosis(input: $input) {\n      id\n      valid\n      validUntil\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordPassIae($input: RecordPassIaeInput!) {\n    recordPassIae(input: $input) {\n      id\n      version\n      endDate\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordPassIae($input: RecordPassIaeInput!) {\n    recordPassIae(input: $input) {\n      id\n      version\n      endDate\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SuspendPassIae($input: SuspendPassIaeInput!) {\n    suspendPassIae(input: $input) {\n      id\n      version\n      endDate\n    }\n  }\n',
): (typeof documents)['\n  mutation SuspendPassIae($input: SuspendPassIaeInput!) {\n    suspendPassIae(input: $input) {\n      id\n      version\n      endDate\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ProlongPassIae($input: ProlongPassIaeInput!) {\n    prolongPassIae(input: $input) {\n      id\n      version\n      endDate\n    }\n  }\n',
): (typeof documents)['\n  mutation ProlongPassIae($input: ProlongPassIaeInput!) {\n    prolongPassIae(input: $input) {\n      id\n      version\n      endDate\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment NotificationFields on Notification {\n    id\n    kind\n    title\n    body\n    link\n    createdAt\n    readAt\n  }\n',
): (typeof documents)['\n  fragment NotificationFields on Notification {\n    id\n    kind\n    title\n    body\n    link\n    createdAt\n    readAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Notifications($first: Int) {\n    notifications(first: $first) {\n      unreadCount\n      items {\n        ...NotificationFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Notifications($first: Int) {\n    notifications(first: $first) {\n      unreadCount\n      items {\n        ...NotificationFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) {\n      unreadCount\n      items {\n        ...NotificationFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) {\n      unreadCount\n      items {\n        ...NotificationFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PersonCertification($id: ID!) {\n    person(id: $id) {\n      id\n      version\n      certificationOutcome\n      certificationOutcomeLabel\n      targetCertification {\n        id\n        title\n        rncpCode\n        level\n        certifier\n        blocks {\n          id\n          code\n          title\n          position\n        }\n      }\n      examSessions {\n        id\n        sessionDate\n        centre\n        outcome\n        outcomeLabel\n        certification {\n          id\n          title\n        }\n        results {\n          block {\n            id\n            code\n            title\n          }\n          result\n          resultLabel\n        }\n      }\n    }\n    certifications {\n      id\n      title\n      rncpCode\n      level\n      certifier\n    }\n  }\n',
): (typeof documents)['\n  query PersonCertification($id: ID!) {\n    person(id: $id) {\n      id\n      version\n      certificationOutcome\n      certificationOutcomeLabel\n      targetCertification {\n        id\n        title\n        rncpCode\n        level\n        certifier\n        blocks {\n          id\n          code\n          title\n          position\n        }\n      }\n      examSessions {\n        id\n        sessionDate\n        centre\n        outcome\n        outcomeLabel\n        certification {\n          id\n          title\n        }\n        results {\n          block {\n            id\n            code\n            title\n          }\n          result\n          resultLabel\n        }\n      }\n    }\n    certifications {\n      id\n      title\n      rncpCode\n      level\n      certifier\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetTargetCertification($input: SetTargetCertificationInput!) {\n    setTargetCertification(input: $input) {\n      id\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation SetTargetCertification($input: SetTargetCertificationInput!) {\n    setTargetCertification(input: $input) {\n      id\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordExamSession($input: RecordExamSessionInput!) {\n    recordExamSession(input: $input) {\n      id\n      outcome\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordExamSession($input: RecordExamSessionInput!) {\n    recordExamSession(input: $input) {\n      id\n      outcome\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ExitPresenceFields on ExitPresence {\n    counts\n    explanation\n    rule\n    ruleKind\n    exitDate\n    contractStart\n    annex {\n      reference\n      startDate\n      endDate\n    }\n    minutesWorked\n    hours {\n      source\n      id\n      kindLabel\n      startDate\n      endDate\n      minutes\n      label\n      place\n    }\n  }\n',
): (typeof documents)['\n  fragment ExitPresenceFields on ExitPresence {\n    counts\n    explanation\n    rule\n    ruleKind\n    exitDate\n    contractStart\n    annex {\n      reference\n      startDate\n      endDate\n    }\n    minutesWorked\n    hours {\n      source\n      id\n      kindLabel\n      startDate\n      endDate\n      minutes\n      label\n      place\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PersonExit($id: ID!) {\n    person(id: $id) {\n      id\n      stage\n      hires {\n        id\n        employerName\n        employerOrganisation {\n          id\n          name\n        }\n        contractType\n        contractTypeLabel\n        startDate\n        weeklyMinutes\n        jobTitle\n        retentionChecks {\n          id\n          monthsAfter\n          checkedOn\n          stillEmployed\n          comment\n        }\n        nextRetentionCheck {\n          monthsAfter\n          dueOn\n        }\n      }\n      exit {\n        id\n        exitDate\n        reason\n        reasonLabel\n        category\n        categoryLabel\n        counts\n        presenceExplanation\n        minutesWorked\n        contractStart\n        comment\n        warnings\n        presence {\n          ...ExitPresenceFields\n        }\n      }\n    }\n    partnerOrganisations {\n      id\n      name\n      city\n    }\n  }\n',
): (typeof documents)['\n  query PersonExit($id: ID!) {\n    person(id: $id) {\n      id\n      stage\n      hires {\n        id\n        employerName\n        employerOrganisation {\n          id\n          name\n        }\n        contractType\n        contractTypeLabel\n        startDate\n        weeklyMinutes\n        jobTitle\n        retentionChecks {\n          id\n          monthsAfter\n          checkedOn\n          stillEmployed\n          comment\n        }\n        nextRetentionCheck {\n          monthsAfter\n          dueOn\n        }\n      }\n      exit {\n        id\n        exitDate\n        reason\n        reasonLabel\n        category\n        categoryLabel\n        counts\n        presenceExplanation\n        minutesWorked\n        contractStart\n        comment\n        warnings\n        presence {\n          ...ExitPresenceFields\n        }\n      }\n    }\n    partnerOrganisations {\n      id\n      name\n      city\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordHire($input: RecordHireInput!) {\n    recordHire(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordHire($input: RecordHireInput!) {\n    recordHire(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordRetentionCheck($input: RecordRetentionCheckInput!) {\n    recordRetentionCheck(input: $input) {\n      id\n      retentionChecks {\n        id\n        monthsAfter\n        checkedOn\n        stillEmployed\n      }\n      nextRetentionCheck {\n        monthsAfter\n        dueOn\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordRetentionCheck($input: RecordRetentionCheckInput!) {\n    recordRetentionCheck(input: $input) {\n      id\n      retentionChecks {\n        id\n        monthsAfter\n        checkedOn\n        stillEmployed\n      }\n      nextRetentionCheck {\n        monthsAfter\n        dueOn\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordExit($input: RecordExitInput!) {\n    recordExit(input: $input) {\n      id\n      exitDate\n      counts\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordExit($input: RecordExitInput!) {\n    recordExit(input: $input) {\n      id\n      exitDate\n      counts\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PersonExitPreview($id: ID!, $exitDate: String!, $reason: String) {\n    person(id: $id) {\n      id\n      exitPreview(exitDate: $exitDate, reason: $reason) {\n        presence {\n          ...ExitPresenceFields\n        }\n        errors {\n          field\n          message\n        }\n        warnings\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PersonExitPreview($id: ID!, $exitDate: String!, $reason: String) {\n    person(id: $id) {\n      id\n      exitPreview(exitDate: $exitDate, reason: $reason) {\n        presence {\n          ...ExitPresenceFields\n        }\n        errors {\n          field\n          message\n        }\n        warnings\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment HiringProgressFields on HiringProgress {\n    year\n    target\n    hires\n    ownHires\n    rateBp\n    shared\n    groupName\n    sharedWith\n  }\n',
): (typeof documents)['\n  fragment HiringProgressFields on HiringProgress {\n    year\n    target\n    hires\n    ownHires\n    rateBp\n    shared\n    groupName\n    sharedWith\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PartnershipFields on Partnership {\n    id\n    version\n    startedOn\n    endedOn\n    partnerOrganisation {\n      id\n      name\n      city\n      kind\n    }\n    sites {\n      id\n      name\n      city\n    }\n    hiringTargets {\n      id\n      year\n      hires\n      version\n    }\n    group {\n      id\n      name\n    }\n    progress {\n      ...HiringProgressFields\n    }\n  }\n',
): (typeof documents)['\n  fragment PartnershipFields on Partnership {\n    id\n    version\n    startedOn\n    endedOn\n    partnerOrganisation {\n      id\n      name\n      city\n      kind\n    }\n    sites {\n      id\n      name\n      city\n    }\n    hiringTargets {\n      id\n      year\n      hires\n      version\n    }\n    group {\n      id\n      name\n    }\n    progress {\n      ...HiringProgressFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PartnershipGroupFields on PartnershipGroup {\n    id\n    name\n    version\n    partnerships {\n      id\n      partnerOrganisation {\n        id\n        name\n      }\n    }\n    hiringTargets {\n      id\n      year\n      hires\n      version\n    }\n    progress {\n      ...HiringProgressFields\n    }\n  }\n',
): (typeof documents)['\n  fragment PartnershipGroupFields on PartnershipGroup {\n    id\n    name\n    version\n    partnerships {\n      id\n      partnerOrganisation {\n        id\n        name\n      }\n    }\n    hiringTargets {\n      id\n      year\n      hires\n      version\n    }\n    progress {\n      ...HiringProgressFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PartnerHiringNeedFields on HiringNeed {\n    id\n    version\n    partnerOrganisation {\n      id\n      name\n    }\n    site {\n      id\n      name\n      city\n    }\n    jobTitle\n    positions\n    startDate\n    requirements\n    status\n    statusLabel\n    enteredByPartner\n  }\n',
): (typeof documents)['\n  fragment PartnerHiringNeedFields on HiringNeed {\n    id\n    version\n    partnerOrganisation {\n      id\n      name\n    }\n    site {\n      id\n      name\n      city\n    }\n    jobTitle\n    positions\n    startDate\n    requirements\n    status\n    statusLabel\n    enteredByPartner\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Partnerships {\n    partnerships {\n      ...PartnershipFields\n    }\n    partnershipGroups {\n      ...PartnershipGroupFields\n    }\n  }\n',
): (typeof documents)['\n  query Partnerships {\n    partnerships {\n      ...PartnershipFields\n    }\n    partnershipGroups {\n      ...PartnershipGroupFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PartnershipCandidates {\n    partnerOrganisations {\n      id\n      name\n      city\n      kind\n    }\n  }\n',
): (typeof documents)['\n  query PartnershipCandidates {\n    partnerOrganisations {\n      id\n      name\n      city\n      kind\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PartnersHiringNeeds($partnerOrganisationId: ID, $status: String) {\n    hiringNeeds(partnerOrganisationId: $partnerOrganisationId, status: $status) {\n      ...PartnerHiringNeedFields\n    }\n  }\n',
): (typeof documents)['\n  query PartnersHiringNeeds($partnerOrganisationId: ID, $status: String) {\n    hiringNeeds(partnerOrganisationId: $partnerOrganisationId, status: $status) {\n      ...PartnerHiringNeedFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SavePartnership($input: SavePartnershipInput!) {\n    savePartnership(input: $input) {\n      ...PartnershipFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SavePartnership($input: SavePartnershipInput!) {\n    savePartnership(input: $input) {\n      ...PartnershipFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetHiringTarget($input: SetHiringTargetInput!) {\n    setHiringTarget(input: $input) {\n      ...PartnershipFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SetHiringTarget($input: SetHiringTargetInput!) {\n    setHiringTarget(input: $input) {\n      ...PartnershipFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateHiringNeed($input: CreateHiringNeedInput!) {\n    createHiringNeed(input: $input) {\n      ...PartnerHiringNeedFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateHiringNeed($input: CreateHiringNeedInput!) {\n    createHiringNeed(input: $input) {\n      ...PartnerHiringNeedFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateHiringNeed($input: UpdateHiringNeedInput!) {\n    updateHiringNeed(input: $input) {\n      ...PartnerHiringNeedFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateHiringNeed($input: UpdateHiringNeedInput!) {\n    updateHiringNeed(input: $input) {\n      ...PartnerHiringNeedFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SavePartnershipGroup($input: SavePartnershipGroupInput!) {\n    savePartnershipGroup(input: $input) {\n      ...PartnershipGroupFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SavePartnershipGroup($input: SavePartnershipGroupInput!) {\n    savePartnershipGroup(input: $input) {\n      ...PartnershipGroupFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeletePartnershipGroup($input: DeletePartnershipGroupInput!) {\n    deletePartnershipGroup(input: $input) {\n      ...PartnershipFields\n    }\n  }\n',
): (typeof documents)['\n  mutation DeletePartnershipGroup($input: DeletePartnershipGroupInput!) {\n    deletePartnershipGroup(input: $input) {\n      ...PartnershipFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetSharedHiringTarget($input: SetSharedHiringTargetInput!) {\n    setSharedHiringTarget(input: $input) {\n      ...PartnershipGroupFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SetSharedHiringTarget($input: SetSharedHiringTargetInput!) {\n    setSharedHiringTarget(input: $input) {\n      ...PartnershipGroupFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PersonHeader($id: ID!) {\n    person(id: $id) {\n      id\n      firstName\n      lastName\n      age\n      stage\n      version\n      counsellor {\n        id\n        fullName\n      }\n      passIae {\n        id\n        endDate\n        statusLabel\n      }\n      alerts {\n        code\n        label\n        severity\n        message\n        dueDate\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PersonHeader($id: ID!) {\n    person(id: $id) {\n      id\n      firstName\n      lastName\n      age\n      stage\n      version\n      counsellor {\n        id\n        fullName\n      }\n      passIae {\n        id\n        endDate\n        statusLabel\n      }\n      alerts {\n        code\n        label\n        severity\n        message\n        dueDate\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PersonPathway($id: ID!) {\n    person(id: $id) {\n      id\n      stage\n      version\n      nextStageGate {\n        toStage\n        missing\n      }\n      stageHistory {\n        id\n        fromStage\n        toStage\n        effectiveOn\n        reason\n        overrideReason\n        missingEvidence\n        author {\n          id\n          fullName\n        }\n      }\n      timeline {\n        id\n        date\n        kind\n        kindLabel\n        title\n        detail\n        confidential\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PersonPathway($id: ID!) {\n    person(id: $id) {\n      id\n      stage\n      version\n      nextStageGate {\n        toStage\n        missing\n      }\n      stageHistory {\n        id\n        fromStage\n        toStage\n        effectiveOn\n        reason\n        overrideReason\n        missingEvidence\n        author {\n          id\n          fullName\n        }\n      }\n      timeline {\n        id\n        date\n        kind\n        kindLabel\n        title\n        detail\n        confidential\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ChangeStage($input: ChangeStageInput!) {\n    changeStage(input: $input) {\n      id\n      stage\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation ChangeStage($input: ChangeStageInput!) {\n    changeStage(input: $input) {\n      id\n      stage\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PersonSearch($search: String!) {\n    persons(filter: { search: $search }, first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          firstName\n          lastName\n          counsellor {\n            id\n            fullName\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PersonSearch($search: String!) {\n    persons(filter: { search: $search }, first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          firstName\n          lastName\n          counsellor {\n            id\n            fullName\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Persons($filter: PersonFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    persons(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          firstName\n          lastName\n          age\n          stage\n          city\n          counsellor {\n            id\n            fullName\n          }\n          nextDeadline\n          alerts {\n            code\n            label\n            severity\n            message\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Persons($filter: PersonFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    persons(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          firstName\n          lastName\n          age\n          stage\n          city\n          counsellor {\n            id\n            fullName\n          }\n          nextDeadline\n          alerts {\n            code\n            label\n            severity\n            message\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Person($id: ID!) {\n    person(id: $id) {\n      id\n      version\n      firstName\n      lastName\n      birthDate\n      age\n      sex\n      stage\n      email\n      phone\n      addressLine\n      postalCode\n      city\n      counsellor {\n        id\n        fullName\n      }\n      updatedAt\n    }\n  }\n',
): (typeof documents)['\n  query Person($id: ID!) {\n    person(id: $id) {\n      id\n      version\n      firstName\n      lastName\n      birthDate\n      age\n      sex\n      stage\n      email\n      phone\n      addressLine\n      postalCode\n      city\n      counsellor {\n        id\n        fullName\n      }\n      updatedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Counsellors {\n    counsellors {\n      id\n      fullName\n      role\n    }\n  }\n',
): (typeof documents)['\n  query Counsellors {\n    counsellors {\n      id\n      fullName\n      role\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      id\n      firstName\n      lastName\n    }\n  }\n',
): (typeof documents)['\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      id\n      firstName\n      lastName\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      id\n      version\n      firstName\n      lastName\n      birthDate\n      age\n      sex\n      stage\n      email\n      phone\n      addressLine\n      postalCode\n      city\n      counsellor {\n        id\n        fullName\n      }\n      updatedAt\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      id\n      version\n      firstName\n      lastName\n      birthDate\n      age\n      sex\n      stage\n      email\n      phone\n      addressLine\n      postalCode\n      city\n      counsellor {\n        id\n        fullName\n      }\n      updatedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PortalHiringNeedFields on HiringNeed {\n    id\n    jobTitle\n    positions\n    startDate\n    requirements\n    status\n    statusLabel\n    enteredByPartner\n    sharedWithPartners\n    version\n    site {\n      id\n      name\n      city\n    }\n  }\n',
): (typeof documents)['\n  fragment PortalHiringNeedFields on HiringNeed {\n    id\n    jobTitle\n    positions\n    startDate\n    requirements\n    status\n    statusLabel\n    enteredByPartner\n    sharedWithPartners\n    version\n    site {\n      id\n      name\n      city\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PortalProposalFields on PortalProposal {\n    id\n    status\n    statusLabel\n    proposedAt\n    structureName\n    traineeName\n    certificationTitle\n    decidedAt\n    declineReason\n    declineReasonLabel\n    decisionComment\n    version\n    hiringNeed {\n      id\n      jobTitle\n      startDate\n      site {\n        id\n        name\n        city\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment PortalProposalFields on PortalProposal {\n    id\n    status\n    statusLabel\n    proposedAt\n    structureName\n    traineeName\n    certificationTitle\n    decidedAt\n    declineReason\n    declineReasonLabel\n    decisionComment\n    version\n    hiringNeed {\n      id\n      jobTitle\n      startDate\n      site {\n        id\n        name\n        city\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PortalMissionFields on PortalMission {\n    id\n    structureName\n    kindLabel\n    site\n    startDate\n    endDate\n    minutes\n    hoursStatus\n    hoursStatusLabel\n    hoursReviewComment\n    hoursReviewedAt\n    traineeName\n    version\n  }\n',
): (typeof documents)['\n  fragment PortalMissionFields on PortalMission {\n    id\n    structureName\n    kindLabel\n    site\n    startDate\n    endDate\n    minutes\n    hoursStatus\n    hoursStatusLabel\n    hoursReviewComment\n    hoursReviewedAt\n    traineeName\n    version\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PortalOverview($year: Int) {\n    portalOverview(year: $year) {\n      organisationName\n      proposalsAwaitingDecision\n      hoursAwaitingConfirmation\n      progress {\n        ...HiringProgressFields\n      }\n      partnerships {\n        structureName\n        progress {\n          ...HiringProgressFields\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PortalOverview($year: Int) {\n    portalOverview(year: $year) {\n      organisationName\n      proposalsAwaitingDecision\n      hoursAwaitingConfirmation\n      progress {\n        ...HiringProgressFields\n      }\n      partnerships {\n        structureName\n        progress {\n          ...HiringProgressFields\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PortalProposals($status: [String!], $first: Int, $offset: Int) {\n    portalProposals(status: $status, first: $first, offset: $offset) {\n      totalCount\n      items {\n        ...PortalProposalFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PortalProposals($status: [String!], $first: Int, $offset: Int) {\n    portalProposals(status: $status, first: $first, offset: $offset) {\n      totalCount\n      items {\n        ...PortalProposalFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PortalMissions($hoursStatus: [String!], $first: Int, $offset: Int) {\n    portalMissions(hoursStatus: $hoursStatus, first: $first, offset: $offset) {\n      totalCount\n      items {\n        ...PortalMissionFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PortalMissions($hoursStatus: [String!], $first: Int, $offset: Int) {\n    portalMissions(hoursStatus: $hoursStatus, first: $first, offset: $offset) {\n      totalCount\n      items {\n        ...PortalMissionFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PortalHiringNeeds($status: String) {\n    portalHiringNeeds(status: $status) {\n      ...PortalHiringNeedFields\n    }\n  }\n',
): (typeof documents)['\n  query PortalHiringNeeds($status: String) {\n    portalHiringNeeds(status: $status) {\n      ...PortalHiringNeedFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PortalSites {\n    portalSites {\n      id\n      name\n      addressLine\n      postalCode\n      city\n      version\n    }\n  }\n',
): (typeof documents)['\n  query PortalSites {\n    portalSites {\n      id\n      name\n      addressLine\n      postalCode\n      city\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PortalProposalEventFields on ProposalEvent {\n    id\n    kind\n    kindLabel\n    occurredAt\n    actorLabel\n    reason\n    reasonLabel\n    comment\n  }\n',
): (typeof documents)['\n  fragment PortalProposalEventFields on ProposalEvent {\n    id\n    kind\n    kindLabel\n    occurredAt\n    actorLabel\n    reason\n    reasonLabel\n    comment\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PortalProposal($id: ID!) {\n    portalProposal(id: $id) {\n      proposal {\n        ...PortalProposalFields\n      }\n      card {\n        ...TraineeCardFields\n      }\n      events {\n        ...PortalProposalEventFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PortalProposal($id: ID!) {\n    portalProposal(id: $id) {\n      proposal {\n        ...PortalProposalFields\n      }\n      card {\n        ...TraineeCardFields\n      }\n      events {\n        ...PortalProposalEventFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PortalDecideProposal($input: DecideProposalInput!) {\n    portalDecideProposal(input: $input) {\n      proposal {\n        ...PortalProposalFields\n      }\n      card {\n        ...TraineeCardFields\n      }\n      events {\n        ...PortalProposalEventFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation PortalDecideProposal($input: DecideProposalInput!) {\n    portalDecideProposal(input: $input) {\n      proposal {\n        ...PortalProposalFields\n      }\n      card {\n        ...TraineeCardFields\n      }\n      events {\n        ...PortalProposalEventFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PortalConfirmMissionHours($input: ConfirmMissionHoursInput!) {\n    portalConfirmMissionHours(input: $input) {\n      ...PortalMissionFields\n    }\n  }\n',
): (typeof documents)['\n  mutation PortalConfirmMissionHours($input: ConfirmMissionHoursInput!) {\n    portalConfirmMissionHours(input: $input) {\n      ...PortalMissionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PortalDisputeMissionHours($input: DisputeMissionHoursInput!) {\n    portalDisputeMissionHours(input: $input) {\n      ...PortalMissionFields\n    }\n  }\n',
): (typeof documents)['\n  mutation PortalDisputeMissionHours($input: DisputeMissionHoursInput!) {\n    portalDisputeMissionHours(input: $input) {\n      ...PortalMissionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PortalCreateHiringNeed($input: PortalCreateHiringNeedInput!) {\n    portalCreateHiringNeed(input: $input) {\n      ...PortalHiringNeedFields\n    }\n  }\n',
): (typeof documents)['\n  mutation PortalCreateHiringNeed($input: PortalCreateHiringNeedInput!) {\n    portalCreateHiringNeed(input: $input) {\n      ...PortalHiringNeedFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PortalUpdateHiringNeed($input: UpdateHiringNeedInput!) {\n    portalUpdateHiringNeed(input: $input) {\n      ...PortalHiringNeedFields\n    }\n  }\n',
): (typeof documents)['\n  mutation PortalUpdateHiringNeed($input: UpdateHiringNeedInput!) {\n    portalUpdateHiringNeed(input: $input) {\n      ...PortalHiringNeedFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PortalShareHiringNeed($input: ShareHiringNeedInput!) {\n    portalShareHiringNeed(input: $input) {\n      ...PortalHiringNeedFields\n    }\n  }\n',
): (typeof documents)['\n  mutation PortalShareHiringNeed($input: ShareHiringNeedInput!) {\n    portalShareHiringNeed(input: $input) {\n      ...PortalHiringNeedFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PortalCreateSite($input: CreatePartnerSiteInput!) {\n    portalCreateSite(input: $input) {\n      id\n      name\n      addressLine\n      postalCode\n      city\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation PortalCreateSite($input: CreatePartnerSiteInput!) {\n    portalCreateSite(input: $input) {\n      id\n      name\n      addressLine\n      postalCode\n      city\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SignInPolicy {\n    me {\n      id\n      structure {\n        id\n        name\n        passwordSignInAllowed\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SignInPolicy {\n    me {\n      id\n      structure {\n        id\n        name\n        passwordSignInAllowed\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetPasswordSignInAllowed($allowed: Boolean!) {\n    setPasswordSignInAllowed(allowed: $allowed) {\n      id\n      passwordSignInAllowed\n    }\n  }\n',
): (typeof documents)['\n  mutation SetPasswordSignInAllowed($allowed: Boolean!) {\n    setPasswordSignInAllowed(allowed: $allowed) {\n      id\n      passwordSignInAllowed\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment HiringNeedOptionFields on HiringNeed {\n    id\n    jobTitle\n    positions\n    startDate\n    status\n    statusLabel\n    partnerOrganisation {\n      id\n      name\n    }\n    site {\n      id\n      name\n      city\n    }\n  }\n',
): (typeof documents)['\n  fragment HiringNeedOptionFields on HiringNeed {\n    id\n    jobTitle\n    positions\n    startDate\n    status\n    statusLabel\n    partnerOrganisation {\n      id\n      name\n    }\n    site {\n      id\n      name\n      city\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ProposalFields on Proposal {\n    id\n    personId\n    status\n    statusLabel\n    consentGivenOn\n    shareFullName\n    shareContact\n    consentWithdrawnAt\n    message\n    proposedAt\n    decidedAt\n    declineReason\n    declineReasonLabel\n    decisionComment\n    withdrawnAt\n    withdrawalReason\n    version\n    hiringNeed {\n      ...HiringNeedOptionFields\n    }\n    hire {\n      id\n      contractTypeLabel\n      startDate\n      weeklyMinutes\n      jobTitle\n    }\n    events {\n      id\n      kind\n      kindLabel\n      occurredAt\n      actorLabel\n      reason\n      reasonLabel\n      comment\n    }\n  }\n',
): (typeof documents)['\n  fragment ProposalFields on Proposal {\n    id\n    personId\n    status\n    statusLabel\n    consentGivenOn\n    shareFullName\n    shareContact\n    consentWithdrawnAt\n    message\n    proposedAt\n    decidedAt\n    declineReason\n    declineReasonLabel\n    decisionComment\n    withdrawnAt\n    withdrawalReason\n    version\n    hiringNeed {\n      ...HiringNeedOptionFields\n    }\n    hire {\n      id\n      contractTypeLabel\n      startDate\n      weeklyMinutes\n      jobTitle\n    }\n    events {\n      id\n      kind\n      kindLabel\n      occurredAt\n      actorLabel\n      reason\n      reasonLabel\n      comment\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PersonProposals($personId: ID!) {\n    proposals(personId: $personId) {\n      ...ProposalFields\n    }\n  }\n',
): (typeof documents)['\n  query PersonProposals($personId: ID!) {\n    proposals(personId: $personId) {\n      ...ProposalFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OpenHiringNeeds {\n    hiringNeeds {\n      ...HiringNeedOptionFields\n    }\n  }\n',
): (typeof documents)['\n  query OpenHiringNeeds {\n    hiringNeeds {\n      ...HiringNeedOptionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProposalPreview($input: ProposalPreviewInput!) {\n    proposalPreview(input: $input) {\n      ...TraineeCardFields\n    }\n  }\n',
): (typeof documents)['\n  query ProposalPreview($input: ProposalPreviewInput!) {\n    proposalPreview(input: $input) {\n      ...TraineeCardFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ProposeTrainee($input: ProposeTraineeInput!) {\n    proposeTrainee(input: $input) {\n      ...ProposalFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ProposeTrainee($input: ProposeTraineeInput!) {\n    proposeTrainee(input: $input) {\n      ...ProposalFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation WithdrawProposal($input: WithdrawProposalInput!) {\n    withdrawProposal(input: $input) {\n      ...ProposalFields\n    }\n  }\n',
): (typeof documents)['\n  mutation WithdrawProposal($input: WithdrawProposalInput!) {\n    withdrawProposal(input: $input) {\n      ...ProposalFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation WithdrawProposalConsent($input: WithdrawProposalConsentInput!) {\n    withdrawProposalConsent(input: $input) {\n      ...ProposalFields\n    }\n  }\n',
): (typeof documents)['\n  mutation WithdrawProposalConsent($input: WithdrawProposalConsentInput!) {\n    withdrawProposalConsent(input: $input) {\n      ...ProposalFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordHireFromProposal($input: RecordHireFromProposalInput!) {\n    recordHireFromProposal(input: $input) {\n      ...ProposalFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordHireFromProposal($input: RecordHireFromProposalInput!) {\n    recordHireFromProposal(input: $input) {\n      ...ProposalFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment TraineeCardFields on TraineeCard {\n    displayName\n    phone\n    email\n    structureName\n    message\n    certification {\n      title\n      code\n      statusLabel\n      obtained\n      blocks {\n        code\n        title\n        levelLabel\n        evaluatedOn\n        resultLabel\n      }\n    }\n    evaluations {\n      blockTitle\n      levelLabel\n      evaluatedOn\n      evaluatorName\n      comment\n    }\n    training {\n      attendedMinutes\n      plannedMinutes\n    }\n    missions {\n      id\n      kindLabel\n      site\n      startDate\n      endDate\n      minutes\n      hoursStatus\n      hoursStatusLabel\n      tutorFeedback\n    }\n  }\n',
): (typeof documents)['\n  fragment TraineeCardFields on TraineeCard {\n    displayName\n    phone\n    email\n    structureName\n    message\n    certification {\n      title\n      code\n      statusLabel\n      obtained\n      blocks {\n        code\n        title\n        levelLabel\n        evaluatedOn\n        resultLabel\n      }\n    }\n    evaluations {\n      blockTitle\n      levelLabel\n      evaluatedOn\n      evaluatorName\n      comment\n    }\n    training {\n      attendedMinutes\n      plannedMinutes\n    }\n    missions {\n      id\n      kindLabel\n      site\n      startDate\n      endDate\n      minutes\n      hoursStatus\n      hoursStatusLabel\n      tutorFeedback\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ReportJobFields on ReportJob {\n    id\n    kind\n    kindLabel\n    agreementId\n    partnershipId\n    status\n    statusLabel\n    progress\n    progressLabel\n    periodStart\n    periodEnd\n    subjectLabel\n    requestedBy\n    createdAt\n    startedAt\n    finishedAt\n    error\n    figuresSha256\n    pdfSha256\n    xlsxSha256\n    pdfPages\n    pdfUrl\n    xlsxUrl\n  }\n',
): (typeof documents)['\n  fragment ReportJobFields on ReportJob {\n    id\n    kind\n    kindLabel\n    agreementId\n    partnershipId\n    status\n    statusLabel\n    progress\n    progressLabel\n    periodStart\n    periodEnd\n    subjectLabel\n    requestedBy\n    createdAt\n    startedAt\n    finishedAt\n    error\n    figuresSha256\n    pdfSha256\n    xlsxSha256\n    pdfPages\n    pdfUrl\n    xlsxUrl\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReportSubjects {\n    reportSubjects {\n      agreements {\n        id\n        reference\n        title\n        funderName\n        funderKind\n        reportKind\n        startDate\n        endDate\n      }\n      partnerships {\n        id\n        partnerName\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ReportSubjects {\n    reportSubjects {\n      agreements {\n        id\n        reference\n        title\n        funderName\n        funderKind\n        reportKind\n        startDate\n        endDate\n      }\n      partnerships {\n        id\n        partnerName\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReportJobs($first: Int) {\n    reportJobs(first: $first) {\n      ...ReportJobFields\n    }\n  }\n',
): (typeof documents)['\n  query ReportJobs($first: Int) {\n    reportJobs(first: $first) {\n      ...ReportJobFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation GenerateReport($input: GenerateReportInput!) {\n    generateReport(input: $input) {\n      ...ReportJobFields\n    }\n  }\n',
): (typeof documents)['\n  mutation GenerateReport($input: GenerateReportInput!) {\n    generateReport(input: $input) {\n      ...ReportJobFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PersonDataRetention($personId: ID!) {\n    personDataRetention(personId: $personId) {\n      personId\n      lastContactOn\n      anonymisationOn\n      legalHoldReason\n      legalHoldUntil\n      fseHoldUntil\n      noticeSentAt\n      anonymisedAt\n    }\n  }\n',
): (typeof documents)['\n  query PersonDataRetention($personId: ID!) {\n    personDataRetention(personId: $personId) {\n      personId\n      lastContactOn\n      anonymisationOn\n      legalHoldReason\n      legalHoldUntil\n      fseHoldUntil\n      noticeSentAt\n      anonymisedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetPersonLegalHold($input: SetPersonLegalHoldInput!) {\n    setPersonLegalHold(input: $input) {\n      personId\n      lastContactOn\n      anonymisationOn\n      legalHoldReason\n      legalHoldUntil\n      fseHoldUntil\n      noticeSentAt\n      anonymisedAt\n    }\n  }\n',
): (typeof documents)['\n  mutation SetPersonLegalHold($input: SetPersonLegalHoldInput!) {\n    setPersonLegalHold(input: $input) {\n      personId\n      lastContactOn\n      anonymisationOn\n      legalHoldReason\n      legalHoldUntil\n      fseHoldUntil\n      noticeSentAt\n      anonymisedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation LiftPersonLegalHold($input: LiftPersonLegalHoldInput!) {\n    liftPersonLegalHold(input: $input) {\n      personId\n      lastContactOn\n      anonymisationOn\n      legalHoldReason\n      legalHoldUntil\n      fseHoldUntil\n      noticeSentAt\n      anonymisedAt\n    }\n  }\n',
): (typeof documents)['\n  mutation LiftPersonLegalHold($input: LiftPersonLegalHoldInput!) {\n    liftPersonLegalHold(input: $input) {\n      personId\n      lastContactOn\n      anonymisationOn\n      legalHoldReason\n      legalHoldUntil\n      fseHoldUntil\n      noticeSentAt\n      anonymisedAt\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
