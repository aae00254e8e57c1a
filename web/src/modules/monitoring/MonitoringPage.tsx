import { Route, Routes } from 'react-router-dom';
import { useAuth } from '../../shared/auth';
import { NotFoundPage } from '../../shared/page';
import { IsMonitoringReviewer } from './access';
import CampaignListPage from './CampaignListPage';
import CampaignPage from './CampaignPage';
import FormPage from './FormPage';
import LibraryPage from './LibraryPage';
import TargetsPage from './TargetsPage';
import './monitoring.css';

/**
 * Monitoring of municipal methodological services (003 §App6): campaigns, forms with evidence and review,
 * results, recommendations, reports and the programme targets (003 §App1 4, §App7).
 */
export default function MonitoringPage() {
  const { user } = useAuth();
  const reviewer = IsMonitoringReviewer(user);
  return (
    <Routes>
      <Route index element={<CampaignListPage />} />
      <Route path="campaigns/:id" element={<CampaignPage />} />
      <Route path="forms/:id" element={<FormPage />} />
      <Route path="targets" element={reviewer ? <TargetsPage /> : <NotFoundPage home="/app/monitoring" />} />
      <Route path="library" element={reviewer ? <LibraryPage /> : <NotFoundPage home="/app/monitoring" />} />
      <Route path="*" element={<NotFoundPage home="/app/monitoring" />} />
    </Routes>
  );
}
