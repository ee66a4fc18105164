import { Field, ObjectType } from '@nestjs/graphql';
import { PathwayStage } from '@tremplin/domain';

@ObjectType('StageGate', { description: 'La prochaine étape et ce qui manque au dossier pour y passer.' })
export class StageGateType {
  @Field(() => PathwayStage) toStage!: PathwayStage;
  @Field(() => [String], {
    description: 'Pièces manquantes (phrases en français) ; vide quand le dossier est complet.',
  })
  missing!: string[];
}
