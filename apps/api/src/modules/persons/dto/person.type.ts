import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ageOn, PathwayStage, PERSON_SEX_LABELS, type PersonSex, todayInParis } from '@tremplin/domain';
import { PageInfo } from '../../../core/graphql/connection';
import type { PersonEntity } from '../person.entity';

registerEnumType(PathwayStage, { name: 'PathwayStage', description: 'Étape du parcours' });

@ObjectType('Person')
export class PersonType {
  @Field(() => ID) id!: string;
  @Field() firstName!: string;
  @Field() lastName!: string;
  @Field({ description: 'Date de naissance, AAAA-MM-JJ.' }) birthDate!: string;
  @Field(() => Int, { description: 'Âge aujourd’hui (calendrier de Paris).' }) age!: number;
  @Field(() => String, { nullable: true, description: 'PersonSex : WOMAN, MAN, NON_BINARY (codes du genre FSE+).' })
  sex!: string | null;
  @Field(() => String, { nullable: true, description: 'Femme, Homme ou Non binaire.' }) sexLabel!: string | null;
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field(() => String, { nullable: true }) addressLine!: string | null;
  @Field(() => String, { nullable: true }) postalCode!: string | null;
  @Field(() => String, { nullable: true }) city!: string | null;
  @Field(() => PathwayStage) stage!: PathwayStage;
  @Field(() => String, {
    nullable: true,
    description: 'Jour où la personne a été informée du traitement de ses données, AAAA-MM-JJ.',
  })
  informationGivenOn!: string | null;
  @Field(() => String, { nullable: true, description: 'Jour où la personne a donné son accord au suivi, AAAA-MM-JJ.' })
  consentGivenOn!: string | null;
  @Field(() => Int, { description: 'À renvoyer lors d’une modification : une version périmée est refusée.' })
  version!: number;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;

  /** Not exposed: resolved through loaders. */
  counsellorId!: string | null;
  structureId!: string;
  targetCertificationId!: string | null;

  static from(e: PersonEntity, today = todayInParis()): PersonType {
    return Object.assign(new PersonType(), {
      id: e.id,
      firstName: e.firstName,
      lastName: e.lastName,
      birthDate: e.birthDate,
      age: ageOn(e.birthDate, today),
      sex: e.sex,
      sexLabel: e.sex ? (PERSON_SEX_LABELS[e.sex as PersonSex] ?? e.sex) : null,
      email: e.email,
      phone: e.phone,
      addressLine: e.addressLine,
      postalCode: e.postalCode,
      city: e.city,
      stage: e.stage,
      informationGivenOn: e.informationGivenOn,
      consentGivenOn: e.consentGivenOn,
      version: e.version,
      createdAt: e.createdAt,
      updatedAt: e.updatedAt,
      counsellorId: e.counsellorId,
      structureId: e.structureId,
      targetCertificationId: e.targetCertificationId,
    });
  }
}

@ObjectType('PersonEdge')
export class PersonEdge {
  @Field() cursor!: string;
  @Field(() => PersonType) node!: PersonType;
}

@ObjectType('PersonConnection')
export class PersonConnection {
  @Field(() => [PersonEdge]) edges!: PersonEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int, { description: 'Nombre total de personnes correspondant au filtre.' }) totalCount!: number;
}
