import type { DataSource, EntityManager } from 'typeorm';
import {
  normalizeForSearch,
  PartnerOrganisationKind,
  PathwayStage,
  Role,
  STRUCTURE_ROLES,
  StructureKind,
  todayInParis,
} from '@tremplin/domain';
import { hashPassword } from '../../core/auth/password';
import { insertDemoPathways } from './demo-pathways';
import { DemoSeedRepository } from './demo-seed.repository';
import { insertDemoFunding } from './demo-funding';
import { insertDemoPartners } from './demo-partners';
import { insertDemoGroup } from './demo-groups';
import { insertDemoMissionDays } from './demo-mission-days';
import { insertDemoCoaching } from './demo-coaching';
import { insertDemoReplacementRequest, insertDemoReplacements } from './demo-replacements';
import { refreshExitPresence } from '../../modules/exit-presence';

/**
 * The demo, modelled on the seed articles: an association intermédiaire in Rouen training building caretakers
 * with seven social landlords. Fixed ids so that links and tests can name them. Names are fictitious.
 */
export const DEMO_PASSWORD = 'Demo-Tremplin-2026!';

export const DEMO_IDS = {
  structure: '0b7f6a5e-0000-4000-8000-000000000001',
  director: '0b7f6a5e-0000-4000-8000-000000000101',
  counsellorClaire: '0b7f6a5e-0000-4000-8000-000000000102',
  counsellorKarim: '0b7f6a5e-0000-4000-8000-000000000103',
  admin: '0b7f6a5e-0000-4000-8000-000000000100',
  supervisor: '0b7f6a5e-0000-4000-8000-000000000104',
} as const;

/** Fixed ids of the demo persons, in the order of DEMO_PERSONS. */
export const demoPersonId = (index: number) => `0b7f6a5e-0000-4000-8000-${String(1000 + index).padStart(12, '0')}`;

export const DEMO_ACCOUNTS = [
  { id: DEMO_IDS.admin, email: 'admin@tremplin.demo', firstName: 'Alex', lastName: 'Durand', role: Role.ADMINISTRATOR },
  {
    id: DEMO_IDS.director,
    email: 'sophie.lefebvre@rouen-insertion.demo',
    firstName: 'Sophie',
    lastName: 'Lefebvre',
    role: Role.DIRECTOR,
  },
  {
    id: DEMO_IDS.counsellorClaire,
    email: 'claire.martin@rouen-insertion.demo',
    firstName: 'Claire',
    lastName: 'Martin',
    role: Role.COUNSELLOR,
  },
  {
    id: DEMO_IDS.counsellorKarim,
    email: 'karim.benali@rouen-insertion.demo',
    firstName: 'Karim',
    lastName: 'Benali',
    role: Role.COUNSELLOR,
  },
  {
    id: DEMO_IDS.supervisor,
    email: 'patrick.lemaire@rouen-insertion.demo',
    firstName: 'Patrick',
    lastName: 'Lemaire',
    role: Role.SUPERVISOR,
  },
] as const;

export const DEMO_LANDLORDS = [
  { slug: 'rouen-habitat', name: 'Rouen Habitat', siret: '41302768900020', reviewer: ['Nadia', 'Roussel'] },
  { slug: 'seine-logis', name: 'Seine Logis', siret: '57299183400035', reviewer: ['Thomas', 'Girard'] },
  { slug: 'normandie-foyers', name: 'Foyers de Normandie', siret: '38461205700040', reviewer: ['Isabelle', 'Caron'] },
  {
    slug: 'quevilly-residences',
    name: 'Résidences de Quevilly',
    siret: '66120348900058',
    reviewer: ['Marc', 'Lemoine'],
  },
  { slug: 'habitat-76', name: 'Habitat Seine-Maritime', siret: '51800436700067', reviewer: ['Julie', 'Fontaine'] },
  { slug: 'logis-cauchois', name: 'Logis Cauchois', siret: '44703219900070', reviewer: ['Olivier', 'Marchand'] },
  { slug: 'esh-estuaire', name: 'ESH de l’Estuaire', siret: '39255078100083', reviewer: ['Fatou', 'Diallo'] },
] as const;

type DemoPerson = [
  first: string,
  last: string,
  birth: string,
  stage: PathwayStage,
  counsellor: 'C' | 'K',
  city: string,
];
const P = PathwayStage;
const DEMO_PERSONS: DemoPerson[] = [
  ['Amina', 'Haddad', '1988-03-14', P.TRAINING, 'C', 'Rouen'],
  ['Julien', 'Leroux', '1979-11-02', P.TRAINING, 'C', 'Sotteville-lès-Rouen'],
  ['Sandrine', 'Petit', '1975-06-21', P.SECURING, 'C', 'Le Petit-Quevilly'],
  ['Mamadou', 'Traoré', '1992-01-30', P.RECRUITMENT, 'C', 'Rouen'],
  ['Hélène', 'Dubois', '1983-09-09', P.TRAINING, 'C', 'Darnétal'],
  ['Kevin', 'Morel', '1996-04-17', P.RECRUITMENT, 'C', 'Canteleu'],
  ['Nathalie', 'Guérin', '1971-12-05', P.EXITED, 'C', 'Rouen'],
  ['Youssef', 'El Amrani', '1990-07-23', P.SECURING, 'C', 'Saint-Étienne-du-Rouvray'],
  ['Céline', 'Lambert', '1986-02-11', P.TRAINING, 'K', 'Rouen'],
  ['Bruno', 'Faure', '1968-08-28', P.TRAINING, 'K', 'Grand-Quevilly'],
  ['Aïcha', 'Benkirane', '1994-05-03', P.RECRUITMENT, 'K', 'Rouen'],
  ['David', 'Renaud', '1981-10-19', P.SECURING, 'K', 'Maromme'],
  ['Laetitia', 'Noël', '1989-03-27', P.TRAINING, 'K', 'Déville-lès-Rouen'],
  ['Stéphane', 'Blanchard', '1977-01-08', P.EXITED, 'K', 'Rouen'],
  ['Océane', 'Vasseur', '2001-06-15', P.RECRUITMENT, 'K', 'Bihorel'],
];

/** Inserts the demo when the database has no structure yet. Returns whether it did. */
export async function seedDemo(db: DataSource): Promise<boolean> {
  return db.transaction(async (tx) => {
    // Serialise concurrent first starts (several instances on one database).
    const seeds = new DemoSeedRepository(db);
    await seeds.lockDemoSeed(tx);
    if ((await seeds.countStructures(tx)) > 0) return false;
    // Hashed only when the demo is inserted: argon2 is deliberately slow, and later starts skip it.
    await insertDemo(tx, seeds, await hashPassword(DEMO_PASSWORD));
    return true;
  });
}

async function insertDemo(tx: EntityManager, seeds: DemoSeedRepository, passwordHash: string): Promise<void> {
  await seeds.insertStructure(
    DEMO_IDS.structure,
    'Rouen Insertion Emploi',
    StructureKind.AI,
    '78210456700014',
    'Rouen',
    tx,
  );
  for (const a of DEMO_ACCOUNTS) {
    const inStructure = STRUCTURE_ROLES.includes(a.role);
    await seeds.insertStaffUser(
      [a.id, a.email, a.firstName, a.lastName, passwordHash, a.role, inStructure ? DEMO_IDS.structure : null],
      tx,
    );
  }
  const landlordIds: Record<string, string> = {};
  for (const l of DEMO_LANDLORDS) {
    const id = await seeds.insertLandlord(l.name, PartnerOrganisationKind.SOCIAL_LANDLORD, l.siret, tx);
    await seeds.insertPartnerUser(
      [`rh@${l.slug}.demo`, l.reviewer[0], l.reviewer[1], passwordHash, Role.PARTNER_REVIEWER, id],
      tx,
    );
    landlordIds[l.slug] = id;
  }
  const rows = DEMO_PERSONS.map(([first, last, birth, stage, c, city], i) => {
    const email = `${normalizeForSearch(first).replace(/\W/g, '')}.${normalizeForSearch(last).replace(/\W/g, '')}@exemple.fr`;
    return [
      demoPersonId(i),
      DEMO_IDS.structure,
      first,
      last,
      birth,
      email,
      `06 ${String(10 + i).padStart(2, '0')} 45 67 89`,
      city,
      c === 'C' ? DEMO_IDS.counsellorClaire : DEMO_IDS.counsellorKarim,
      stage,
      normalizeForSearch(`${last} ${first}`),
    ];
  });
  await seeds.insertPersons(rows, tx);
  const today = todayInParis();
  await insertDemoPathways(tx, {
    structureId: DEMO_IDS.structure,
    authorId: DEMO_IDS.counsellorClaire,
    personIds: DEMO_PERSONS.map((_, i) => demoPersonId(i)),
    landlordIds,
    today,
  });
  await insertDemoFunding(tx, {
    structureId: DEMO_IDS.structure,
    authorId: DEMO_IDS.director,
    counsellorIds: [DEMO_IDS.counsellorClaire, DEMO_IDS.counsellorKarim],
    personIds: DEMO_PERSONS.map((_, i) => demoPersonId(i)),
    today,
  });
  await insertDemoPartners(tx, {
    structureId: DEMO_IDS.structure,
    landlordIds,
    personIds: DEMO_PERSONS.map((_, i) => demoPersonId(i)),
    counsellorIds: { claire: DEMO_IDS.counsellorClaire, karim: DEMO_IDS.counsellorKarim },
    today,
  });
  await insertDemoGroup(tx, {
    structureId: DEMO_IDS.structure,
    authorId: DEMO_IDS.counsellorClaire,
    supervisorId: DEMO_IDS.supervisor,
    personIds: DEMO_PERSONS.map((_, i) => demoPersonId(i)),
    today,
  });
  await insertDemoMissionDays(tx, {
    structureId: DEMO_IDS.structure,
    hostOrganisationId: landlordIds['rouen-habitat'],
    supervisorId: DEMO_IDS.supervisor,
    today,
  });
  await insertDemoCoaching(tx, {
    structureId: DEMO_IDS.structure,
    coachId: DEMO_IDS.counsellorClaire,
    personId: demoPersonId(0),
    landlordId: landlordIds['rouen-habitat'],
    today,
  });
  await insertDemoReplacements(tx, {
    structureId: DEMO_IDS.structure,
    personIds: DEMO_PERSONS.map((_, i) => demoPersonId(i)),
    authorId: DEMO_IDS.counsellorClaire,
  });
  await insertDemoReplacementRequest(tx, {
    structureId: DEMO_IDS.structure,
    landlordId: landlordIds['rouen-habitat'],
    staffIds: [DEMO_IDS.director, DEMO_IDS.counsellorClaire, DEMO_IDS.counsellorKarim],
    today,
  });
  // The exits' presence figures, as the application keeps them (docs/domain/exits.md).
  await refreshExitPresence(tx, [{ structureId: DEMO_IDS.structure, personId: null }]);
  // The dialogue de gestion's targets for last year and this one (circulaire DGEFP 2008-21: 60 % and 25 %).
  const year = Number(today.slice(0, 4));
  await seeds.insertStructureTargets(DEMO_IDS.structure, year - 1, year, DEMO_IDS.director, tx);
}
