import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { FUNDER_KIND_LABELS, type FunderKind } from '@tremplin/domain';
import type { FunderEntity } from '../funding.entities';

/** A funder as the structure knows it. Its agreements are a field resolved by the funding module. */
@ObjectType('Funder')
export class FunderType {
  @Field(() => ID) id!: string;
  @Field({
    description:
      'FunderKind : OPCO, FSE_PLUS, DDETS_AIDE_AU_POSTE, DDETS_FDI, CITY_POLICY, DEPARTMENT, REGION, PLIE, OTHER.',
  })
  kind!: string;
  @Field() kindLabel!: string;
  @Field() name!: string;
  @Field(() => Int, { nullable: true, description: 'Forfait horaire de l’OPCO, en centimes (915 = 9,15 €/h).' })
  hourlyRateCents!: number | null;
  @Field(() => String, { nullable: true }) contactEmail!: string | null;
  @Field(() => Int) version!: number;

  static from(e: FunderEntity): FunderType {
    return Object.assign(new FunderType(), {
      id: e.id,
      kind: e.kind,
      kindLabel: FUNDER_KIND_LABELS[e.kind as FunderKind] ?? e.kind,
      name: e.name,
      hourlyRateCents: e.hourlyRateCents,
      contactEmail: e.contactEmail,
      version: e.version,
    });
  }
}
