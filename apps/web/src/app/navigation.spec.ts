import { Permission, permissionsOf, Role } from '@tremplin/domain';
import type { CurrentUser } from './auth';
import { navItemsFor, roleLine } from './navigation';

const user = (role: Role, structure = true): CurrentUser =>
  ({
    role,
    permissions: [...permissionsOf(role)],
    fullName: 'Sophie Lefebvre',
    structure: structure ? { name: 'Rouen Insertion Emploi' } : null,
    partnerOrganisation: role === Role.PARTNER_REVIEWER ? { name: 'Rouen Habitat' } : null,
  }) as unknown as CurrentUser;

const labels = (u: CurrentUser) => navItemsFor(u).map((i) => i.label);

describe('the main navigation', () => {
  it('gives each role its links, in order', () => {
    expect(labels(user(Role.DIRECTOR))).toEqual([
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
    ]);
    expect(labels(user(Role.COUNSELLOR))).toEqual([
      'Portefeuille',
      'Importer',
      'Sessions',
      'Groupes',
      'Heures de mission',
      'Financements',
      'Partenaires',
      'Remplacements',
      'Offres du réseau',
    ]);
    expect(labels(user(Role.SUPERVISOR))).toEqual([
      'Portefeuille',
      'Mon terrain',
      'Sessions',
      'Groupes',
      'Heures de mission',
      'Partenaires',
    ]);
    expect(labels(user(Role.PARTNER_REVIEWER, false))).toEqual(['Portail employeur', 'Remplacements']);
    expect(labels(user(Role.ADMINISTRATOR, false))).toEqual([
      'Tableau de bord',
      'Partenaires employeurs',
      'Structures',
      'Réseaux',
    ]);
  });

  it('shows « Équipe » only to staff administrators of a structure', () => {
    expect(labels(user(Role.DIRECTOR, false))).not.toContain('Équipe');
    const admin = user(Role.ADMINISTRATOR, false);
    expect(admin.permissions).toContain(Permission.STAFF_ADMIN);
    expect(labels(admin)).not.toContain('Équipe');
  });

  it('names the role, then the structure or the partner organisation', () => {
    expect(roleLine(user(Role.DIRECTOR))).toBe('Direction · Rouen Insertion Emploi');
    expect(roleLine(user(Role.PARTNER_REVIEWER, false))).toBe('Bailleur partenaire · Rouen Habitat');
    expect(roleLine(user(Role.ADMINISTRATOR, false))).toBe('Administration');
  });
});
