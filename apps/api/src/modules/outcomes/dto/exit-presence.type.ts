import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional } from 'class-validator';
import {
  ExitReason,
  type FieldError,
  MISSION_KIND_LABELS,
  type MissionKind,
  PRESENCE_RULE_BY_KIND,
  presenceRuleText,
  SESSION_KIND_LABELS,
  type SessionKind,
} from '@tremplin/domain';
import { type CountedHours, judgePresence, type PresenceFactsRow } from '../../exit-presence';
import { IsIsoDay, trim, trimOrNull } from '../outcomes.common';

@ObjectType('ExitAnnex', { description: 'L’annexe financière DDETS (aide au poste) dont les heures sont comptées.' })
export class ExitAnnexType {
  @Field() reference!: string;
  @Field({ description: 'Premier jour de l’annexe, AAAA-MM-JJ : les heures comptent à partir de ce jour.' })
  startDate!: string;
  @Field({ description: 'AAAA-MM-JJ.' }) endDate!: string;
}

@ObjectType('CountedHours', {
  description:
    'Une mission, une présence en formation ou les heures d’un mois reprises par import, comptées dans les heures ' +
    'travaillées jusqu’à la sortie.',
})
export class CountedHoursType {
  @Field({
    description:
      'MISSION, TRAINING (présence à une session de formation) ou WORKED_MONTH (heures d’un mois, reprises par import).',
  })
  source!: string;
  @Field({ description: 'Identifiant de la mission ou de la ligne d’émargement.' }) id!: string;
  @Field({ description: 'MissionKind ou SessionKind.' }) kind!: string;
  @Field() kindLabel!: string;
  @Field({ description: 'AAAA-MM-JJ : la mission compte entière à son premier jour.' }) startDate!: string;
  @Field({ description: 'AAAA-MM-JJ.' }) endDate!: string;
  @Field(() => Int, { description: 'Minutes comptées.' }) minutes!: number;
  @Field({ description: 'L’organisation d’accueil, ou l’intitulé de la session.' }) label!: string;
  @Field(() => String, { nullable: true, description: 'Le site de la mission, ou l’organisme de formation.' })
  place!: string | null;

  static from(h: CountedHours): CountedHoursType {
    return Object.assign(new CountedHoursType(), {
      ...h,
      kindLabel:
        h.source === 'MISSION'
          ? (MISSION_KIND_LABELS[h.kind as MissionKind] ?? h.kind)
          : h.source === 'WORKED_MONTH'
            ? 'Heures travaillées du mois'
            : (SESSION_KIND_LABELS[h.kind as SessionKind] ?? h.kind),
    });
  }
}

@ObjectType('ExitPresence', {
  description:
    'La règle de présence minimale appliquée à la sortie, avec ce qui a été compté : la dernière annexe financière, ' +
    'le début du premier contrat, les missions et les présences en formation et leurs heures.',
})
export class ExitPresenceType {
  @Field({ description: 'Si la sortie compte dans les résultats de la structure.' }) counts!: boolean;
  @Field({ description: 'Pourquoi elle compte ou non, avec les chiffres (le même texte que la sortie enregistrée).' })
  explanation!: string;
  @Field({ description: 'Le seuil de présence du type de structure, en une phrase.' }) rule!: string;
  @Field({ description: 'PresenceRule : HOURS_ON_LAST_ANNEX, CONTRACT_LONGER_THAN, WORKED, NONE.' })
  ruleKind!: string;
  @Field({ description: 'AAAA-MM-JJ.' }) exitDate!: string;
  @Field(() => String, { nullable: true, description: 'Début du premier contrat de travail, AAAA-MM-JJ.' })
  contractStart!: string | null;
  @Field(() => ExitAnnexType, {
    nullable: true,
    description: 'Sans annexe enregistrée, toutes les heures jusqu’à la sortie comptent.',
  })
  annex!: ExitAnnexType | null;
  @Field(() => Int, { description: 'Heures travaillées comptées, en minutes : la somme de `hours`.' })
  minutesWorked!: number;
  @Field(() => [CountedHoursType], { description: 'Les missions et présences en formation comptées, par date.' })
  hours!: CountedHoursType[];

  static from(f: PresenceFactsRow): ExitPresenceType {
    const verdict = judgePresence(f);
    return Object.assign(new ExitPresenceType(), {
      counts: verdict.counts,
      explanation: verdict.message,
      rule: presenceRuleText(f.structureKind),
      ruleKind: PRESENCE_RULE_BY_KIND[f.structureKind],
      exitDate: f.exitDate,
      contractStart: f.contractStart,
      annex: f.annex && Object.assign(new ExitAnnexType(), f.annex),
      minutesWorked: f.minutesWorked,
      hours: f.hours.map((h) => CountedHoursType.from(h)),
    });
  }
}

@ObjectType('ExitCheckMessage', { description: 'Un refus que l’enregistrement de la sortie opposerait.' })
export class ExitCheckMessageType {
  @Field({ description: 'Le champ à corriger.' }) field!: string;
  @Field() message!: string;
}

@ObjectType('ExitPreview', {
  description: 'Ce que donnerait la sortie à cette date, sans rien enregistrer : présence, refus et avertissements.',
})
export class ExitPreviewType {
  @Field(() => ExitPresenceType) presence!: ExitPresenceType;
  @Field(() => [ExitCheckMessageType], { description: 'Ce que l’enregistrement refuserait (rien n’est enregistré).' })
  errors!: ExitCheckMessageType[];
  @Field(() => [String], { description: 'À vérifier avant d’enregistrer (l’enregistrement reste possible).' })
  warnings!: string[];

  static from(p: { facts: PresenceFactsRow; errors: FieldError[]; warnings: string[] }): ExitPreviewType {
    return Object.assign(new ExitPreviewType(), {
      presence: ExitPresenceType.from(p.facts),
      errors: p.errors.map((e) => Object.assign(new ExitCheckMessageType(), e)),
      warnings: p.warnings,
    });
  }
}

@ArgsType()
export class ExitPreviewArgs {
  @Field({ description: 'AAAA-MM-JJ : la date de sortie envisagée.' })
  @Transform(trim)
  @IsIsoDay('La date de sortie')
  exitDate!: string;

  @Field(() => String, { nullable: true, description: 'ExitReason : le motif envisagé, pour vérifier l’embauche.' })
  @Transform(trimOrNull)
  @IsOptional()
  @IsIn(Object.values(ExitReason), { message: 'Choisissez le motif de sortie dans la liste.' })
  reason?: string | null;
}
