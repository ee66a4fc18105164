import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Loader, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { problemOf } from '../../app/graphql-errors';
import { CandidateCard } from '../../features/replacements/components/CandidateCard';
import { RequestLine } from '../../features/replacements/components/RequestLine';
import { OFFER_STATUS_LABELS } from '../../features/replacements/components/replacement-format';
import {
  ReplacementCandidatesDocument,
  SendReplacementOffersDocument,
} from '../../features/replacements/graphql/replacements.generated';

/**
 * A replacement request: those who can go, ranked, with their reasons line by line and a checkbox each; those who
 * cannot, apart, with the reason; « Envoyer l’offre » sends a single-use link to each person checked.
 */
export function ReplacementRequestPage() {
  const { id = '' } = useParams();
  const { data, error, loading, refetch } = useQuery(ReplacementCandidatesDocument, { variables: { requestId: id } });
  const [send, { loading: sending }] = useMutation(SendReplacementOffersDocument);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);

  useEffect(() => {
    document.title = 'Demande de remplacement · Tremplin';
  }, []);

  const view = data?.replacementCandidates;
  const offered = new Map((view?.offers ?? []).map((o) => [o.personId, o.status]));
  const open = view ? ['OPEN', 'OFFERED'].includes(view.request.status) : false;

  const onSend = async () => {
    setNotice(null);
    try {
      const r = await send({ variables: { input: { requestId: id, personIds: [...chosen] } } });
      const n = r.data?.sendReplacementOffers.length ?? 0;
      setNotice({ ok: true, text: `Offre envoyée à ${n} personne${n > 1 ? 's' : ''}.` });
      setChosen(new Set());
      await refetch();
    } catch (err) {
      const p = problemOf(err);
      setNotice({ ok: false, text: p.fieldErrors[0]?.message ?? p.message });
    }
  };

  return (
    <Stack>
      <Title order={1}>Demande de remplacement</Title>
      {loading && !data ? <Loader role="status" aria-label="Classement en cours" /> : null}
      {error ? (
        <Alert color="red" role="alert">
          {problemOf(error).message}
        </Alert>
      ) : null}
      {view ? (
        <>
          <RequestLine request={view.request} />
          <section aria-labelledby="can-go">
            <Title order={2} size="h3" id="can-go" mb="xs">
              Peuvent y aller ({view.candidates.length})
            </Title>
            <Stack gap="xs">
              {view.candidates.map((c, i) => (
                <CandidateCard
                  key={c.personId}
                  candidate={c}
                  rank={i + 1}
                  checked={chosen.has(c.personId)}
                  offerLabel={offered.has(c.personId) ? OFFER_STATUS_LABELS[offered.get(c.personId) ?? ''] : undefined}
                  onToggle={
                    open && !offered.has(c.personId)
                      ? (on) =>
                          setChosen((prev) => {
                            const next = new Set(prev);
                            if (on) next.add(c.personId);
                            else next.delete(c.personId);
                            return next;
                          })
                      : undefined
                  }
                />
              ))}
              {!view.candidates.length ? <Text>Personne ne peut y aller sur ce créneau.</Text> : null}
            </Stack>
          </section>
          {notice ? (
            <Alert color={notice.ok ? 'green' : 'red'} role={notice.ok ? 'status' : 'alert'}>
              {notice.text}
            </Alert>
          ) : null}
          {open ? (
            <Button onClick={() => void onSend()} loading={sending} disabled={!chosen.size} w="fit-content">
              Envoyer l’offre
            </Button>
          ) : null}
          <section aria-labelledby="cannot-go">
            <Title order={2} size="h3" id="cannot-go" mb="xs">
              Ne peuvent pas y aller ({view.excluded.length})
            </Title>
            <Stack gap="xs">
              {view.excluded.map((c) => (
                <CandidateCard key={c.personId} candidate={c} />
              ))}
            </Stack>
          </section>
        </>
      ) : null}
    </Stack>
  );
}
