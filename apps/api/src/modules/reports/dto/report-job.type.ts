import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ReportSubjectAgreement', { description: 'Une convention sur laquelle un rapport peut porter.' })
export class ReportSubjectAgreementType {
  @Field(() => ID) id!: string;
  @Field() reference!: string;
  @Field() title!: string;
  @Field() funderName!: string;
  @Field({ description: 'FunderKind du financeur.' }) funderKind!: string;
  @Field(() => String, {
    nullable: true,
    description: 'ReportKind du rapport de ce financeur ; vide : pas de rapport type.',
  })
  reportKind!: string | null;
  @Field({ description: 'AAAA-MM-JJ.' }) startDate!: string;
  @Field({ description: 'AAAA-MM-JJ, incluse.' }) endDate!: string;
}

@ObjectType('ReportSubjectPartnership', { description: 'Un partenariat bailleur sur lequel un rapport peut porter.' })
export class ReportSubjectPartnershipType {
  @Field(() => ID) id!: string;
  @Field() partnerName!: string;
}

@ObjectType('ReportSubjects')
export class ReportSubjectsType {
  @Field(() => [ReportSubjectAgreementType]) agreements!: ReportSubjectAgreementType[];
  @Field(() => [ReportSubjectPartnershipType]) partnerships!: ReportSubjectPartnershipType[];
}

@ObjectType('ReportJob', {
  description: 'Un rapport demandé : sa génération (file d’attente, progression) et ses fichiers.',
})
export class ReportJobType {
  @Field(() => ID) id!: string;
  @Field({ description: 'ReportKind.' }) kind!: string;
  @Field() kindLabel!: string;
  @Field(() => ID, { nullable: true, description: 'La convention du rapport (FSE+, OPCO, DDETS).' })
  agreementId!: string | null;
  @Field(() => ID, { nullable: true, description: 'Le partenariat du rapport (bailleur).' })
  partnershipId!: string | null;
  @Field({ description: 'QUEUED, RUNNING, DONE ou FAILED.' }) status!: string;
  @Field() statusLabel!: string;
  @Field(() => Int, { description: '0 à 100.' }) progress!: number;
  @Field(() => String, { nullable: true }) progressLabel!: string | null;
  @Field({ description: 'AAAA-MM-JJ.' }) periodStart!: string;
  @Field({ description: 'AAAA-MM-JJ, incluse.' }) periodEnd!: string;
  @Field({ description: 'La convention (référence, intitulé, financeur) ou le bailleur.' }) subjectLabel!: string;
  @Field(() => String, { nullable: true, description: 'Qui l’a demandé.' }) requestedBy!: string | null;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) startedAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) finishedAt!: Date | null;
  @Field(() => String, { nullable: true }) error!: string | null;
  @Field(() => String, { nullable: true, description: 'SHA-256 du JSON canonique des chiffres.' })
  figuresSha256!: string | null;
  @Field(() => String, { nullable: true }) pdfSha256!: string | null;
  @Field(() => String, { nullable: true }) xlsxSha256!: string | null;
  @Field(() => Int, { nullable: true }) pdfPages!: number | null;
  @Field(() => String, {
    nullable: true,
    description: 'Téléchargement du PDF (session requise), quand le rapport est prêt.',
  })
  pdfUrl!: string | null;
  @Field(() => String, { nullable: true, description: 'Téléchargement du tableur (.xlsx), quand le rapport est prêt.' })
  xlsxUrl!: string | null;
}
