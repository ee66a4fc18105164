import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { TimelineEntry } from '../timeline.entries';

@ObjectType('TimelineEntry', { description: 'Un fait du parcours d’une personne, daté, tel que la frise le montre.' })
export class TimelineEntryType {
  @Field(() => ID, { description: 'Nature et identifiant de l’enregistrement, par exemple « MISSION:… ».' })
  id!: string;

  @Field({ description: 'AAAA-MM-JJ.' })
  date!: string;

  @Field({ description: 'Nature de l’entrée : REFERRAL, ELIGIBILITY_DIAGNOSIS, MISSION, FOLLOW_UP_INTERVIEW…' })
  kind!: string;

  @Field({ description: 'Nature de l’entrée, en français.' })
  kindLabel!: string;

  @Field({ description: 'Le fait en une ligne, par exemple « Mise à disposition chez Rouen Habitat — 35 h ».' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Précisions (dates, motif, commentaire).' })
  detail!: string | null;

  @Field({
    description: 'L’entrée montre une information confidentielle ou sensible : à ne pas partager hors de la structure.',
  })
  confidential!: boolean;

  static from(e: TimelineEntry): TimelineEntryType {
    return Object.assign(new TimelineEntryType(), {
      id: e.id,
      date: e.date,
      kind: e.kind,
      kindLabel: e.kindLabel,
      title: e.title,
      detail: e.detail,
      confidential: e.confidential,
    });
  }
}
