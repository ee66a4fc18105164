import { useMutation } from '@apollo/client/react';
import { SimpleGrid, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import type { AdminPartnerSiteFieldsFragment } from '../../../gql/graphql';
import type { FieldErrors } from '../../partners/forms';
import { readText, REFETCH_ORGANISATIONS } from '../admin-form';
import { useAdminForm } from '../hooks/useAdminForm';
import { AddPartnerSiteDocument, UpdatePartnerSiteDocument } from '../graphql/admin-partners.generated';
import { AdminFormModal } from './AdminFormModal';

type Site = AdminPartnerSiteFieldsFragment;
type Field = 'name' | 'addressLine' | 'postalCode' | 'city';
const ORDER: Field[] = ['name', 'addressLine', 'postalCode', 'city'];
const LABELS: Record<Field, string> = {
  name: 'Nom du site',
  addressLine: 'Adresse (facultatif)',
  postalCode: 'Code postal (facultatif)',
  city: 'Ville (facultatif)',
};

/**
 * « Ajouter un site » / « Renommer le site »: a residence or an agency of a partner organisation, where missions happen
 * and positions open. Errors next to their field; a refusal keeps what was typed.
 */
export function SiteForm({
  organisation,
  site,
  onClose,
  onDone,
}: {
  organisation: { id: string; name: string };
  /** The site renamed; none to add one. */
  site?: Site;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const form = useAdminForm<Field>(ORDER, LABELS, {
    name: site?.name ?? '',
    addressLine: site?.addressLine ?? '',
    postalCode: site?.postalCode ?? '',
    city: site?.city ?? '',
  });
  const [add, adding] = useMutation(AddPartnerSiteDocument, REFETCH_ORGANISATIONS);
  const [update, updating] = useMutation(UpdatePartnerSiteDocument, REFETCH_ORGANISATIONS);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found: FieldErrors<Field> = {};
    const name = readText(form.values.name, 200, true);
    if (name.error) found.name = name.error;
    const address = readText(form.values.addressLine, 200, false);
    if (address.error) found.addressLine = address.error;
    const postalCode = form.values.postalCode.replace(/\s+/g, '');
    if (postalCode && !/^\d{5}$/.test(postalCode)) found.postalCode = 'cinq chiffres, par exemple 76000.';
    const city = readText(form.values.city, 120, false);
    if (city.error) found.city = city.error;
    if (!form.check(found)) return;
    const fields = {
      name: name.value,
      addressLine: address.value || null,
      postalCode: postalCode || null,
      city: city.value || null,
    };
    try {
      if (site) {
        await update({ variables: { input: { id: site.id, version: site.version, ...fields } } });
        onDone(`Le site « ${name.value} » de ${organisation.name} est enregistré.`);
      } else {
        await add({ variables: { input: { partnerOrganisationId: organisation.id, ...fields } } });
        onDone(`Le site « ${name.value} » est ajouté à ${organisation.name}.`);
      }
    } catch (err) {
      form.refuse(err);
    }
  };

  return (
    <AdminFormModal
      title={site ? `Renommer le site ${site.name}` : `Ajouter un site à ${organisation.name}`}
      form={form}
      submitLabel={site ? 'Enregistrer le site' : 'Ajouter le site'}
      loading={adding.loading || updating.loading}
      onSubmit={submit}
      onClose={onClose}
    >
      <TextInput
        {...form.field('name')}
        description="Une résidence, une agence : le nom que les équipes emploient."
        withAsterisk
        required
        maxLength={200}
        data-autofocus
      />
      <TextInput {...form.field('addressLine')} maxLength={200} />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput {...form.field('postalCode')} inputMode="numeric" maxLength={6} />
        <TextInput {...form.field('city')} maxLength={120} />
      </SimpleGrid>
    </AdminFormModal>
  );
}
