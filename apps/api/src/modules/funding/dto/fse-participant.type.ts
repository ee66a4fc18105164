import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  FSE_EXIT_SITUATION_LABELS,
  FSE_GENDER_LABELS,
  FSE_ISCED_LEVEL_LABELS,
  FSE_LABOUR_MARKET_STATUS_LABELS,
  FSE_SITUATION_LABELS,
  type FseExitSituation,
  type FseGender,
  type FseIscedLevel,
  type FseLabourMarketStatus,
  type FseSituation,
  fseParticipantMissing,
  todayInParis,
} from '@tremplin/domain';
import type { FseParticipantEntity } from '../funding.entities';

/** A participant row with what the person's join adds. */
export type FseParticipantRow = FseParticipantEntity & { personName: string; personExited: boolean };

const label = <K extends string>(labels: Record<K, string>, code: string | null): string | null =>
  code === null ? null : (labels[code as K] ?? code);

@ObjectType('FseParticipant', {
  description: 'Une personne dans une opération FSE+ : données à l’entrée, à la sortie et 6 mois après la sortie.',
})
export class FseParticipantType {
  @Field(() => ID) id!: string;
  @Field(() => ID) agreementId!: string;
  @Field(() => ID) personId!: string;
  @Field() personName!: string;
  @Field(() => Int) version!: number;
  @Field(() => String, { nullable: true, description: 'AAAA-MM-JJ.' }) entryDate!: string | null;
  @Field(() => String, { nullable: true, description: 'FseGender.' }) gender!: string | null;
  @Field(() => String, { nullable: true }) genderLabel!: string | null;
  @Field(() => String, { nullable: true, description: 'FseLabourMarketStatus à l’entrée.' })
  labourMarketStatus!: string | null;
  @Field(() => String, { nullable: true }) labourMarketStatusLabel!: string | null;
  @Field(() => String, { nullable: true, description: 'FseIscedLevel à l’entrée.' }) iscedLevel!: string | null;
  @Field(() => String, { nullable: true }) iscedLevelLabel!: string | null;
  @Field(() => Int, { nullable: true, description: 'Année de naissance, relevée à l’entrée.' }) birthYear!:
    number | null;
  @Field(() => [String], {
    nullable: true,
    description: 'FseSituation déclarées (donnée sensible) ; null sans le droit de lire les données sensibles.',
  })
  situations!: string[] | null;
  @Field(() => [String], { nullable: true, description: 'Libellés des situations ; null comme situations.' })
  situationLabels!: string[] | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'true : a répondu aux questions de situation ; false : a refusé ; null : pas encore interrogé·e.',
  })
  situationsAnswered!: boolean | null;
  @Field(() => String, { nullable: true, description: 'AAAA-MM-JJ.' }) exitDate!: string | null;
  @Field(() => String, { nullable: true, description: 'FseExitSituation.' }) exitSituation!: string | null;
  @Field(() => String, { nullable: true }) exitSituationLabel!: string | null;
  @Field(() => String, { nullable: true, description: 'AAAA-MM-JJ.' }) sixMonthsCheckedOn!: string | null;
  @Field(() => Boolean, { nullable: true }) sixMonthsEmployed!: boolean | null;
  @Field(() => Boolean, { nullable: true }) sixMonthsImprovedSituation!: boolean | null;
  @Field(() => [String], {
    description: 'Ce qui manque aujourd’hui (le suivi à 6 mois seulement une fois les 6 mois passés).',
  })
  missing!: string[];
  @Field() complete!: boolean;

  static from(e: FseParticipantRow, sensitive: boolean, today = todayInParis()): FseParticipantType {
    const missing = fseParticipantMissing(e, { personExited: e.personExited, today });
    return Object.assign(new FseParticipantType(), {
      id: e.id,
      agreementId: e.agreementId,
      personId: e.personId,
      personName: e.personName,
      version: e.version,
      entryDate: e.entryDate,
      gender: e.gender,
      genderLabel: label(FSE_GENDER_LABELS as Record<FseGender, string>, e.gender),
      labourMarketStatus: e.labourMarketStatus,
      labourMarketStatusLabel: label(
        FSE_LABOUR_MARKET_STATUS_LABELS as Record<FseLabourMarketStatus, string>,
        e.labourMarketStatus,
      ),
      iscedLevel: e.iscedLevel,
      iscedLevelLabel: label(FSE_ISCED_LEVEL_LABELS as Record<FseIscedLevel, string>, e.iscedLevel),
      birthYear: e.birthYear,
      situations: sensitive ? e.situations : null,
      situationLabels: sensitive ? e.situations.map((s) => FSE_SITUATION_LABELS[s as FseSituation] ?? s) : null,
      situationsAnswered: e.situationsAnswered,
      exitDate: e.exitDate,
      exitSituation: e.exitSituation,
      exitSituationLabel: label(FSE_EXIT_SITUATION_LABELS as Record<FseExitSituation, string>, e.exitSituation),
      sixMonthsCheckedOn: e.sixMonthsCheckedOn,
      sixMonthsEmployed: e.sixMonthsEmployed,
      sixMonthsImprovedSituation: e.sixMonthsImprovedSituation,
      missing,
      complete: missing.length === 0,
    });
  }
}
