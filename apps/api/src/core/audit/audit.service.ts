import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ACCOUNT_SECURITY_ACTIONS, type AuditAction } from '@tremplin/domain';
import type { AuthUser } from '../auth/auth.types';
import { AuditRepository, type AuditLogRow } from './audit.repository';

/** One line of the audit trail, about one person (or none: a decision on a hiring need). */
export interface AuditEntry {
  action: AuditAction;
  /** The structure the person belongs to. */
  structureId: string | null;
  personId: string | null;
  subjectType?: string | null;
  subjectId?: string | null;
  /** The operation and what it returned or changed: field names and statuses, never sensitive values. */
  details?: Record<string, unknown> | null;
}

export type { AuditLogRow } from './audit.repository';

/** Who acted: the signed-in user, or an account read from the database (the second step of a sign-in has no session). */
export type AuditActorUser = Pick<
  AuthUser,
  'id' | 'role' | 'firstName' | 'lastName' | 'structureId' | 'partnerOrganisationId'
>;

/** How many security events the director sees per account. */
export const ACCOUNT_SECURITY_LOG_SIZE = 20;

/**
 * Appends to the immutable audit log, in the caller's transaction: if the trail cannot be written, the read or the
 * change fails with it (fail closed). Many entries go in one statement.
 */
@Injectable()
export class AuditService {
  constructor(private readonly repository: AuditRepository) {}

  /**
   * A person's audit trail, newest first (the caller checked the person is of `structureId`). Two statements: the
   * page and the count.
   */
  async personLog(
    structureId: string,
    personId: string,
    first: number,
    offset: number,
  ): Promise<{ totalCount: number; items: AuditLogRow[] }> {
    const [items, n] = await Promise.all([
      this.repository.personLog(structureId, personId, first, offset),
      this.repository.personLogCount(structureId, personId),
    ]);
    return { totalCount: n, items };
  }

  /**
   * The last security events of a staff account of `structureId` (two-factor, recovery codes, « Mes sessions »),
   * newest first; null when the account is not one of the structure's (read as unknown).
   */
  async accountSecurityLog(structureId: string, userId: string): Promise<AuditLogRow[] | null> {
    if (!(await this.repository.isStaffOf(structureId, userId))) return null;
    return this.repository.accountSecurityLog(structureId, userId, ACCOUNT_SECURITY_ACTIONS, ACCOUNT_SECURITY_LOG_SIZE);
  }

  async record(db: EntityManager, actor: AuditActorUser, entries: readonly AuditEntry[]): Promise<void> {
    if (entries.length === 0) return;
    await this.repository.append(
      {
        userId: actor.id,
        role: actor.role,
        label: `${actor.firstName} ${actor.lastName}`.trim(),
        structureId: actor.structureId,
        partnerOrganisationId: actor.partnerOrganisationId,
      },
      entries.map((e) => ({
        action: e.action,
        structure_id: e.structureId,
        person_id: e.personId,
        subject_type: e.subjectType ?? null,
        subject_id: e.subjectId ?? null,
        details: e.details ?? null,
      })),
      db,
    );
  }
}
