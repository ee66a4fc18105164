import { GraphqlClient } from '@tremplin/api-testing';
import { PathwayStage, todayInParis, TutorSide } from '@tremplin/domain';

export const DEMO_PASSWORD = 'Demo-Tremplin-2026!';
export const DEMO_COUNSELLOR = 'claire.martin@rouen-insertion.demo';
export const DEMO_DIRECTOR = 'sophie.lefebvre@rouen-insertion.demo';

/** What a contract needs around it, created through the API as the users would. */
export interface ContractPrerequisites {
  opco: { id: string; name: string };
  person: { id: string; firstName: string; lastName: string };
  structureTutor: { id: string; fullName: string };
  hostTutor: { id: string; fullName: string; organisation: string };
  certification: { id: string; title: string };
}

const signedIn = async (url: string, email: string): Promise<GraphqlClient> => {
  const client = new GraphqlClient(url);
  await client.signIn(email, DEMO_PASSWORD);
  return client;
};

/**
 * The director records an OPCO (10,00 € an hour of training); the counsellor creates a person, moves them to the
 * training stage (with a written derogation: no evidence is recorded), sets their target certification and creates
 * a tutor on each side.
 */
export async function createContractPrerequisites(
  apiUrl: string,
  names: { opco: string; firstName: string; lastName: string },
): Promise<ContractPrerequisites> {
  const director = await signedIn(apiUrl, DEMO_DIRECTOR);
  const { createFunder: opco } = await director.ok<{ createFunder: { id: string; name: string } }>(
    `mutation($input: CreateFunderInput!) { createFunder(input: $input) { id name } }`,
    { input: { kind: 'OPCO', name: names.opco, hourlyRateCents: 1000, contactEmail: 'depot@opco-e2e.example' } },
  );

  const counsellor = await signedIn(apiUrl, DEMO_COUNSELLOR);
  const { me } = await counsellor.ok<{ me: { id: string } }>(`{ me { id } }`);
  const { createPerson: person } = await counsellor.ok<{
    createPerson: { id: string; firstName: string; lastName: string; version: number };
  }>(`mutation($input: CreatePersonInput!) { createPerson(input: $input) { id firstName lastName version } }`, {
    input: { firstName: names.firstName, lastName: names.lastName, birthDate: '1993-04-12', counsellorId: me.id },
  });
  await counsellor.ok(`mutation($input: ChangeStageInput!) { changeStage(input: $input) { id stage } }`, {
    input: {
      personId: person.id,
      version: person.version,
      toStage: PathwayStage.TRAINING,
      effectiveOn: todayInParis(),
      overrideReason: 'Entrée en alternance décidée en commission, pièces à venir.',
    },
  });

  const { certifications, partnerOrganisations } = await counsellor.ok<{
    certifications: { id: string; title: string }[];
    partnerOrganisations: { id: string; name: string }[];
  }>(`{ certifications { id title } partnerOrganisations { id name } }`);
  const certification = certifications[0];
  const host = partnerOrganisations[0];
  await counsellor.ok(
    `mutation($input: SetTargetCertificationInput!) { setTargetCertification(input: $input) { id } }`,
    { input: { personId: person.id, certificationId: certification.id } },
  );

  const tutor = async (side: TutorSide, firstName: string, lastName: string, partnerOrganisationId: string | null) =>
    (
      await counsellor.ok<{ createTutor: { id: string; fullName: string } }>(
        `mutation($input: CreateTutorInput!) { createTutor(input: $input) { id fullName } }`,
        { input: { side, firstName, lastName, jobTitle: null, partnerOrganisationId } },
      )
    ).createTutor;
  const structureTutor = await tutor(TutorSide.STRUCTURE, 'Marion', 'Tutrice-Structure', null);
  const hostTutor = await tutor(TutorSide.HOST, 'Paul', 'Tuteur-Accueil', host.id);

  return {
    opco,
    person,
    structureTutor,
    hostTutor: { ...hostTutor, organisation: host.name },
    certification,
  };
}
