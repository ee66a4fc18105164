import { Stack, Tabs } from '@mantine/core';
import { PageHeader, SuccessNotice } from '@tremplin/web-ui';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { BoardOffers } from '../../features/job-board/components/BoardOffers';
import { IncomingProposals } from '../../features/job-board/components/IncomingProposals';
import { OwnOffers } from '../../features/job-board/components/OwnOffers';
import { ProposeToOfferDialog } from '../../features/job-board/components/ProposeToOfferDialog';
import { SharedNeeds } from '../../features/job-board/components/SharedNeeds';
import type { BoardOfferFieldsFragment } from '../../gql/graphql';

/** The page's tabs; the open one lives in the address (`?onglet=`: a notification links to « Propositions reçues »). */
const TABS = ['offres', 'propositions-recues', 'nos-offres'] as const;

/**
 * « Offres du réseau » (issue 18, point 6): the offers the structures of my networks share, « Proposer une personne »
 * to one of them, the proposals my offers received, and my own offers with their share toggle.
 */
export function JobBoardPage() {
  const [proposing, setProposing] = useState<BoardOfferFieldsFragment | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [params, setParams] = useSearchParams();
  const asked = params.get('onglet');
  const tab = TABS.find((t) => t === asked) ?? 'offres';
  return (
    <>
      <PageHeader
        title="Offres du réseau"
        subtitle="Les offres partagées par les structures de vos réseaux : une recherche les couvre toutes."
      />
      <SuccessNotice message={notice} onClose={() => setNotice(null)} />
      <Tabs
        value={tab}
        onChange={(v) => v && setParams({ onglet: v }, { replace: false })}
        keepMounted={false}
        variant="outline"
        mt="sm"
      >
        <Tabs.List aria-label="Parties des offres du réseau">
          <Tabs.Tab value="offres">Offres du réseau</Tabs.Tab>
          <Tabs.Tab value="propositions-recues">Propositions reçues</Tabs.Tab>
          <Tabs.Tab value="nos-offres">Nos offres</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="offres" pt="md">
          <BoardOffers onPropose={setProposing} />
        </Tabs.Panel>
        <Tabs.Panel value="propositions-recues" pt="md">
          <IncomingProposals />
        </Tabs.Panel>
        <Tabs.Panel value="nos-offres" pt="md">
          <Stack gap="xl">
            <OwnOffers onNotice={setNotice} />
            <SharedNeeds onNotice={setNotice} />
          </Stack>
        </Tabs.Panel>
      </Tabs>
      <ProposeToOfferDialog
        offer={proposing}
        onClose={() => setProposing(null)}
        onSent={(message) => {
          setProposing(null);
          setNotice(message);
        }}
      />
    </>
  );
}
