import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Container, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { formatInstantFr, formatMinutes } from '@tremplin/domain';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { problemOf } from '../../app/graphql-errors';
import {
  AnswerReplacementOfferDocument,
  ReplacementOfferDocument,
} from '../../features/replacements/graphql/replacements.generated';

/**
 * « Offre de remplacement »: the page of the single-use link, on a phone, without an account. It shows the job, the
 * employer, the town, the times and the hours; « Accepter » or « Refuser » answers once. The first accept wins: the
 * others read « La place a été prise ».
 */
export function OfferPage() {
  const { token = '' } = useParams();
  const { data, error, loading } = useQuery(ReplacementOfferDocument, { variables: { token } });
  const [answer, { loading: answering }] = useMutation(AnswerReplacementOfferDocument);
  const [result, setResult] = useState<{ message: string | null; status: string } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    document.title = 'Offre de remplacement · Tremplin';
  }, []);

  const reply = async (accept: boolean) => {
    setProblem(null);
    try {
      const r = await answer({ variables: { input: { token, accept } } });
      const a = r.data?.answerReplacementOffer;
      if (a) setResult({ message: a.message, status: a.status });
    } catch (err) {
      setProblem(problemOf(err).message);
    }
  };

  const offer = data?.replacementOffer;
  const message = result?.message ?? (offer && !offer.answerable ? offer.message : null);
  return (
    <Container size={420} px="sm" py="lg" component="main">
      <Title order={1} size="h2" mb="md">
        Offre de remplacement
      </Title>
      {loading ? <Loader role="status" aria-label="Chargement de l’offre" /> : null}
      {error ? (
        <Alert color="red" role="alert" title="Lien non valable">
          {problemOf(error).message}
        </Alert>
      ) : null}
      {offer ? (
        <Paper withBorder p="md" radius="md">
          <Stack gap="xs">
            <Text>Bonjour {offer.firstName},</Text>
            <Text>
              <strong>{offer.jobLabel}</strong> chez {offer.organisationName}
              {offer.siteCity ? `, à ${offer.siteCity}` : ''}.
            </Text>
            <Text>
              Du {formatInstantFr(offer.startsAt)} au {formatInstantFr(offer.endsAt)}
            </Text>
            <Text>{formatMinutes(offer.minutes)} de travail</Text>
            <Text size="sm">Répondez avant le {formatInstantFr(offer.answerBy)}.</Text>
            {message ? (
              <Alert color={result?.status === 'ACCEPTED' ? 'green' : 'blue'} role="status" title="Votre réponse">
                {message}
              </Alert>
            ) : null}
            {problem ? (
              <Alert color="red" role="alert" title="Réponse non enregistrée">
                {problem}
              </Alert>
            ) : null}
            {offer.answerable && !result ? (
              <Group grow mt="sm">
                <Button size="lg" loading={answering} onClick={() => void reply(true)}>
                  Accepter
                </Button>
                <Button size="lg" variant="outline" color="gray" disabled={answering} onClick={() => void reply(false)}>
                  Refuser
                </Button>
              </Group>
            ) : null}
          </Stack>
        </Paper>
      ) : null}
    </Container>
  );
}
