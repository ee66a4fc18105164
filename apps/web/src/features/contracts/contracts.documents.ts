import { graphql } from '../../gql';

/** Everything the « Contrat » tab shows: the person's contrats de professionnalisation, latest start first. */
export const PersonContractsDocument = graphql(`
  query PersonContracts($id: ID!) {
    person(id: $id) {
      id
      stage
      targetCertification {
        id
        title
      }
      professionalisationContracts {
        id
        personId
        version
        status
        statusLabel
        cerfaKind
        cerfaKindLabel
        form
        formLabel
        publicCategory
        publicCategoryLabel
        employerSiret
        workplaceSiret
        collectiveAgreement
        jobTitle
        franceTravailId
        startDate
        endDate
        trialPeriodDays
        weeklyMinutes
        grossMonthlyPayCents
        certificationId
        certification {
          id
          title
          rncpCode
        }
        trainingBodyName
        trainingBodySiret
        plannedTrainingMinutes
        branchAgreementReference
        branchAgreementMaxTrainingPercent
        structureTutorId
        structureTutor {
          id
          fullName
        }
        hostTutorId
        hostTutor {
          id
          fullName
          partnerOrganisation {
            id
            name
          }
        }
        hostTutorExperienceMonths
        hostTutorIsEmployer
        opcoFunderId
        opcoFunder {
          id
          name
          hourlyRateCents
        }
        opcoFileNumber
        hourlyRateCents
        depositDueOn
        submittedOn
        decisionDueOn
        opcoDecision
        opcoDecisionLabel
        opcoDecidedOn
        opcoRefusalReason
        completedOn
        brokenOn
        breakReason
        breakReasonLabel
        breakComment
        renewalReason
        renewalReasonLabel
        renewedFromId
        checks {
          code
          field
          severity
          message
        }
        canSubmit
        progress {
          plannedMinutes
          attendedMinutes
          expectedMinutesToDate
          elapsedPercent
          attendedPercent
          behind
          justifiedMinutes
          hourlyRateCents
          opcoAmountCents
        }
        breakFollowUp {
          id
          dueOn
          opcoInformedOn
          reorientation
          closedOn
          version
        }
      }
    }
  }
`);

/** The choices of the contract form: certifications, tutors of both sides. */
export const ContractFormOptionsDocument = graphql(`
  query ContractFormOptions {
    certifications {
      id
      title
      rncpCode
      level
    }
    tutors {
      id
      fullName
      side
      jobTitle
      activeTraineeCount
      partnerOrganisation {
        id
        name
      }
    }
  }
`);

/** The OPCOs among the structure's funders (FUNDING_READ). */
export const ContractFundersDocument = graphql(`
  query ContractFunders {
    funders {
      id
      kind
      name
      hourlyRateCents
    }
  }
`);

export const CreateProfessionalisationContractDocument = graphql(`
  mutation CreateProfessionalisationContract($input: CreateProfessionalisationContractInput!) {
    createProfessionalisationContract(input: $input) {
      id
      version
      status
      canSubmit
    }
  }
`);

export const UpdateProfessionalisationContractDocument = graphql(`
  mutation UpdateProfessionalisationContract($input: UpdateProfessionalisationContractInput!) {
    updateProfessionalisationContract(input: $input) {
      id
      version
      status
      canSubmit
    }
  }
`);

export const SubmitProfessionalisationContractDocument = graphql(`
  mutation SubmitProfessionalisationContract($input: SubmitProfessionalisationContractInput!) {
    submitProfessionalisationContract(input: $input) {
      id
      version
      status
      submittedOn
      decisionDueOn
    }
  }
`);

export const RecordOpcoDecisionDocument = graphql(`
  mutation RecordOpcoDecision($input: RecordOpcoDecisionInput!) {
    recordOpcoDecision(input: $input) {
      id
      version
      status
      opcoDecision
      opcoDecidedOn
    }
  }
`);

export const StartProfessionalisationContractDocument = graphql(`
  mutation StartProfessionalisationContract($input: StartProfessionalisationContractInput!) {
    startProfessionalisationContract(input: $input) {
      id
      version
      status
    }
  }
`);

export const CompleteProfessionalisationContractDocument = graphql(`
  mutation CompleteProfessionalisationContract($input: CompleteProfessionalisationContractInput!) {
    completeProfessionalisationContract(input: $input) {
      id
      version
      status
      completedOn
    }
  }
`);

export const BreakProfessionalisationContractDocument = graphql(`
  mutation BreakProfessionalisationContract($input: BreakProfessionalisationContractInput!) {
    breakProfessionalisationContract(input: $input) {
      id
      version
      status
      brokenOn
    }
  }
`);

export const UpdateContractBreakFollowUpDocument = graphql(`
  mutation UpdateContractBreakFollowUp($input: UpdateContractBreakFollowUpInput!) {
    updateContractBreakFollowUp(input: $input) {
      id
      version
      status
    }
  }
`);

export const RenewProfessionalisationContractDocument = graphql(`
  mutation RenewProfessionalisationContract($input: RenewProfessionalisationContractInput!) {
    renewProfessionalisationContract(input: $input) {
      id
      version
      status
      renewedFromId
    }
  }
`);
