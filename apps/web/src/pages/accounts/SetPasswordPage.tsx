import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Container, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { problemOf } from '../../app/graphql-errors';
import { AccountLinkDocument, SetPasswordWithLinkDocument } from '../../features/accounts/graphql/accounts.generated';
import { NewPasswordField } from '../../features/accounts/components/NewPasswordField';

/** The token of the link, from the fragment (`#jeton=…`): it never reaches a server log nor a Referer. */
function tokenFromHash(): string {
  return new URLSearchParams(window.location.hash.slice(1)).get('jeton') ?? '';
}

/** « Choisir mon mot de passe »: from an invitation, the first administrator's link or « mot de passe oublié ». */
export function SetPasswordPage() {
  const [token] = useState(tokenFromHash);
  const navigate = useNavigate();
  const { data, error, loading } = useQuery(AccountLinkDocument, { variables: { token }, skip: !token });
  const [save, { loading: saving }] = useMutation(SetPasswordWithLinkDocument);
  const [password, setPassword] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [problem, setProblem] = useState<string | null>(null);
  const alertRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    document.title = 'Choisir mon mot de passe · Tremplin';
  }, []);
  useEffect(() => {
    if (problem) alertRef.current?.focus();
  }, [problem]);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (!password) {
      setFieldError('Saisissez un mot de passe.');
      document.getElementById('new-password')?.focus();
      return;
    }
    try {
      await save({ variables: { input: { token, password } } });
      navigate('/connexion', { replace: true, state: { passwordSet: true } });
    } catch (err) {
      const p = problemOf(err);
      const own = p.fieldErrors.find((f) => f.field === 'password');
      setFieldError(own?.message);
      setProblem(own ? null : p.message);
      if (own) document.getElementById('new-password')?.focus();
    }
  };

  const invalid = !token || (error && problemOf(error).code === 'NOT_FOUND');
  return (
    <Container size={480} py={60} component="main">
      <Title order={1} ta="center" mb="lg">
        Tremplin
      </Title>
      <Paper withBorder shadow="sm" p="lg" radius="md">
        <Title order={2} size="h3" mb="md">
          Choisir mon mot de passe
        </Title>
        {loading ? <Loader role="status" aria-label="Vérification du lien" /> : null}
        {invalid ? (
          <Alert color="red" role="alert" title="Lien non valable">
            {error ? problemOf(error).message : 'Ce lien est incomplet : ouvrez-le depuis l’e-mail reçu.'}{' '}
            <Anchor component={Link} to="/mot-de-passe/oublie">
              Demander un nouveau lien
            </Anchor>
          </Alert>
        ) : null}
        {problem ? (
          <Alert ref={alertRef} tabIndex={-1} color="red" role="alert" mb="md" title="Mot de passe non enregistré">
            {problem}
          </Alert>
        ) : null}
        {data?.accountLink ? (
          <form onSubmit={onSubmit} noValidate aria-label="Choisir mon mot de passe">
            <Stack gap="sm">
              <Text>
                Bonjour {data.accountLink.firstName}, choisissez le mot de passe du compte{' '}
                <strong>{data.accountLink.email}</strong>.
              </Text>
              <NewPasswordField
                id="new-password"
                label="Nouveau mot de passe"
                value={password}
                onChange={setPassword}
                error={fieldError}
              />
              <Button type="submit" loading={saving}>
                Enregistrer mon mot de passe
              </Button>
            </Stack>
          </form>
        ) : null}
      </Paper>
    </Container>
  );
}
