import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { BLOCK_RESULT_LABELS, type BlockResult } from '@tremplin/domain';
import { CertificationBlockType } from '../../certifications';
import type { ExamSessionEntity } from '../outcome.entities';

@ObjectType('ExamResult', { description: 'Le résultat d’un bloc à une session d’examen.' })
export class ExamResultType {
  @Field(() => CertificationBlockType) block!: CertificationBlockType;
  @Field({ description: 'BlockResult : FULL, PARTIAL, NONE.' }) result!: string;
  @Field() resultLabel!: string;

  static from(r: {
    blockId: string;
    blockCode: string;
    blockTitle: string;
    blockPosition: number;
    result: string;
  }): ExamResultType {
    return Object.assign(new ExamResultType(), {
      block: Object.assign(new CertificationBlockType(), {
        id: r.blockId,
        code: r.blockCode,
        title: r.blockTitle,
        position: r.blockPosition,
      }),
      result: r.result,
      resultLabel: BLOCK_RESULT_LABELS[r.result as BlockResult] ?? r.result,
    });
  }
}

/** An exam session (jury) the person sat or will sit, with a result per block. */
@ObjectType('ExamSession')
export class ExamSessionType {
  @Field(() => ID) id!: string;
  @Field({ description: 'AAAA-MM-JJ.' }) sessionDate!: string;
  @Field() centre!: string;
  @Field(() => GraphQLISODateTime) createdAt!: Date;

  /** Not exposed: resolved through loaders. */
  certificationId!: string;

  static from(e: ExamSessionEntity): ExamSessionType {
    return Object.assign(new ExamSessionType(), {
      id: e.id,
      sessionDate: e.sessionDate,
      centre: e.centre,
      createdAt: e.createdAt,
      certificationId: e.certificationId,
    });
  }
}
