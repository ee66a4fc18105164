import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { maskedPrescriberKind, PRESCRIBER_KINDS, PrescriberKind } from '@tremplin/domain';
import type { ReferralEntity } from '../referral.entity';

/**
 * How the person came (orientation). For a caller without the right to see sensitive data, a prescriber kind that
 * reveals justice, addiction, child protection, disability, social aid… is shown as « Autre ». The organisation and
 * contact (whose name would reveal the same: « SPIP de Rouen », « CSAPA … ») are withheld from such a caller on EVERY
 * referral, sensitive or not, and `prescriberMasked` is true on every one: the answer never tells which referrals hide
 * something (a genuine « Autre » and a masked one read the same). docs/domain/sensitive-data.md.
 */
@ObjectType('Referral')
export class ReferralType {
  @Field(() => ID) id!: string;
  @Field({ description: 'Type de prescripteur (code PrescriberKind) ; « OTHER » quand il est masqué.' })
  prescriberKind!: string;
  @Field() prescriberKindLabel!: string;
  @Field(() => Boolean, {
    description:
      'Vrai quand votre rôle ne voit pas les données sensibles : organisme et contact ne sont alors communiqués pour ' +
      'aucune orientation, et un type sensible est montré comme « Autre ».',
  })
  prescriberMasked!: boolean;
  @Field(() => String, { nullable: true, description: 'Organisme prescripteur ; null quand prescriberMasked.' })
  prescriberOrganisation!: string | null;
  @Field(() => String, { nullable: true }) prescriberContactName!: string | null;
  @Field(() => String, { nullable: true }) prescriberContactEmail!: string | null;
  @Field(() => String, { nullable: true }) prescriberContactPhone!: string | null;
  @Field({ description: 'Date de l’orientation, AAAA-MM-JJ.' }) referredOn!: string;
  @Field(() => Int, { description: 'À renvoyer lors d’une modification : une version périmée est refusée.' })
  version!: number;

  static from(e: ReferralEntity, seeSensitive: boolean): ReferralType {
    const kind = e.prescriberKind as PrescriberKind;
    const info = PRESCRIBER_KINDS[kind];
    // Uniform: the same masking on every referral for a caller without sensitive:read.
    const masked = !seeSensitive;
    // A kind no longer in the catalogue is treated as sensitive: better hidden than leaked.
    const shown = masked ? (info ? maskedPrescriberKind(kind) : PrescriberKind.OTHER) : kind;
    return Object.assign(new ReferralType(), {
      id: e.id,
      prescriberKind: shown,
      prescriberKindLabel: PRESCRIBER_KINDS[shown]?.label ?? shown,
      prescriberMasked: masked,
      prescriberOrganisation: masked ? null : e.prescriberOrganisation,
      prescriberContactName: masked ? null : e.prescriberContactName,
      prescriberContactEmail: masked ? null : e.prescriberContactEmail,
      prescriberContactPhone: masked ? null : e.prescriberContactPhone,
      referredOn: e.referredOn,
      version: e.version,
    });
  }
}
