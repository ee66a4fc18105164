import { Alert, Button, Container } from '@mantine/core';
import { problemOf } from '../../app/graphql-errors';

/** A page that could not load: what happened, in French, and a way to try again. */
export function ErrorPage({ error }: { error: unknown }) {
  return (
    <Container size="sm" py="xl">
      <Alert color="red" title="La page n’a pas pu s’afficher" role="alert">
        {problemOf(error).message}
        <div>
          <Button mt="md" variant="outline" onClick={() => window.location.reload()}>
            Réessayer
          </Button>
        </div>
      </Alert>
    </Container>
  );
}
