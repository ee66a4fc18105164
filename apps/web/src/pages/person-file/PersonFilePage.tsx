import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Group, List, Paper, Skeleton, Stack, Tabs, Text } from '@mantine/core';
import { formatIsoDateFr, Permission } from '@tremplin/domain';
import { EmptyState, PageHeader, StageBadge } from '@tremplin/web-ui';
import { type ComponentType, useEffect } from 'react';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { can, useCurrentUser } from '../../app/auth';
import { problemOf } from '../../app/graphql-errors';
import { IntakeTab } from '../../features/intake/components/IntakeTab';
import { MissionsTab } from '../../features/activities/components/MissionsTab';
import { NotesTab } from '../../features/activities/components/NotesTab';
import { RecruitmentTab } from '../../features/activities/components/RecruitmentTab';
import { TrainingTab } from '../../features/activities/components/TrainingTab';
import { TutoringTab } from '../../features/activities/components/TutoringTab';
import { ContractTab } from '../../features/contracts/components/ContractTab';
import { CertificationTab } from '../../features/outcomes/components/CertificationTab';
import { ExitTab } from '../../features/outcomes/components/ExitTab';
import { PathwayTab } from '../../features/pathway/components/PathwayTab';
import { PersonHeaderDocument } from '../../features/pathway/graphql/pathway.generated';
import type { PersonTabProps } from '../../features/pathway/person-tab';
import { IdentityTab } from '../../features/persons/components/IdentityTab';
import { ProposalsTab } from '../../features/proposals/components/ProposalsTab';
import { AvailabilityTab } from '../../features/availability/components/AvailabilityTab';
import { AuditLogTab } from '../../features/audit/components/AuditLogTab';
import { PersonDataTab } from '../../features/rights/components/PersonDataTab';

const TABS: {
  value: string;
  label: string;
  Component: ComponentType<PersonTabProps & { created?: boolean }>;
  /** Shown only to users holding this permission. */
  permission?: Permission;
}[] = [
  { value: 'parcours', label: 'Parcours', Component: PathwayTab },
  { value: 'identite', label: 'Identité', Component: IdentityTab },
  { value: 'eligibilite', label: 'Orientation et éligibilité', Component: IntakeTab },
  { value: 'recrutement', label: 'Recrutement', Component: RecruitmentTab },
  { value: 'missions', label: 'Missions et heures', Component: MissionsTab },
  { value: 'formation', label: 'Formation et présences', Component: TrainingTab },
  { value: 'tutorat', label: 'Tutorat et évaluations', Component: TutoringTab },
  { value: 'contrat', label: 'Contrat', Component: ContractTab },
  { value: 'certification', label: 'Certification', Component: CertificationTab },
  { value: 'notes', label: 'Entretiens et notes', Component: NotesTab },
  { value: 'propositions', label: 'Propositions', Component: ProposalsTab, permission: Permission.PATHWAY_READ },
  {
    value: 'disponibilites',
    label: 'Disponibilités',
    Component: AvailabilityTab,
    permission: Permission.PATHWAY_READ,
  },
  { value: 'sortie', label: 'Embauche, sortie et suivi', Component: ExitTab },
  { value: 'journal', label: 'Journal des accès', Component: AuditLogTab, permission: Permission.AUDIT_READ },
  { value: 'donnees', label: 'Données personnelles', Component: PersonDataTab, permission: Permission.PERSON_READ },
];

/** The person file: a header that stays in view (name, age, stage, PASS IAE, referent, alerts) and one tab per part of the pathway. */
export function PersonFilePage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const user = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const tabs = TABS.filter((t) => !t.permission || can(user, t.permission));
  const tab = tabs.some((t) => t.value === params.get('onglet')) ? params.get('onglet')! : 'parcours';
  const created = Boolean((location.state as { created?: boolean } | null)?.created);
  const { data, error } = useQuery(PersonHeaderDocument, { variables: { id } });
  const person = data?.person;

  useEffect(() => {
    const label = TABS.find((t) => t.value === tab)?.label;
    document.title = person ? `${person.firstName} ${person.lastName} — ${label} · Tremplin` : 'Fiche · Tremplin';
  }, [person, tab]);

  const back = (
    <Anchor component={Link} to="/personnes" size="sm">
      ← Portefeuille
    </Anchor>
  );
  if (!person && error)
    return (
      <>
        {back}
        <PageHeader title="Fiche introuvable" />
        <EmptyState
          title={problemOf(error).message}
          action={
            <Button component={Link} to="/personnes" variant="outline">
              Revenir au portefeuille
            </Button>
          }
        />
      </>
    );
  if (!person)
    return (
      <Stack aria-busy="true" role="status" aria-label="Chargement de la fiche">
        {back}
        <Skeleton height={36} width="40%" />
        <Skeleton height={300} />
      </Stack>
    );

  return (
    <>
      {back}
      <PageHeader
        title={`${person.firstName} ${person.lastName.toUpperCase()}`}
        subtitle={
          <Group gap="xs" component="span" wrap="wrap">
            <span>{person.age} ans</span>
            <StageBadge stage={person.stage} />
            <span>
              {person.passIae
                ? `PASS IAE jusqu’au ${formatIsoDateFr(person.passIae.endDate)} (${person.passIae.statusLabel.toLowerCase()})`
                : 'Pas de PASS IAE'}
            </span>
            <span>
              · {person.counsellor ? `suivi·e par ${person.counsellor.fullName}` : 'sans conseiller·ère référent·e'}
            </span>
          </Group>
        }
      />
      {person.alerts.length ? (
        <Paper withBorder p="sm" mb="md" component="section" aria-label="Alertes">
          <List spacing={4} size="sm" listStyleType="none">
            {person.alerts.map((a) => (
              <List.Item key={`${a.code}-${a.dueDate ?? ''}`}>
                <Badge
                  color={a.severity === 'danger' ? 'red.9' : 'warning.9'}
                  variant="outline"
                  mr="xs"
                  radius="sm"
                  tt="none"
                >
                  {a.label}
                </Badge>
                <Text span size="sm">
                  {a.message}
                </Text>
              </List.Item>
            ))}
          </List>
        </Paper>
      ) : null}
      {created && tab !== 'identite' ? (
        <Alert color="green" role="status" mb="md">
          La fiche est créée. Commencez par l’orientation et l’éligibilité.
        </Alert>
      ) : null}
      <Tabs
        value={tab}
        onChange={(v) => v && setParams({ onglet: v }, { replace: false })}
        keepMounted={false}
        variant="outline"
      >
        <Tabs.List aria-label="Parties de la fiche">
          {tabs.map((t) => (
            <Tabs.Tab key={t.value} value={t.value}>
              {t.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {tabs.map(({ value, Component }) => (
          <Tabs.Panel key={value} value={value} pt="md">
            <Component personId={person.id} canWrite={can(user, Permission.PATHWAY_WRITE)} created={created} />
          </Tabs.Panel>
        ))}
      </Tabs>
    </>
  );
}
