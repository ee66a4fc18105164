import { useApolloClient, useMutation } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Button,
  Container,
  Divider,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { ErrorCode } from '@tremplin/domain';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { problemOf } from '../../app/graphql-errors';
import { SignInDocument } from '../../features/auth/graphql/auth.generated';
import { TwoFactorStep } from './TwoFactorStep';
import { ProConnectButton } from '../../features/proconnect/components/ProConnectButton';
import { useProConnectStatus } from '../../features/proconnect/hooks/useProConnectStatus';

/** Only paths of this app: never an absolute or protocol-relative address (open redirect). */
function safeReturnPath(value: string | null): string {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/connexion') ? value : '/';
}

export function SignInPage() {
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [signIn, { loading }] = useMutation(SignInDocument);
  /** The password was right and the account asks for its second factor (docs/security.md). */
  // `?etape=code`: back from ProConnect for an account with two-factor sign-in on (its pending step is set).
  const [secondStep, setSecondStep] = useState(params.get('etape') === 'code');
  const alertRef = useRef<HTMLDivElement>(null);
  const proConnect = useProConnectStatus();

  useEffect(() => {
    document.title = 'Connexion · Tremplin';
  }, []);
  // A ProConnect sign-in refused (the API sent the browser back here): said until the next attempt here.
  const shownProblem = problem ?? proConnect?.refusal ?? null;
  useEffect(() => {
    if (shownProblem) alertRef.current?.focus();
  }, [shownProblem]);

  const signedOut = (location.state as { signedOut?: boolean } | null)?.signedOut || params.get('deconnecte') === '1';
  const passwordSet = (location.state as { passwordSet?: boolean } | null)?.passwordSet;
  const expired = params.get('expiree') === '1';

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const missing: Record<string, string> = {};
    if (!email.trim()) missing['email'] = 'Saisissez votre adresse e-mail.';
    if (!password) missing['password'] = 'Saisissez votre mot de passe.';
    setFieldErrors(missing);
    if (Object.keys(missing).length) {
      setProblem(null);
      document.getElementById(missing['email'] ? 'signin-email' : 'signin-password')?.focus();
      return;
    }
    try {
      await signIn({ variables: { input: { email: email.trim(), password } } });
      await client.clearStore();
      navigate(safeReturnPath(params.get('retour')), { replace: true });
    } catch (err) {
      const p = problemOf(err);
      if (p.code === ErrorCode.TWO_FACTOR_REQUIRED) {
        setProblem(null);
        setPassword('');
        setSecondStep(true);
        return;
      }
      setFieldErrors(Object.fromEntries(p.fieldErrors.map((f) => [f.field, f.message])));
      setProblem(p.message);
    }
  };

  const done = async () => {
    await client.clearStore();
    navigate(safeReturnPath(params.get('retour')), { replace: true });
  };

  if (secondStep)
    return (
      <TwoFactorStep
        onDone={done}
        onRestart={() => {
          setSecondStep(false);
          setProblem(null);
        }}
      />
    );

  return (
    <Container size={420} py={60} component="main">
      <Title order={1} ta="center" mb={4}>
        Tremplin
      </Title>
      <Text ta="center" c="dimmed" mb="lg">
        Suivi des parcours d’insertion
      </Text>
      <Paper withBorder shadow="sm" p="lg" radius="md">
        <Title order={2} size="h3" mb="md">
          Connexion
        </Title>
        {signedOut && !shownProblem ? (
          <Alert color="blue" mb="md" role="status">
            Vous êtes déconnecté·e.
          </Alert>
        ) : null}
        {passwordSet && !shownProblem ? (
          <Alert color="green" mb="md" role="status">
            Votre mot de passe est enregistré. Connectez-vous avec votre adresse e-mail et ce mot de passe.
          </Alert>
        ) : null}
        {expired && !shownProblem ? (
          <Alert color="yellow" mb="md" role="status">
            Votre session a pris fin. Reconnectez-vous pour reprendre où vous en étiez.
          </Alert>
        ) : null}
        {shownProblem ? (
          <Alert ref={alertRef} tabIndex={-1} color="red" mb="md" role="alert" title="Connexion refusée">
            {shownProblem}
          </Alert>
        ) : null}
        <form onSubmit={onSubmit} noValidate aria-label="Connexion">
          <Stack gap="sm">
            <TextInput
              id="signin-email"
              label="Adresse e-mail"
              type="email"
              autoComplete="username"
              required
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
              error={fieldErrors['email']}
            />
            <PasswordInput
              id="signin-password"
              label="Mot de passe"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              error={fieldErrors['password']}
            />
            <Button type="submit" loading={loading} fullWidth mt="xs">
              Se connecter
            </Button>
            <Anchor component={Link} to="/mot-de-passe/oublie" size="sm" ta="center">
              Mot de passe oublié ?
            </Anchor>
          </Stack>
        </form>
        {proConnect?.enabled ? (
          <>
            <Divider my="lg" label="ou" labelPosition="center" />
            <ProConnectButton returnPath={safeReturnPath(params.get('retour'))} />
          </>
        ) : null}
      </Paper>
    </Container>
  );
}
