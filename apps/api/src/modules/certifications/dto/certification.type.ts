import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { CertificationBlockEntity, CertificationEntity } from '../certification.entity';

/** A block of competences of a certification (bloc RNCP, CCP of a titre professionnel, unit of a CAP). */
@ObjectType('CertificationBlock')
export class CertificationBlockType {
  @Field(() => ID) id!: string;
  @Field({ description: 'Code du bloc, par exemple « UP1 » ou « CCP2 ».' }) code!: string;
  @Field() title!: string;
  @Field(() => Int, { description: 'Ordre du bloc dans la certification (1, 2, 3…).' }) position!: number;

  static from(e: CertificationBlockEntity): CertificationBlockType {
    return Object.assign(new CertificationBlockType(), {
      id: e.id,
      code: e.code,
      title: e.title,
      position: e.position,
    });
  }
}

/** A certification a pathway can aim at (reference list). Its blocks are resolved in one batch per request. */
@ObjectType('Certification')
export class CertificationType {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field(() => String, { nullable: true, description: 'Numéro RNCP, absent pour une certification hors RNCP.' })
  rncpCode!: string | null;
  @Field(() => Int, { description: 'Niveau de qualification (3 = CAP).' }) level!: number;
  @Field({ description: 'Organisme certificateur.' }) certifier!: string;

  static from(e: CertificationEntity): CertificationType {
    return Object.assign(new CertificationType(), {
      id: e.id,
      title: e.title,
      rncpCode: e.rncpCode,
      level: e.level,
      certifier: e.certifier,
    });
  }
}
