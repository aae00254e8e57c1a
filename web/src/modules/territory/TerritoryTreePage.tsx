import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Badge, Button, Card, Empty, Tree, Typography } from 'antd';
import type { TreeDataNode } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Api } from '../../api/client';
import type { Municipality, TerritoryTree } from '../../api/types';
import { useAuth } from '../../shared/auth';
import { ErrorText } from '../../shared/errors';
import { ExportButton } from '../../shared/ExportButton';
import { PageHeader, PageLoading } from '../../shared/page';
import { CanManageMunicipalities } from '../../shared/roles';
import { useCatalogue } from './api';
import { MunicipalityFormModal } from './MunicipalityFormModal';

function OrganisationCount({ n }: { n: number }) {
  return <Badge count={n} showZero overflowCount={99999} color="#1f4e8c" title={`Организаций: ${n}`} />;
}

/** Region → municipalities with organisation counts; a municipality opens its registry. */
export default function TerritoryTreePage() {
  const { user } = useAuth();
  const { message } = App.useApp();
  const [tree, setTree] = useState<TerritoryTree | null>(null);
  const [error, setError] = useState('');
  const [reload, setReload] = useState(0);
  const [form_open, setFormOpen] = useState(false);
  const [editing, setEditing] = useState<Municipality | null>(null);
  const services = useCatalogue('method-service-kinds');
  const navigate = useNavigate();
  const can_manage = CanManageMunicipalities(user);

  useEffect(() => {
    Api<TerritoryTree>('/territory/tree')
      .then(setTree)
      .catch((e: unknown) => setError(ErrorText(e)));
  }, [reload]);

  const data: TreeDataNode[] = useMemo(
    () =>
      (tree?.regions ?? []).map((region) => ({
        key: `region:${region.id}`,
        selectable: false,
        title: (
          <span className="tree-node">
            <Typography.Text strong>{region.name}</Typography.Text>{' '}
            <OrganisationCount n={region.municipalities.reduce((s, m) => s + m.organisation_count, 0)} />
          </span>
        ),
        children: region.municipalities.map((m) => ({
          key: `municipality:${m.id}`,
          isLeaf: true,
          title: (
            <span className="tree-node" data-testid={`municipality-${m.id}`}>
              {m.name} <OrganisationCount n={m.organisation_count} />
              {m.method_service_kind ? (
                <Typography.Text type="secondary" className="tree-node__service" data-testid={`municipality-service-${m.id}`}>
                  {' '}
                  · {services.TitleOf(m.method_service_kind)}
                </Typography.Text>
              ) : null}
              {can_manage ? (
                <Button
                  size="small"
                  type="text"
                  icon={<EditOutlined />}
                  aria-label={`Изменить: ${m.name}`}
                  title="Изменить"
                  onClick={(e) => {
                    e.stopPropagation();
                    setEditing(m);
                    setFormOpen(true);
                  }}
                />
              ) : null}
            </span>
          ),
        })),
      })),
    [tree, services, can_manage],
  );

  const region_id = tree?.regions[0]?.id ?? 0;

  return (
    <>
      <PageHeader
        title="Территория"
        subtitle="Регион и муниципальные образования с числом образовательных организаций. Выберите муниципалитет, чтобы открыть его организации."
        extra={
          tree ? (
            <>
              <ExportButton path="/territory/municipalities/export.xlsx" file_name="Муниципальные образования.xlsx" />
              {can_manage && region_id ? (
                <Button type="primary" icon={<PlusOutlined />} onClick={() => {
                  setEditing(null);
                  setFormOpen(true);
                }}>
                  Добавить муниципальное образование
                </Button>
              ) : null}
            </>
          ) : null
        }
      />
      {error ? (
        <Alert type="error" showIcon message="Не удалось загрузить территорию" description={error} />
      ) : !tree ? (
        <PageLoading />
      ) : data.length === 0 ? (
        <Empty description="В вашей области ответственности нет территорий" />
      ) : (
        <Card>
          <Tree
            treeData={data}
            defaultExpandAll
            blockNode
            showLine
            aria-label="Дерево территории"
            onSelect={(keys) => {
              const key = String(keys[0] ?? '');
              if (key.startsWith('municipality:')) {
                navigate(`/app/organisations?municipality=${key.slice('municipality:'.length)}`);
              }
            }}
          />
        </Card>
      )}
      <MunicipalityFormModal
        open={form_open}
        region_id={region_id}
        municipality={editing ?? undefined}
        onClose={() => setFormOpen(false)}
        afterClose={() => setEditing(null)}
        onSaved={(saved) => {
          void message.success(editing ? `Сведения о «${saved.name}» сохранены` : `Муниципальное образование «${saved.name}» добавлено`);
          setFormOpen(false);
          setReload((n) => n + 1);
        }}
      />
    </>
  );
}
