import { lazy, type ReactElement } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import { AppLayout } from './shared/AppLayout';
import { useAuth } from './shared/auth';
import { NotFoundPage } from './shared/page';
import { PublicLayout } from './shared/PublicLayout';
import { RequireAuth } from './shared/RequireAuth';
import { CanReadAudit, CanReadOrganisations } from './shared/roles';

const HomePage = lazy(() => import('./modules/public/HomePage'));
const LoginPage = lazy(() => import('./modules/identity/LoginPage'));
const TerritoryTreePage = lazy(() => import('./modules/territory/TerritoryTreePage'));
const OrganisationsPage = lazy(() => import('./modules/territory/OrganisationsPage'));
const OrganisationCardPage = lazy(() => import('./modules/territory/OrganisationCardPage'));
const StructuresPage = lazy(() => import('./modules/territory/StructuresPage'));
const DocumentsPage = lazy(() => import('./modules/documents/DocumentsPage'));
const DocumentCardPage = lazy(() => import('./modules/documents/DocumentCardPage'));
const AuditPage = lazy(() => import('./modules/audit/AuditPage'));

/** The first page after login: the registry for those who read it, the documents for everyone else. */
function AppHome() {
  const { user } = useAuth();
  return <Navigate to={CanReadOrganisations(user) ? '/app/territory' : '/app/documents'} replace />;
}

/** Renders the page only for users allowed to open it; others see «not found», as the server answers. */
function Allowed({ when, children }: { when: boolean; children: ReactElement }) {
  return when ? children : <NotFoundPage home="/app" />;
}

/** Every address of the UI. */
export function AppRoutes() {
  const { user } = useAuth();
  return (
    <Routes>
      <Route element={<PublicLayout />}>
        <Route index element={<HomePage />} />
        <Route path="login" element={<LoginPage />} />
      </Route>
      <Route
        path="app"
        element={
          <RequireAuth>
            <AppLayout />
          </RequireAuth>
        }
      >
        <Route index element={<AppHome />} />
        <Route
          path="territory"
          element={
            <Allowed when={CanReadOrganisations(user)}>
              <TerritoryTreePage />
            </Allowed>
          }
        />
        <Route
          path="organisations"
          element={
            <Allowed when={CanReadOrganisations(user)}>
              <OrganisationsPage />
            </Allowed>
          }
        />
        <Route
          path="organisations/:id"
          element={
            <Allowed when={CanReadOrganisations(user)}>
              <OrganisationCardPage />
            </Allowed>
          }
        />
        <Route
          path="structures"
          element={
            <Allowed when={CanReadOrganisations(user)}>
              <StructuresPage />
            </Allowed>
          }
        />
        <Route path="documents" element={<DocumentsPage />} />
        <Route path="documents/:id" element={<DocumentCardPage />} />
        <Route
          path="audit"
          element={
            <Allowed when={CanReadAudit(user)}>
              <AuditPage />
            </Allowed>
          }
        />
        <Route path="*" element={<NotFoundPage home="/app" />} />
      </Route>
      <Route element={<PublicLayout />}>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
