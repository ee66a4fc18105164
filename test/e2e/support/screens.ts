import type { Locator, Page } from 'playwright-core';
import { DEMO_COUNSELLOR, DEMO_DIRECTOR } from './contract-steps';

/**
 * Every screen of the web app, by who sees it: `web-every-screen.e2e-spec.ts` opens each one at phone size (390×844)
 * and at laptop size (1280×800), takes a screenshot, runs axe and checks that the page does not scroll sideways.
 * A new page is one line here (docs/testing.md, « Chaque écran, deux tailles »).
 */
export type ScreenUser = 'visitor' | 'counsellor' | 'director' | 'supervisor' | 'administrator' | 'landlord';

/** The demo accounts (README, « Démonstration »); the visitor is signed out. */
export const SCREEN_LOGINS: Record<Exclude<ScreenUser, 'visitor'>, string> = {
  counsellor: DEMO_COUNSELLOR,
  director: DEMO_DIRECTOR,
  supervisor: 'patrick.lemaire@rouen-insertion.demo',
  administrator: 'admin@tremplin.demo',
  landlord: 'rh@rouen-habitat.demo',
};

/** The links of the director's header (she has the most): all reachable at both sizes. */
export const DIRECTOR_LINKS = [
  'Portefeuille',
  'Importer',
  'Sessions',
  'Groupes',
  'Heures de mission',
  'Financements',
  'Tableau de bord',
  'Rapports',
  'Partenaires',
  'Remplacements',
  'Offres du réseau',
  'Équipe',
];

export interface Screen {
  user: ScreenUser;
  /** The screenshot's name: tmp/e2e-screens/every-<user>-<name>-<width>.png. */
  name: string;
  /**
   * Where to go; `:person`, `:group`, `:agreement`, `:proposal`, `:structure`, `:request` are replaced by a demo record
   * (PLACEHOLDERS).
   */
  path: string;
  /** What shows the page is there: the text of its level-1 heading, or a locator; by default, any level-1 heading. */
  waitFor?: string | RegExp | ((page: Page) => Locator);
  /** What to do once there, before the checks (open a panel). */
  then?: (page: Page) => Promise<void>;
}

/** A person of the caseload, in its table (laptop) or its cards (phone). */
const personLink = (page: Page) => page.locator('a[href^="/personnes/"]:not([href$="/nouvelle"])').first();
const tab = (name: string) => (page: Page) => page.getByRole('tab', { name, selected: true });

/** The person file's tabs, as the counsellor sees them. */
const PERSON_TABS: [string, string][] = [
  ['parcours', 'Parcours'],
  ['identite', 'Identité'],
  ['eligibilite', 'Orientation et éligibilité'],
  ['recrutement', 'Recrutement'],
  ['missions', 'Missions et heures'],
  ['formation', 'Formation et présences'],
  ['tutorat', 'Tutorat et évaluations'],
  ['contrat', 'Contrat'],
  ['certification', 'Certification'],
  ['notes', 'Entretiens et notes'],
  ['propositions', 'Propositions'],
  ['disponibilites', 'Disponibilités'],
  ['sortie', 'Embauche, sortie et suivi'],
  ['donnees', 'Données personnelles'],
];

export const SCREENS: Screen[] = [
  {
    user: 'visitor',
    name: 'connexion',
    path: '/connexion',
    waitFor: (p) => p.getByRole('form', { name: 'Connexion' }),
  },
  { user: 'visitor', name: 'mot-de-passe-oublie', path: '/mot-de-passe/oublie' },
  { user: 'visitor', name: 'mot-de-passe-nouveau', path: '/mot-de-passe/nouveau' },

  { user: 'counsellor', name: 'portefeuille', path: '/personnes', waitFor: personLink },
  ...PERSON_TABS.map(([value, label]): Screen => ({
    user: 'counsellor',
    name: `fiche-${value}`,
    path: `/personnes/:person?onglet=${value}`,
    waitFor: tab(label),
  })),
  { user: 'counsellor', name: 'nouvelle-personne', path: '/personnes/nouvelle', waitFor: 'Nouvelle personne' },
  { user: 'counsellor', name: 'sessions', path: '/sessions' },
  { user: 'counsellor', name: 'groupes', path: '/groupes' },
  { user: 'counsellor', name: 'groupe', path: '/groupes/:group' },
  { user: 'counsellor', name: 'groupe-semaine', path: '/groupes/:group/semaine' },
  { user: 'counsellor', name: 'heures-de-mission', path: '/missions/semaine' },
  { user: 'counsellor', name: 'remplacements', path: '/remplacements' },
  {
    user: 'counsellor',
    name: 'remplacement',
    path: '/remplacements/:request',
    waitFor: (p) => p.getByRole('region', { name: /^Peuvent y aller/ }),
  },
  {
    user: 'counsellor',
    name: 'nouvelle-demande-de-remplacement',
    path: '/remplacements/nouvelle',
    waitFor: (p) => p.getByRole('form', { name: 'Nouvelle demande de remplacement' }),
  },
  { user: 'counsellor', name: 'offres-du-reseau', path: '/offres-du-reseau' },
  { user: 'counsellor', name: 'importer', path: '/importer', waitFor: 'Importer un tableur' },
  { user: 'counsellor', name: 'financements', path: '/financements', waitFor: 'Financements' },
  { user: 'counsellor', name: 'partenaires', path: '/partenaires', waitFor: 'Partenaires' },
  {
    user: 'counsellor',
    name: 'notifications',
    path: '/personnes',
    then: async (p) => {
      await p.getByRole('button', { name: /^Notifications/ }).click();
      await p.getByRole('heading', { name: 'Notifications' }).waitFor();
    },
  },
  { user: 'counsellor', name: 'mon-compte', path: '/mon-compte', waitFor: 'Mon compte' },
  { user: 'counsellor', name: 'securite', path: '/compte/securite' },
  { user: 'counsellor', name: 'sessions-ouvertes', path: '/compte/sessions' },
  { user: 'counsellor', name: 'introuvable', path: '/cette-page-n-existe-pas', waitFor: 'Page introuvable' },

  { user: 'director', name: 'tableau-de-bord', path: '/tableau-de-bord', waitFor: 'Tableau de bord' },
  { user: 'director', name: 'rapports', path: '/rapports', waitFor: 'Rapports aux financeurs' },
  { user: 'director', name: 'financements', path: '/financements', waitFor: 'Financements' },
  { user: 'director', name: 'convention', path: '/financements/conventions/:agreement' },
  {
    user: 'director',
    name: 'fiche-journal',
    path: '/personnes/:person?onglet=journal',
    waitFor: tab('Journal des accès'),
  },
  { user: 'director', name: 'equipe', path: '/equipe' },
  { user: 'director', name: 'connexion-equipe', path: '/structure/connexion', waitFor: 'Connexion de l’équipe' },
  { user: 'director', name: 'importer', path: '/importer', waitFor: 'Importer un tableur' },

  { user: 'supervisor', name: 'portefeuille', path: '/personnes', waitFor: personLink },
  { user: 'supervisor', name: 'fiche', path: '/personnes/:person', waitFor: tab('Parcours') },
  { user: 'supervisor', name: 'sessions', path: '/sessions' },
  { user: 'supervisor', name: 'terrain', path: '/terrain' },
  { user: 'supervisor', name: 'groupe-semaine', path: '/groupes/:group/semaine' },
  { user: 'supervisor', name: 'heures-de-mission', path: '/missions/semaine' },

  { user: 'administrator', name: 'accueil', path: '/' },
  { user: 'administrator', name: 'structures', path: '/administration/structures', waitFor: 'Structures' },
  { user: 'administrator', name: 'reseaux', path: '/administration/reseaux' },
  { user: 'administrator', name: 'equipe-structure', path: '/administration/structures/:structure/equipe' },
  {
    user: 'administrator',
    name: 'partenaires',
    path: '/administration/partenaires',
    waitFor: 'Partenaires employeurs',
  },

  { user: 'landlord', name: 'portail', path: '/portail', waitFor: 'Portail employeur' },
  { user: 'landlord', name: 'remplacements', path: '/portail/remplacements' },
  {
    user: 'landlord',
    name: 'proposition',
    path: '/portail/propositions/:proposal',
    waitFor: /^Proposition pour le poste/,
  },
  { user: 'landlord', name: 'mon-compte', path: '/mon-compte', waitFor: 'Mon compte' },
];

/** Where each placeholder of a path comes from: the first matching link of a list page, the id at `at` in its path. */
export const PLACEHOLDERS: Record<string, { list: string; link: string; at: number }> = {
  ':person': { list: '/personnes', link: 'tbody a[href^="/personnes/"]', at: 1 },
  ':group': { list: '/groupes', link: 'a[href^="/groupes/"]', at: 1 },
  ':agreement': { list: '/financements', link: 'a[href^="/financements/conventions/"]', at: 2 },
  ':proposal': { list: '/portail', link: 'a[href^="/portail/propositions/"]', at: 2 },
  // The demo's open night watch (demo-replacements.ts), or any request of the list.
  ':request': { list: '/remplacements', link: 'a[href^="/remplacements/"]:not([href$="/nouvelle"])', at: 1 },
  ':structure': {
    list: '/administration/structures',
    link: 'a[href^="/administration/structures/"][href$="/equipe"]',
    at: 2,
  },
};
