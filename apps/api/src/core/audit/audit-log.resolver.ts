import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@tremplin/domain';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { isUuid, requirePerson } from '../access/person-access';
import { Allow, CurrentStructure } from '../auth/auth.decorators';
import { BadUserInputError, NotFoundError } from '../errors/app-errors';
import { AuditLogEntryType, AuditLogPageType } from './audit-log.dto';
import { AuditService } from './audit.service';

const PAGE_MAX = 200;

export const AUDIT_LOG_MESSAGES = {
  staffNotFound: 'Ce compte est introuvable dans votre structure.',
} as const;

/** The director reads a person's audit trail (who read or decided what, when), and a team account's security events. */
@Resolver()
export class AuditLogResolver {
  constructor(
    private readonly audit: AuditService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  @Allow(Permission.AUDIT_READ)
  @Query(() => AuditLogPageType, {
    description: 'Le journal d’audit d’une personne de ma structure, du plus récent au plus ancien.',
  })
  async personAuditLog(
    @CurrentStructure() structureId: string,
    @Args('personId', { type: () => ID }) personId: string,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first: number | null,
    @Args('offset', { type: () => Int, nullable: true, defaultValue: 0 }) offset: number | null,
  ): Promise<AuditLogPageType> {
    const n = first ?? 50;
    const skip = offset ?? 0;
    const errors = [];
    if (n < 1 || n > PAGE_MAX)
      errors.push({ field: 'first', message: `Le nombre de lignes est compris entre 1 et ${PAGE_MAX}.` });
    if (skip < 0) errors.push({ field: 'offset', message: 'Le décalage est un entier positif ou nul.' });
    if (errors.length) throw new BadUserInputError(errors);
    await requirePerson(this.db.manager, structureId, personId);
    const page = await this.audit.personLog(structureId, personId, n, skip);
    return { totalCount: page.totalCount, items: page.items.map((r) => AuditLogEntryType.from(r)) };
  }

  @Allow(Permission.AUDIT_READ)
  @Query(() => [AuditLogEntryType], {
    description:
      'Sécurité d’un compte de mon équipe : les 20 derniers événements (double authentification, codes de secours, sessions terminées), du plus récent au plus ancien.',
  })
  async staffSecurityLog(
    @CurrentStructure() structureId: string,
    @Args('userId', { type: () => ID }) userId: string,
  ): Promise<AuditLogEntryType[]> {
    const rows = isUuid(userId) ? await this.audit.accountSecurityLog(structureId, userId) : null;
    if (!rows) throw new NotFoundError(AUDIT_LOG_MESSAGES.staffNotFound);
    return rows.map((r) => AuditLogEntryType.from(r));
  }
}
