import { useMutation } from '@apollo/client/react';
import { Badge, DataList, Group, List, Paper, Text } from '@mantine/core';
import { formatIsoDateFr, todayInParis } from '@tremplin/domain';
import { RecordForm, RecordSection } from '../../records/components/RecordForm';
import { RecordConsentDocument } from '../graphql/intake.generated';
import { frDate, type IntakePerson, saveWith, TONE_OK, TONE_WARN } from '../intake-helpers';

/** What the person is told about the processing of their data (RGPD art. 13), in plain words. */
function PrivacyNotice() {
  return (
    <Paper withBorder p="sm" bg="gray.0" component="aside" aria-label="Ce que l’on dit à la personne">
      <Text size="sm" fw={600} mb={4}>
        Ce que l’on dit à la personne
      </Text>
      <List size="sm" spacing={2}>
        <List.Item>
          <b>Pourquoi</b> : suivre son parcours dans la structure et rendre compte de l’accompagnement aux financeurs.
        </List.Item>
        <List.Item>
          <b>Qui voit ses données</b> : l’équipe de la structure ; les partenaires (employeurs, bailleurs) seulement
          avec son accord.
        </List.Item>
        <List.Item>
          <b>Combien de temps</b> : 2 ans après le dernier contact, puis elles sont effacées.
        </List.Item>
        <List.Item>
          <b>Ses droits</b> : accéder à ses données, les faire corriger, s’opposer à leur traitement, en le demandant à
          la structure ; et se plaindre auprès de la CNIL (cnil.fr).
        </List.Item>
      </List>
    </Paper>
  );
}

/** « Information et accord »: when the person was informed of the processing and gave consent. */
export function ConsentSection({ person, canWrite }: { person: IntakePerson; canWrite: boolean }) {
  const [recordConsent] = useMutation(RecordConsentDocument, { refetchQueries: 'active' });
  const informed = person.informationGivenOn;
  const consented = person.consentGivenOn;

  return (
    <RecordSection
      title="Information et accord"
      addLabel={informed ? 'Modifier les dates' : 'Enregistrer l’information'}
      canAdd={canWrite}
      form={(close) => (
        <RecordForm
          key={person.version}
          title="Information et accord de la personne"
          submitLabel="Enregistrer"
          initial={{
            informationGivenOn: informed ? formatIsoDateFr(informed) : formatIsoDateFr(todayInParis()),
            consentGivenOn: consented ? formatIsoDateFr(consented) : '',
          }}
          fields={[
            {
              name: 'informationGivenOn',
              label: 'Informé·e le',
              kind: 'date',
              required: true,
              description: 'Jour où la personne a été informée du traitement de ses données.',
            },
            {
              name: 'consentGivenOn',
              label: 'Accord donné le',
              kind: 'date',
              description: 'Laissez vide tant qu’elle n’a pas donné son accord.',
            },
          ]}
          onCancel={close}
          onSubmit={async (v) => {
            const problem = await saveWith(() =>
              recordConsent({
                variables: {
                  input: {
                    personId: person.id,
                    informationGivenOn: String(v['informationGivenOn']),
                    consentGivenOn: (v['consentGivenOn'] as string | null) ?? null,
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
      <Group align="flex-start" gap="xl" wrap="wrap">
        <DataList size="sm" labelWidth={150} style={{ flex: '0 1 320px' }}>
          <DataList.Item>
            <DataList.ItemLabel>Informé·e le</DataList.ItemLabel>
            <DataList.ItemValue>{frDate(informed, 'pas encore')}</DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>Accord</DataList.ItemLabel>
            <DataList.ItemValue>
              {consented ? (
                <Badge color={TONE_OK} variant="outline" tt="none" radius="sm">
                  Donné le {formatIsoDateFr(consented)}
                </Badge>
              ) : (
                <Badge color={TONE_WARN} variant="outline" tt="none" radius="sm">
                  Pas encore donné
                </Badge>
              )}
            </DataList.ItemValue>
          </DataList.Item>
        </DataList>
        <div style={{ flex: '1 1 360px' }}>
          <PrivacyNotice />
        </div>
      </Group>
      {!informed ? (
        <Text size="sm" c="dimmed">
          Informez la personne au premier entretien, puis enregistrez la date ; l’accord peut venir ensuite.
        </Text>
      ) : null}
    </RecordSection>
  );
}
