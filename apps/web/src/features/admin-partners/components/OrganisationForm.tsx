import { useMutation } from '@apollo/client/react';
import { NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import type { AdminPartnerOrganisationFieldsFragment, PartnerOrganisationKind } from '../../../gql/graphql';
import type { FieldErrors } from '../../partners/forms';
import { formatSiret, PARTNER_KIND_LABELS, readSiret, readText, REFETCH_ORGANISATIONS } from '../admin-form';
import { useAdminForm } from '../hooks/useAdminForm';
import {
  CreatePartnerOrganisationDocument,
  UpdatePartnerOrganisationDocument,
} from '../graphql/admin-partners.generated';
import { AdminFormModal } from './AdminFormModal';

type Organisation = AdminPartnerOrganisationFieldsFragment;
type Field = 'name' | 'kind' | 'siret' | 'city';
const ORDER: Field[] = ['name', 'kind', 'siret', 'city'];
const LABELS: Record<Field, string> = {
  name: 'Nom de l’organisation',
  kind: 'Type',
  siret: 'SIRET (facultatif)',
  city: 'Ville (facultatif)',
};

/**
 * « Ajouter une organisation » / « Modifier l’organisation »: name, kind, SIRET and city of a partner organisation.
 * Errors next to their field; a refusal (a duplicate name or SIRET, a change by someone else) keeps what was typed.
 */
export function OrganisationForm({
  organisation,
  onClose,
  onDone,
}: {
  /** The organisation edited; none to add one. */
  organisation?: Organisation;
  onClose: () => void;
  /** Called with the saved organisation's id and what to tell the administrator. */
  onDone: (id: string, message: string) => void;
}) {
  const form = useAdminForm<Field>(ORDER, LABELS, {
    name: organisation?.name ?? '',
    kind: organisation?.kind ?? 'SOCIAL_LANDLORD',
    siret: organisation?.siret ? formatSiret(organisation.siret) : '',
    city: organisation?.city ?? '',
  });
  const [create, creating] = useMutation(CreatePartnerOrganisationDocument, REFETCH_ORGANISATIONS);
  const [update, updating] = useMutation(UpdatePartnerOrganisationDocument, REFETCH_ORGANISATIONS);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found: FieldErrors<Field> = {};
    const name = readText(form.values.name, 200, true);
    if (name.error) found.name = name.error;
    const siret = readSiret(form.values.siret);
    if (siret.error) found.siret = siret.error;
    const city = readText(form.values.city, 120, false);
    if (city.error) found.city = city.error;
    if (!form.check(found)) return;
    const fields = {
      name: name.value,
      kind: form.values.kind as PartnerOrganisationKind,
      siret: siret.value,
      city: city.value || null,
    };
    try {
      if (organisation) {
        await update({ variables: { input: { id: organisation.id, updatedAt: organisation.updatedAt, ...fields } } });
        onDone(organisation.id, `L’organisation « ${name.value} » est enregistrée.`);
      } else {
        const { data } = await create({ variables: { input: fields } });
        onDone(
          data?.createPartnerOrganisation.id ?? '',
          `L’organisation « ${name.value} » est créée : ajoutez ses sites et les comptes de ses équipes.`,
        );
      }
    } catch (err) {
      form.refuse(err);
    }
  };

  return (
    <AdminFormModal
      title={organisation ? `Modifier l’organisation ${organisation.name}` : 'Ajouter une organisation partenaire'}
      form={form}
      submitLabel={organisation ? 'Enregistrer l’organisation' : 'Ajouter l’organisation'}
      loading={creating.loading || updating.loading}
      onSubmit={submit}
      onClose={onClose}
    >
      <TextInput {...form.field('name')} withAsterisk required maxLength={200} data-autofocus />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <NativeSelect
          {...form.field('kind')}
          withAsterisk
          required
          data={Object.entries(PARTNER_KIND_LABELS).map(([value, label]) => ({ value, label }))}
        />
        <TextInput {...form.field('city')} maxLength={120} />
      </SimpleGrid>
      <TextInput
        {...form.field('siret')}
        description="14 chiffres, espaces acceptés : le SIREN de l’organisation suivi du numéro d’établissement."
        inputMode="numeric"
        placeholder="ex. 732 829 320 00074"
      />
    </AdminFormModal>
  );
}
