import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { AUDIT_ACTION_LABELS, type AuditAction, ROLE_LABELS, type Role } from '@tremplin/domain';
import type { AuditLogRow } from './audit.service';

@ObjectType('AuditLogEntry', { description: 'Qui a consulté ou décidé quoi au sujet de la personne, et quand.' })
export class AuditLogEntryType {
  @Field(() => ID) id!: string;
  @Field(() => GraphQLISODateTime) occurredAt!: Date;
  @Field({ description: '`AuditAction`' }) action!: string;
  @Field() actionLabel!: string;
  @Field({ description: 'Prénom et nom de l’auteur, tels qu’au moment de l’action.' }) actorLabel!: string;
  @Field({ description: '`Role`' }) actorRole!: string;
  @Field() actorRoleLabel!: string;
  @Field(() => String, { nullable: true, description: 'L’employeur partenaire ou la structure de l’auteur.' })
  actorOrganisation!: string | null;
  @Field(() => String, { nullable: true, description: 'proposal, mission…' }) subjectType!: string | null;
  @Field(() => String, { nullable: true, description: 'L’opération et ce qu’elle a lu ou changé (JSON).' })
  details!: string | null;

  static from(r: AuditLogRow): AuditLogEntryType {
    return Object.assign(new AuditLogEntryType(), {
      id: r.id,
      occurredAt: r.occurredAt,
      action: r.action,
      actionLabel: AUDIT_ACTION_LABELS[r.action as AuditAction] ?? r.action,
      actorLabel: r.actorLabel,
      actorRole: r.actorRole,
      actorRoleLabel:
        r.actorRole === 'SYSTEM' ? 'Tâche automatique' : (ROLE_LABELS[r.actorRole as Role] ?? r.actorRole),
      actorOrganisation: r.actorOrganisation,
      subjectType: r.subjectType,
      details: r.details === null || r.details === undefined ? null : JSON.stringify(r.details),
    });
  }
}

@ObjectType('AuditLogPage')
export class AuditLogPageType {
  @Field(() => Int) totalCount!: number;
  @Field(() => [AuditLogEntryType]) items!: AuditLogEntryType[];
}
