import { Tabs } from 'antd';
import { useLocation, useNavigate } from 'react-router-dom';
import { useAuth } from '../../shared/auth';
import { CanKeepBodies } from './access';

/** The section's pages as tabs: the bodies, the compliance dashboard (keepers) and the associations. */
export function BodiesNav() {
  const { user } = useAuth();
  const location = useLocation();
  const navigate = useNavigate();
  const items = [
    { key: '/app/bodies', label: 'Органы' },
    ...(CanKeepBodies(user) ? [{ key: '/app/bodies/compliance', label: 'Соблюдение требований' }] : []),
    { key: '/app/bodies/associations', label: 'Ассоциации' },
  ];
  const active = items.find((i) => i.key !== '/app/bodies' && location.pathname.startsWith(i.key))?.key ?? '/app/bodies';
  return <Tabs activeKey={active} items={items} onChange={(key) => navigate(key)} className="bodies-nav" />;
}
