import { useMutation } from '@apollo/client/react';
import { SimpleGrid, Text, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import type { FieldErrors } from '../../partners/forms';
import { readText, REFETCH_ORGANISATIONS } from '../admin-form';
import { useAdminForm } from '../hooks/useAdminForm';
import { CreatePartnerReviewerDocument } from '../graphql/admin-partners.generated';
import { AdminFormModal } from './AdminFormModal';
import type { IssuedCredentials } from './CredentialsDialog';

type Field = 'firstName' | 'lastName' | 'email';
const ORDER: Field[] = ['firstName', 'lastName', 'email'];
const LABELS: Record<Field, string> = {
  firstName: 'Prénom',
  lastName: 'Nom',
  email: 'Adresse e-mail',
};

/**
 * « Ajouter un compte »: a reviewer of a partner organisation (HR officer, site manager). The account gets a one-time
 * password that the next dialog shows once. An address already used by any account is refused next to its field.
 */
export function ReviewerForm({
  organisation,
  onClose,
  onIssued,
}: {
  organisation: { id: string; name: string };
  onClose: () => void;
  onIssued: (credentials: IssuedCredentials) => void;
}) {
  const form = useAdminForm<Field>(ORDER, LABELS, { firstName: '', lastName: '', email: '' });
  const [create, creating] = useMutation(CreatePartnerReviewerDocument, REFETCH_ORGANISATIONS);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found: FieldErrors<Field> = {};
    const firstName = readText(form.values.firstName, 100, true);
    if (firstName.error) found.firstName = firstName.error;
    const lastName = readText(form.values.lastName, 100, true);
    if (lastName.error) found.lastName = lastName.error;
    const email = readText(form.values.email, 254, true);
    if (email.error) found.email = email.error;
    else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.value))
      found.email = 'saisissez une adresse valide, par exemple prenom.nom@bailleur.fr.';
    if (!form.check(found)) return;
    try {
      const { data } = await create({
        variables: {
          input: {
            partnerOrganisationId: organisation.id,
            firstName: firstName.value,
            lastName: lastName.value,
            email: email.value,
          },
        },
      });
      if (data) onIssued({ ...data.createPartnerReviewer, organisationName: organisation.name, why: 'created' });
    } catch (err) {
      form.refuse(err);
    }
  };

  return (
    <AdminFormModal
      title={`Ajouter un compte chez ${organisation.name}`}
      form={form}
      submitLabel="Créer le compte"
      loading={creating.loading}
      onSubmit={submit}
      onClose={onClose}
    >
      <Text size="sm">
        La personne accède au portail employeur de {organisation.name} seulement : les propositions faites à son
        organisation, les heures de mission sur ses sites, ses besoins de recrutement.
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput {...form.field('firstName')} withAsterisk required maxLength={100} data-autofocus />
        <TextInput {...form.field('lastName')} withAsterisk required maxLength={100} />
      </SimpleGrid>
      <TextInput
        {...form.field('email')}
        description="Son identifiant de connexion ; une adresse ne sert qu’à un compte."
        type="email"
        withAsterisk
        required
        maxLength={254}
      />
    </AdminFormModal>
  );
}
