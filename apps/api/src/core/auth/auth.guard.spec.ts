import type { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Permission, Role } from '@tremplin/domain';
import { Allow, OpenDuringTwoFactorEnrolment, Public } from './auth.decorators';
import { AuthGuard } from './auth.guard';
import type { AuthUser } from './auth.types';
import type { SessionService } from './session.service';

class Target {
  @Public() open() {}
  @Allow(Permission.PERSON_READ) read() {}
  @Allow() anySignedIn() {}
  @Allow() @OpenDuringTwoFactorEnrolment() enrolment() {}
  undecorated() {}
}

function contextFor(handler: keyof Target): ExecutionContext {
  const req = {};
  return {
    getType: () => 'http',
    getHandler: () => Target.prototype[handler],
    getClass: () => Target,
    switchToHttp: () => ({ getRequest: () => req }),
  } as unknown as ExecutionContext;
}

function guard(user: Partial<AuthUser> | null) {
  const sessions = { resolve: async () => user } as unknown as SessionService;
  return new AuthGuard(new Reflector(), sessions);
}

describe('AuthGuard (deny by default)', () => {
  const counsellor = { id: 'u', role: Role.COUNSELLOR, structureId: 's' };
  const reviewer = { id: 'r', role: Role.PARTNER_REVIEWER, partnerOrganisationId: 'p' };

  it('refuses an operation that declares no access rule, even to a signed-in user', async () => {
    await expect(guard(counsellor).canActivate(contextFor('undecorated'))).rejects.toMatchObject({
      extensions: { code: 'FORBIDDEN' },
    });
  });
  it('lets anyone through a public operation', async () => {
    await expect(guard(null).canActivate(contextFor('open'))).resolves.toBe(true);
  });
  it('requires a session for @Allow()', async () => {
    await expect(guard(null).canActivate(contextFor('anySignedIn'))).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
    await expect(guard(reviewer).canActivate(contextFor('anySignedIn'))).resolves.toBe(true);
  });
  it('checks the role against the permission catalogue', async () => {
    await expect(guard(counsellor).canActivate(contextFor('read'))).resolves.toBe(true);
    await expect(guard(reviewer).canActivate(contextFor('read'))).rejects.toMatchObject({
      extensions: { code: 'FORBIDDEN' },
    });
  });
  it('closes everything but the enrolment to a user who must enrol in two-factor sign-in', async () => {
    const mustEnrol = { ...counsellor, role: Role.DIRECTOR, mustEnrolTwoFactor: true };
    await expect(guard(mustEnrol).canActivate(contextFor('anySignedIn'))).rejects.toMatchObject({
      extensions: { code: 'TWO_FACTOR_ENROLMENT_REQUIRED' },
    });
    await expect(guard(mustEnrol).canActivate(contextFor('enrolment'))).resolves.toBe(true);
    await expect(
      guard({ ...mustEnrol, mustEnrolTwoFactor: false }).canActivate(contextFor('anySignedIn')),
    ).resolves.toBe(true);
  });
});
