import { GraphqlClient } from '@tremplin/api-testing';
import { formatIsoDateFr, OPEN_PROPOSAL_STATUSES, ProposalStatus, traineeDisplayName } from '@tremplin/domain';
import { DEMO_COUNSELLOR, DEMO_PASSWORD } from './contract-steps';

export const DEMO_REVIEWER = 'rh@rouen-habitat.demo';
export const LANDLORD = 'Rouen Habitat';
export const CARETAKER_NEED = 'Gardien·ne d’immeuble';

/** Proposals that hold a need for a person: a new proposal to the same need would be refused. */
const LIVE: readonly string[] = [...OPEN_PROPOSAL_STATUSES, ProposalStatus.VALIDATED, ProposalStatus.HIRED];

export async function signedIn(url: string, email: string): Promise<GraphqlClient> {
  const client = new GraphqlClient(url);
  await client.signIn(email, DEMO_PASSWORD);
  return client;
}

/** The person the e2e proposes, with everything of their social file that must never reach the landlord. */
export interface ProposableTrainee {
  id: string;
  firstName: string;
  lastName: string;
  /** « Awa D. »: what the landlord sees by default. */
  displayName: string;
  need: { id: string; jobTitle: string };
  /** Texts of the social file (birth date in both formats, phone, address, criteria, prescriber) never shared. */
  socialData: string[];
}

interface PersonNode {
  id: string;
  firstName: string;
  lastName: string;
  stage: string;
}

interface PersonSocial {
  birthDate: string;
  phone: string | null;
  email: string | null;
  addressLine: string | null;
  postalCode: string | null;
  city: string | null;
  eligibilityDiagnoses: { criteria: { label: string }[] }[];
  referral: { prescriberOrganisation: string | null; prescriberContactName: string | null } | null;
}

/**
 * As the counsellor: Rouen Habitat's open caretaker need, and a person of her caseload (in training or securing
 * their job) who has no live proposal to it (nor any other proposal), read with their social file so that the test can check none of it is
 * shown to the landlord.
 */
export async function findProposableTrainee(apiUrl: string): Promise<ProposableTrainee> {
  const counsellor = await signedIn(apiUrl, DEMO_COUNSELLOR);
  const { me, hiringNeeds } = await counsellor.ok<{
    me: { id: string };
    hiringNeeds: { id: string; jobTitle: string; partnerOrganisation: { name: string } }[];
  }>(`{ me { id } hiringNeeds(status: "OPEN") { id jobTitle partnerOrganisation { name } } }`);
  const need = hiringNeeds.find((n) => n.partnerOrganisation.name === LANDLORD && n.jobTitle === CARETAKER_NEED);
  if (!need) throw new Error(`Pas de besoin ouvert « ${CARETAKER_NEED} » chez ${LANDLORD} dans la démo.`);

  const { persons } = await counsellor.ok<{ persons: { edges: { node: PersonNode }[] } }>(
    `query($filter: PersonFilter) { persons(filter: $filter, first: 100) { edges { node { id firstName lastName stage } } } }`,
    { filter: { counsellorId: me.id } },
  );
  const candidates = persons.edges.map((e) => e.node).filter((p) => p.stage === 'TRAINING' || p.stage === 'SECURING');
  for (const p of candidates) {
    const { proposals, person } = await counsellor.ok<{
      proposals: { status: string; hiringNeed: { id: string } }[];
      person: PersonSocial;
    }>(
      `query($id: ID!) {
        proposals(personId: $id) { status hiringNeed { id } }
        person(id: $id) {
          birthDate phone email addressLine postalCode city
          eligibilityDiagnoses { criteria { label } }
          referral { prescriberOrganisation prescriberContactName }
        }
      }`,
      { id: p.id },
    );
    // No live proposal to the need (the rule); and, so that the landlord's screens name them once, none at all.
    if (proposals.some((x) => x.hiringNeed.id === need.id && LIVE.includes(x.status))) continue;
    if (proposals.length) continue;
    const socialData = [
      formatIsoDateFr(person.birthDate),
      person.birthDate,
      person.phone,
      person.email,
      person.addressLine,
      person.referral?.prescriberOrganisation,
      person.referral?.prescriberContactName,
      ...person.eligibilityDiagnoses.flatMap((d) => d.criteria.map((c) => c.label)),
      `${p.firstName} ${p.lastName}`,
    ].filter((s): s is string => Boolean(s && s.trim()));
    // A person with a prescriber and criteria makes the check mean something.
    if (!person.referral?.prescriberOrganisation || !person.eligibilityDiagnoses.some((d) => d.criteria.length))
      continue;
    return {
      id: p.id,
      firstName: p.firstName,
      lastName: p.lastName,
      displayName: traineeDisplayName(p.firstName, p.lastName, false),
      need: { id: need.id, jobTitle: need.jobTitle },
      socialData: [...new Set(socialData)],
    };
  }
  throw new Error(
    'Aucune personne du portefeuille de Claire sans proposition au besoin de gardien·ne de Rouen Habitat.',
  );
}

/** The texts of `socialData` that appear in `text` (compared without case; spaces normalised). */
export function leakedSocialData(text: string, socialData: string[]): string[] {
  const norm = (s: string) => s.replace(/\s+/g, ' ').toLocaleLowerCase('fr-FR');
  const haystack = norm(text);
  return socialData.filter((s) => haystack.includes(norm(s)));
}

/** « 3 / 13 embauches » → { hires: 3, target: 13 }. */
export function parseHires(text: string): { hires: number; target: number } {
  const m = /(\d+) \/ (\d+) embauches/.exec(text);
  if (!m) throw new Error(`Pas de « <embauches> / <objectif> embauches » dans : ${text}`);
  return { hires: Number(m[1]), target: Number(m[2]) };
}
