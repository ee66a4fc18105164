import { useMutation } from '@apollo/client/react';
import { Badge, DataList, Text } from '@mantine/core';
import { formatIsoDateFr, PRESCRIBER_KINDS, type PrescriberKind, todayInParis } from '@tremplin/domain';
import { RecordForm, RecordSection } from '../../records/components/RecordForm';
import { RecordReferralDocument } from '../graphql/intake.generated';
import { type IntakePerson, saveWith } from '../intake-helpers';

const PRESCRIBER_OPTIONS = (Object.keys(PRESCRIBER_KINDS) as PrescriberKind[]).map((kind) => ({
  value: kind,
  label: PRESCRIBER_KINDS[kind].sensitive ? `${PRESCRIBER_KINDS[kind].label} — sensible` : PRESCRIBER_KINDS[kind].label,
}));

/** « Orientation »: who referred the person, when, and whom to call there. */
export function ReferralSection({ person, canWrite }: { person: IntakePerson; canWrite: boolean }) {
  const [recordReferral] = useMutation(RecordReferralDocument, { refetchQueries: 'active' });
  const referral = person.referral;
  const masked = Boolean(referral?.prescriberMasked);

  return (
    <RecordSection
      title="Orientation"
      addLabel={referral ? 'Modifier l’orientation' : 'Enregistrer l’orientation'}
      canAdd={canWrite && !masked}
      form={(close) => (
        <RecordForm
          key={referral?.version ?? 'new'}
          title={referral ? 'Modifier l’orientation' : 'Enregistrer l’orientation'}
          submitLabel="Enregistrer l’orientation"
          initial={
            referral
              ? {
                  prescriberKind: referral.prescriberKind,
                  prescriberOrganisation: referral.prescriberOrganisation ?? '',
                  referredOn: formatIsoDateFr(referral.referredOn),
                  prescriberContactName: referral.prescriberContactName ?? '',
                  prescriberContactPhone: referral.prescriberContactPhone ?? '',
                  prescriberContactEmail: referral.prescriberContactEmail ?? '',
                }
              : { referredOn: formatIsoDateFr(todayInParis()) }
          }
          fields={[
            {
              name: 'prescriberKind',
              label: 'Type de prescripteur',
              kind: 'select',
              options: PRESCRIBER_OPTIONS,
              required: true,
              description: 'Un type « sensible » est montré comme « Autre » hors de la structure.',
            },
            {
              name: 'prescriberOrganisation',
              label: 'Organisme prescripteur',
              kind: 'text',
              required: true,
              maxLength: 200,
              description: 'Par exemple « France Travail Rouen Saint-Sever ».',
            },
            { name: 'referredOn', label: 'Date de l’orientation', kind: 'date', required: true },
            { name: 'prescriberContactName', label: 'Contact chez le prescripteur', kind: 'text', maxLength: 200 },
            { name: 'prescriberContactPhone', label: 'Téléphone du contact', kind: 'text', maxLength: 30 },
            { name: 'prescriberContactEmail', label: 'Courriel du contact', kind: 'text', maxLength: 200 },
          ]}
          onCancel={close}
          onSubmit={async (v) => {
            const problem = await saveWith(() =>
              recordReferral({
                variables: {
                  input: {
                    personId: person.id,
                    prescriberKind: String(v['prescriberKind']),
                    prescriberOrganisation: String(v['prescriberOrganisation']),
                    referredOn: String(v['referredOn']),
                    prescriberContactName: (v['prescriberContactName'] as string | null) ?? null,
                    prescriberContactPhone: (v['prescriberContactPhone'] as string | null) ?? null,
                    prescriberContactEmail: (v['prescriberContactEmail'] as string | null) ?? null,
                    version: referral?.version ?? null,
                  },
                },
              }),
            );
            if (!problem) close();
            return problem;
          }}
        />
      )}
    >
      {!referral ? (
        <Text c="dimmed" size="sm">
          Aucune orientation enregistrée. Notez qui a orienté la personne (France Travail, Mission locale… ou
          candidature spontanée) et quand.
        </Text>
      ) : masked ? (
        <DataList size="sm" labelWidth={150}>
          <DataList.Item>
            <DataList.ItemLabel>Prescripteur</DataList.ItemLabel>
            <DataList.ItemValue>
              {/* The same on every referral for this role: nothing tells which ones hide a sensitive kind. */}
              {referral.prescriberKindLabel}{' '}
              <Text span size="sm" c="dimmed">
                (organisme et contact réservés à l’équipe d’accompagnement)
              </Text>
            </DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>Orienté·e le</DataList.ItemLabel>
            <DataList.ItemValue>{formatIsoDateFr(referral.referredOn)}</DataList.ItemValue>
          </DataList.Item>
        </DataList>
      ) : (
        <DataList size="sm" labelWidth={150}>
          <DataList.Item>
            <DataList.ItemLabel>Prescripteur</DataList.ItemLabel>
            <DataList.ItemValue>
              {referral.prescriberOrganisation ?? '—'}{' '}
              <Text span size="sm" c="dimmed">
                ({referral.prescriberKindLabel})
              </Text>
              {PRESCRIBER_KINDS[referral.prescriberKind as PrescriberKind]?.sensitive ? (
                <Badge color="grape.9" variant="outline" tt="none" radius="sm" size="sm" ml={6}>
                  Sensible : « Autre » hors de la structure
                </Badge>
              ) : null}
            </DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>Orienté·e le</DataList.ItemLabel>
            <DataList.ItemValue>{formatIsoDateFr(referral.referredOn)}</DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>Contact</DataList.ItemLabel>
            <DataList.ItemValue>
              {[referral.prescriberContactName, referral.prescriberContactPhone, referral.prescriberContactEmail]
                .filter(Boolean)
                .join(' · ') || '—'}
            </DataList.ItemValue>
          </DataList.Item>
        </DataList>
      )}
    </RecordSection>
  );
}
