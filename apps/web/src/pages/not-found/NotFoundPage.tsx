import { Anchor } from '@mantine/core';
import { EmptyState, PageHeader } from '@tremplin/web-ui';
import { Link } from 'react-router';

export function NotFoundPage() {
  return (
    <>
      <PageHeader title="Page introuvable" />
      <EmptyState
        title="Cette adresse ne correspond à aucune page."
        action={
          <Anchor component={Link} to="/">
            Revenir à l’accueil
          </Anchor>
        }
      />
    </>
  );
}
