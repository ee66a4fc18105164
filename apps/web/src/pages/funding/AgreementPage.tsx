import { useQuery } from '@apollo/client/react';
import { Anchor, Button, List, Paper, SimpleGrid, Skeleton, Stack, Tabs, Text, Title } from '@mantine/core';
import {
  formatCents,
  formatMinutes,
  FUNDING_SOURCE_KIND_LABELS,
  FunderKind,
  FundingSourceKind,
  Permission,
  todayInParis,
} from '@tremplin/domain';
import { EmptyState, PageHeader, SuccessNotice } from '@tremplin/web-ui';
import { type ReactNode, useEffect, useState } from 'react';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { can, useCurrentUser } from '../../app/auth';
import { problemOf } from '../../app/graphql-errors';
import { AgreementForm } from '../../features/funding/components/AgreementForm';
import { AllocatePanel } from '../../features/funding/components/AllocatePanel';
import { AllocationsList } from '../../features/funding/components/AllocationsList';
import {
  AGREEMENT_STATE_LABELS,
  agreementState,
  ConsumptionBar,
  periodLabel,
} from '../../features/funding/components/ConsumptionBar';
import { FseParticipantsSection } from '../../features/funding/components/FseParticipantsSection';
import { FundersDocument, FundingAgreementDocument } from '../../features/funding/graphql/funding.generated';
import { formatBp, formatHourlyRate } from '@tremplin/domain';
import { SourcesEntry } from '../../features/funding/components/SourcesEntry';

/** One figure of the agreement: a label over its value. */
function Figure({ label, value, help }: { label: string; value: ReactNode; help?: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed" component="dt">
        {label}
      </Text>
      <Text component="dd" m={0}>
        <Text span fw={600} display="block">
          {value}
        </Text>
        {help ? (
          <Text span size="xs" c="dimmed" display="block">
            {help}
          </Text>
        ) : null}
      </Text>
    </div>
  );
}

/**
 * One agreement (« convention »): its terms, what it has consumed (hours charged, eligible cost, funded amount against
 * the grant), its allocations, the allocation screen, the entry of staff time and expenses, and for an FSE+ operation
 * its participants. The open tab lives in the address (?onglet=).
 */
export function AgreementPage() {
  const { id = '' } = useParams();
  const user = useCurrentUser();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const canRead = can(user, Permission.FUNDING_READ);
  const canWrite = can(user, Permission.FUNDING_WRITE);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState<string | null>(
    (location.state as { created?: string } | null)?.created
      ? `La convention ${(location.state as { created: string }).created} est créée : imputez-lui les heures et les dépenses qu’elle finance.`
      : null,
  );
  const { data, error } = useQuery(FundingAgreementDocument, { variables: { id }, skip: !canRead });
  const funders = useQuery(FundersDocument, { skip: !editing });
  const agreement = data?.fundingAgreement;
  const isFse = agreement?.funder.kind === FunderKind.FSE_PLUS;

  const tabs = [
    { value: 'imputations', label: 'Imputations', shown: true },
    { value: 'imputer', label: 'Imputer', shown: canWrite },
    { value: 'saisies', label: 'Temps et dépenses', shown: canWrite },
    { value: 'participants', label: 'Participant·es FSE+', shown: isFse },
  ].filter((t) => t.shown);
  const tab = tabs.some((t) => t.value === params.get('onglet')) ? params.get('onglet')! : 'imputations';
  const kindParam = params.get('nature') ?? undefined;

  useEffect(() => {
    document.title = agreement
      ? `Convention ${agreement.reference} · Financements · Tremplin`
      : 'Convention · Tremplin';
  }, [agreement]);

  const openTab = (value: string, extra: Record<string, string> = {}) => setParams({ onglet: value, ...extra });

  const back = (
    <Anchor component={Link} to="/financements" size="sm">
      ← Financements
    </Anchor>
  );
  if (!canRead)
    return (
      <>
        {back}
        <PageHeader title="Convention" />
        <EmptyState title="Cette page est réservée à la direction et aux chargé·es d’insertion de la structure." />
      </>
    );
  if (!agreement && error)
    return (
      <>
        {back}
        <PageHeader title="Convention introuvable" />
        <EmptyState
          title={problemOf(error).message}
          action={
            <Button component={Link} to="/financements" variant="outline">
              Revenir aux financements
            </Button>
          }
        />
      </>
    );
  if (!agreement)
    return (
      <Stack aria-busy="true" role="status" aria-label="Chargement de la convention">
        {back}
        <Skeleton height={36} width="40%" />
        <Skeleton height={200} />
      </Stack>
    );

  const state = agreementState(agreement.startDate, agreement.endDate, todayInParis());
  const c = agreement.consumption;
  const hourKinds = agreement.sourceKinds.filter((k) => k !== FundingSourceKind.EXPENSE);

  return (
    <>
      {back}
      <PageHeader
        title={`Convention ${agreement.reference}`}
        subtitle={`${agreement.title} · ${agreement.funder.name} (${agreement.funder.kindLabel}) · ${periodLabel(agreement.startDate, agreement.endDate)}, ${AGREEMENT_STATE_LABELS[state]}`}
        actions={
          canWrite && !editing ? (
            <Button variant="outline" onClick={() => setEditing(true)}>
              Modifier la convention
            </Button>
          ) : null
        }
      />

      <Stack gap="md">
        <SuccessNotice message={saved} onClose={() => setSaved(null)} />

        {editing ? (
          funders.data ? (
            <AgreementForm
              funders={funders.data.funders.map((f) => ({
                id: f.id,
                name: f.name,
                kindLabel: f.kindLabel,
                hourlyRateCents: f.hourlyRateCents,
              }))}
              agreement={agreement}
              onCancel={() => setEditing(false)}
              onDone={(a) => {
                setEditing(false);
                setSaved(`La convention ${a.reference} est enregistrée.`);
              }}
            />
          ) : (
            <Skeleton height={300} role="status" aria-label="Chargement du formulaire" />
          )
        ) : null}

        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <Paper withBorder p="md" component="section" aria-labelledby="agreement-consumption">
            <Title order={2} size="h4" id="agreement-consumption" mb="sm">
              Consommation
            </Title>
            <ConsumptionBar consumption={c} label={`Consommation de ${agreement.reference}`} size="lg" />
            <SimpleGrid
              cols={{ base: 1, xs: 2 }}
              spacing="sm"
              component="dl"
              style={{ margin: 0, marginTop: 'var(--mantine-spacing-md)' }}
            >
              <Figure label="Heures imputées" value={formatMinutes(c.allocatedMinutes)} />
              <Figure
                label="Coût éligible imputé"
                value={formatCents(c.chargedCents)}
                help="Dépenses, temps d’accompagnement et heures valorisées au taux de la convention."
              />
              <Figure
                label="Montant financé"
                value={formatCents(c.fundedCents)}
                help={`Coût éligible × ${formatBp(agreement.coFinancingRateBp)} (taux de cofinancement).`}
              />
              <Figure label="Montant accordé" value={formatCents(c.grantedCents)} />
              <Figure
                label={c.remainingCents < 0 ? 'Dépassement' : 'Reste à consommer'}
                value={formatCents(Math.abs(c.remainingCents))}
              />
              <Figure label="Part consommée" value={`${c.consumedPercent} %`} />
            </SimpleGrid>
          </Paper>

          <Paper withBorder p="md" component="section" aria-labelledby="agreement-terms">
            <Title order={2} size="h4" id="agreement-terms" mb="sm">
              Termes de la convention
            </Title>
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" component="dl" style={{ margin: 0 }}>
              <Figure label="Financeur" value={`${agreement.funder.name} (${agreement.funder.kindLabel})`} />
              <Figure label="Période" value={periodLabel(agreement.startDate, agreement.endDate)} />
              <Figure label="Montant accordé" value={formatCents(agreement.amountGrantedCents)} />
              <Figure label="Taux de cofinancement" value={formatBp(agreement.coFinancingRateBp)} />
              <Figure
                label="Valeur d’une heure"
                value={
                  agreement.hourlyRateCents
                    ? formatHourlyRate(agreement.hourlyRateCents)
                    : hourKinds.length
                      ? 'heures comptées, non valorisées'
                      : '—'
                }
              />
              <Figure
                label="Finance"
                value={
                  agreement.sourceKinds
                    .map((k) => FUNDING_SOURCE_KIND_LABELS[k as FundingSourceKind] ?? k)
                    .join(', ') || '—'
                }
              />
            </SimpleGrid>
            {agreement.scope ? (
              <Text size="sm" mt="sm">
                <Text span size="xs" c="dimmed">
                  Périmètre :{' '}
                </Text>
                {agreement.scope}
              </Text>
            ) : null}
            {agreement.indicatorLabels.length ? (
              <>
                <Text size="xs" c="dimmed" mt="sm">
                  Indicateurs demandés
                </Text>
                <List size="sm" spacing={0}>
                  {agreement.indicatorLabels.map((l) => (
                    <List.Item key={l}>{l}</List.Item>
                  ))}
                </List>
              </>
            ) : null}
          </Paper>
        </SimpleGrid>

        <Tabs value={tab} onChange={(v) => v && openTab(v)} keepMounted={false} variant="outline">
          <Tabs.List aria-label="Parties de la convention">
            {tabs.map((t) => (
              <Tabs.Tab key={t.value} value={t.value}>
                {t.label}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          <Tabs.Panel value="imputations" pt="md">
            <AllocationsList
              agreementId={agreement.id}
              sourceKinds={agreement.sourceKinds}
              canWrite={canWrite}
              onAllocate={canWrite ? () => openTab('imputer') : undefined}
            />
          </Tabs.Panel>
          {canWrite ? (
            <Tabs.Panel value="imputer" pt="md">
              <AllocatePanel key={kindParam ?? ''} agreement={agreement} initialKind={kindParam} />
            </Tabs.Panel>
          ) : null}
          {canWrite ? (
            <Tabs.Panel value="saisies" pt="md">
              <SourcesEntry onAllocate={(kind) => openTab('imputer', { nature: kind })} />
            </Tabs.Panel>
          ) : null}
          {isFse ? (
            <Tabs.Panel value="participants" pt="md">
              <FseParticipantsSection
                agreementId={agreement.id}
                reference={agreement.reference}
                canWrite={can(user, Permission.PATHWAY_WRITE)}
                canExport={can(user, Permission.SENSITIVE_READ)}
              />
            </Tabs.Panel>
          ) : null}
        </Tabs>
      </Stack>
    </>
  );
}
