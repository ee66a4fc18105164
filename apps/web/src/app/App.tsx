import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { cssVariablesResolver, theme } from '@tremplin/web-ui';
import { createBrowserRouter, Navigate, RouterProvider } from 'react-router';
import { CaseloadPage } from '../pages/caseload/CaseloadPage';
import { AgreementPage } from '../pages/funding/AgreementPage';
import { FundingPage } from '../pages/funding/FundingPage';
import { HomePage } from '../pages/home/HomePage';
import { NotFoundPage } from '../pages/not-found/NotFoundPage';
import { PersonFilePage } from '../pages/person-file/PersonFilePage';
import { PersonCreatePage } from '../pages/person-new/PersonCreatePage';
import { SignInPage } from '../pages/sign-in/SignInPage';
import { SessionsPage } from '../pages/sessions/SessionsPage';
import { PartnersPage } from '../pages/partners/PartnersPage';
import { DashboardPage } from '../pages/dashboard/DashboardPage';
import { ReportsPage } from '../pages/reports/ReportsPage';
import { PortalPage } from '../pages/portal/PortalPage';
import { PortalProposalPage } from '../pages/portal/PortalProposalPage';
import { AdminPartnersPage } from '../pages/admin-partners/AdminPartnersPage';
import { ImportPage } from '../pages/import/ImportPage';
import { MySessionsPage } from '../pages/account/MySessionsPage';
import { SecurityPage } from '../pages/account/SecurityPage';
import { MeDocument } from '../features/auth/auth.documents';
import { SignInPolicyPage } from '../pages/sign-in-policy/SignInPolicyPage';
import { AdminStructuresPage } from '../pages/accounts/AdminStructuresPage';
import { ForgotPasswordPage } from '../pages/accounts/ForgotPasswordPage';
import { MyAccountPage } from '../pages/accounts/MyAccountPage';
import { SetPasswordPage } from '../pages/accounts/SetPasswordPage';
import { TeamPage } from '../pages/accounts/TeamPage';
import { createApolloClient } from './apollo';
import { RequireAuth } from './auth';
import { Layout } from './Layout';

const router = createBrowserRouter([
  { path: '/connexion', element: <SignInPage /> },
  { path: '/mot-de-passe/nouveau', element: <SetPasswordPage /> },
  { path: '/mot-de-passe/oublie', element: <ForgotPasswordPage /> },
  {
    path: '/',
    element: (
      <RequireAuth>
        <Layout />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <HomePage /> },
      { path: 'personnes', element: <CaseloadPage /> },
      { path: 'personnes/nouvelle', element: <PersonCreatePage /> },
      { path: 'importer', element: <ImportPage /> },
      { path: 'personnes/:id', element: <PersonFilePage /> },
      { path: 'sessions', element: <SessionsPage /> },
      { path: 'financements', element: <FundingPage /> },
      { path: 'financements/conventions/:id', element: <AgreementPage /> },
      { path: 'partenaires', element: <PartnersPage /> },
      { path: 'tableau-de-bord', element: <DashboardPage /> },
      { path: 'rapports', element: <ReportsPage /> },
      { path: 'portail', element: <PortalPage /> },
      { path: 'portail/propositions/:id', element: <PortalProposalPage /> },
      { path: 'administration/partenaires', element: <AdminPartnersPage /> },
      { path: 'compte/securite', element: <SecurityPage /> },
      { path: 'compte/sessions', element: <MySessionsPage /> },
      { path: 'structure/connexion', element: <SignInPolicyPage /> },
      { path: 'administration/structures', element: <AdminStructuresPage /> },
      { path: 'administration/structures/:id/equipe', element: <TeamPage /> },
      { path: 'equipe', element: <TeamPage /> },
      { path: 'mon-compte', element: <MyAccountPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
  { path: '*', element: <Navigate to="/" replace /> },
]);

const client = createApolloClient(
  () => {
    // The session ended server-side (inactivity, sign-out elsewhere): forget its data, then sign in again.
    void client.clearStore().finally(() => {
      const back = `${window.location.pathname}${window.location.search}`;
      void router.navigate(`/connexion?retour=${encodeURIComponent(back)}&expiree=1`, { replace: true });
    });
  },
  () => {
    // Two-factor sign-in is now required of this account (docs/security.md): the shell shows only its enrolment.
    void client.refetchQueries({ include: [MeDocument] }).finally(() => {
      void router.navigate('/compte/securite', { replace: true });
    });
  },
);

export function App() {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <ApolloProvider client={client}>
        <RouterProvider router={router} />
      </ApolloProvider>
    </MantineProvider>
  );
}
