import { hasPermissions, Permission, permissionsOf, Role } from './roles';
import { isValidSiret } from './siret';

describe('permission catalogue', () => {
  it('lets counsellors and directors read and write persons', () => {
    for (const role of [Role.COUNSELLOR, Role.DIRECTOR])
      expect(hasPermissions(role, [Permission.PERSON_READ, Permission.PERSON_WRITE])).toBe(true);
  });
  it('lets a technical supervisor read the pathway but neither write it nor read what is sensitive', () => {
    expect(hasPermissions(Role.SUPERVISOR, [Permission.PERSON_READ, Permission.PATHWAY_READ])).toBe(true);
    expect(hasPermissions(Role.SUPERVISOR, [Permission.PATHWAY_WRITE])).toBe(false);
    expect(hasPermissions(Role.SUPERVISOR, [Permission.SENSITIVE_READ])).toBe(false);
    expect(hasPermissions(Role.SUPERVISOR, [Permission.PERSON_WRITE])).toBe(false);
  });
  it('lets the structure staff, the technical supervisor included, enter attendance, mission days and evaluations', () => {
    const holders = Object.values(Role).filter((r) => hasPermissions(r, [Permission.FIELD_ENTRY]));
    expect(holders.sort()).toEqual([Role.COUNSELLOR, Role.DIRECTOR, Role.SUPERVISOR].sort());
  });
  it('keeps sensitive data and confidential notes to counsellors and directors', () => {
    const holders = Object.values(Role).filter((r) => hasPermissions(r, [Permission.SENSITIVE_READ]));
    expect(holders.sort()).toEqual([Role.COUNSELLOR, Role.DIRECTOR].sort());
  });
  it('keeps funding management to directors; counsellors only read it', () => {
    const writers = Object.values(Role).filter((r) => hasPermissions(r, [Permission.FUNDING_WRITE]));
    expect(writers).toEqual([Role.DIRECTOR]);
    expect(hasPermissions(Role.COUNSELLOR, [Permission.FUNDING_READ])).toBe(true);
    expect(hasPermissions(Role.SUPERVISOR, [Permission.FUNDING_READ])).toBe(false);
  });
  it('gives the partner portal to partner reviewers only, and nothing of the structure side', () => {
    const portal = Object.values(Role).filter((r) => hasPermissions(r, [Permission.PARTNER_PORTAL]));
    expect(portal).toEqual([Role.PARTNER_REVIEWER]);
    expect(permissionsOf(Role.PARTNER_REVIEWER)).toEqual([Permission.PARTNER_PORTAL, Permission.NOTIFICATION_READ]);
  });
  it('keeps the audit log and partnerships to directors', () => {
    expect(Object.values(Role).filter((r) => hasPermissions(r, [Permission.AUDIT_READ]))).toEqual([Role.DIRECTOR]);
    expect(Object.values(Role).filter((r) => hasPermissions(r, [Permission.PARTNERSHIP_WRITE]))).toEqual([
      Role.DIRECTOR,
    ]);
  });
  it('keeps linking the account of les emplois de l’inclusion to directors; counsellors sync it', () => {
    expect(Object.values(Role).filter((r) => hasPermissions(r, [Permission.LES_EMPLOIS_LINK]))).toEqual([
      Role.DIRECTOR,
    ]);
    expect(
      Object.values(Role)
        .filter((r) => hasPermissions(r, [Permission.CASELOAD_IMPORT]))
        .sort(),
    ).toEqual([Role.COUNSELLOR, Role.DIRECTOR].sort());
  });
  it('opens the dashboard to directors and administrators, reports to directors only', () => {
    expect(
      Object.values(Role)
        .filter((r) => hasPermissions(r, [Permission.DASHBOARD_READ]))
        .sort(),
    ).toEqual([Role.ADMINISTRATOR, Role.DIRECTOR].sort());
    expect(Object.values(Role).filter((r) => hasPermissions(r, [Permission.REPORT_WRITE]))).toEqual([Role.DIRECTOR]);
  });
  it('keeps the management of partner organisations and their reviewers to administrators', () => {
    const holders = Object.values(Role).filter((r) => hasPermissions(r, [Permission.PARTNER_ADMIN]));
    expect(holders).toEqual([Role.ADMINISTRATOR]);
  });
  it('denies persons to partner reviewers and administrators', () => {
    expect(hasPermissions(Role.PARTNER_REVIEWER, [Permission.PERSON_READ])).toBe(false);
    expect(hasPermissions(Role.ADMINISTRATOR, [Permission.PERSON_READ])).toBe(false);
  });
});

describe('isValidSiret', () => {
  it('accepts a valid SIRET and refuses a wrong checksum or length', () => {
    expect(isValidSiret('73282932000074')).toBe(true);
    expect(isValidSiret('73282932000075')).toBe(false);
    expect(isValidSiret('7328293200007')).toBe(false);
  });
});
