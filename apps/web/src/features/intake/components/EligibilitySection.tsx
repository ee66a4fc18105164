import { useMutation } from '@apollo/client/react';
import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { countLabel, formatIsoDateFr, requiredLevel2Count, type StructureKind } from '@tremplin/domain';
import { RecordSection } from '../../records/components/RecordForm';
import { RecordTable } from '../../records/components/RecordTable';
import { DiagnosisForm } from './DiagnosisForm';
import { RecordEligibilityDiagnosisDocument } from '../graphql/intake.generated';
import { aStructureKindName, type IntakePerson, saveWith, TONE_OK, TONE_WARN } from '../intake-helpers';

type Diagnosis = IntakePerson['eligibilityDiagnoses'][number];

function DiagnosisCard({ diagnosis: d }: { diagnosis: Diagnosis }) {
  // The same on every diagnosis for a role without access to sensitive data: nothing tells which ones have some.
  const withheld = d.criteriaWithheld;
  return (
    <Paper withBorder p="sm" component="article" aria-label={`Diagnostic du ${formatIsoDateFr(d.diagnosedOn)}`}>
      <Group justify="space-between" align="flex-start" mb="xs" wrap="wrap" gap="xs">
        <div>
          <Text size="sm" fw={600}>
            Diagnostic du {formatIsoDateFr(d.diagnosedOn)} · {d.authorLabel} : {d.authorName}
          </Text>
          <Text size="xs" c="dimmed">
            Valable jusqu’au {formatIsoDateFr(d.validUntil)}
          </Text>
        </div>
        <Group gap={6}>
          {d.valid ? (
            <Badge color={TONE_OK} variant="outline" tt="none" radius="sm">
              Valable
            </Badge>
          ) : (
            <Badge color="red.9" variant="outline" tt="none" radius="sm">
              Expiré
            </Badge>
          )}
          {d.expiredProofCount ? (
            <Badge color={TONE_WARN} variant="outline" tt="none" radius="sm">
              {countLabel(d.expiredProofCount, 'justificatif périmé', 'justificatifs périmés')}
            </Badge>
          ) : null}
        </Group>
      </Group>
      <RecordTable
        caption={`Critères du diagnostic du ${formatIsoDateFr(d.diagnosedOn)}`}
        columns={['Critère', 'Niveau', 'Justificatif', 'Date du justificatif', 'Valable jusqu’au']}
        empty={withheld ? 'Aucun critère visible pour votre rôle.' : 'Aucun critère.'}
        rows={d.criteria.map((c) => [
          <span key="label">
            {c.label}
            {c.sensitive ? (
              <Badge color="grape.9" variant="outline" size="xs" tt="none" ml={6} radius="sm">
                Donnée sensible
              </Badge>
            ) : null}
          </span>,
          `Niveau ${c.level}`,
          c.proofReference ? (
            <span key="proof">
              {c.proofReference}
              <Text span display="block" size="xs" c="dimmed">
                {c.proofLabel}
              </Text>
            </span>
          ) : (
            c.proofLabel
          ),
          formatIsoDateFr(c.proofDate),
          c.proofExpired ? (
            <Badge key="exp" color={TONE_WARN} variant="outline" tt="none" radius="sm">
              Périmé le {formatIsoDateFr(c.proofExpiresOn ?? c.proofDate)}
            </Badge>
          ) : c.proofExpiresOn ? (
            formatIsoDateFr(c.proofExpiresOn)
          ) : (
            'Tant que le document est valide'
          ),
        ])}
      />
      {withheld ? (
        <Text size="sm" c="dimmed" mt="xs">
          Critères sensibles non affichés pour votre rôle.
        </Text>
      ) : null}
    </Paper>
  );
}

/** « Diagnostic d’éligibilité »: the diagnoses, most recent first, and the form to add one. */
export function EligibilitySection({
  person,
  canWrite,
  structureKind,
}: {
  person: IntakePerson;
  canWrite: boolean;
  structureKind: StructureKind;
}) {
  const [recordDiagnosis] = useMutation(RecordEligibilityDiagnosisDocument, { refetchQueries: 'active' });
  const required = requiredLevel2Count(structureKind);
  const diagnoses = person.eligibilityDiagnoses;

  return (
    <RecordSection
      title="Diagnostic d’éligibilité"
      addLabel="Ajouter un diagnostic"
      canAdd={canWrite}
      form={(close) => (
        <DiagnosisForm
          structureKind={structureKind}
          onCancel={close}
          onSubmit={async (v) => {
            const problem = await saveWith(() =>
              recordDiagnosis({ variables: { input: { personId: person.id, ...v } } }),
            );
            if (!problem) close();
            return problem;
          }}
        />
      )}
    >
      {required ? (
        <Text size="sm" c="dimmed">
          Pour {aStructureKindName(structureKind)} : 1 critère de niveau 1, ou {required} critères de niveau 2, chacun
          avec son justificatif.
        </Text>
      ) : null}
      {diagnoses.length ? (
        <Stack gap="sm">
          {diagnoses.map((d) => (
            <DiagnosisCard key={d.id} diagnosis={d} />
          ))}
        </Stack>
      ) : (
        <Text c="dimmed" size="sm">
          Aucun diagnostic d’éligibilité. Ajoutez celui du prescripteur, ou faites-le vous-même à partir des
          justificatifs de la personne.
        </Text>
      )}
    </RecordSection>
  );
}
