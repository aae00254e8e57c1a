import { Alert, Badge, Card, Empty, Tree, Typography } from 'antd';
import type { TreeDataNode } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Api } from '../../api/client';
import type { TerritoryTree } from '../../api/types';
import { ErrorText } from '../../shared/errors';
import { PageHeader, PageLoading } from '../../shared/page';

function OrganisationCount({ n }: { n: number }) {
  return <Badge count={n} showZero overflowCount={99999} color="#1f4e8c" title={`Организаций: ${n}`} />;
}

/** Region → municipalities with organisation counts; a municipality opens its registry. */
export default function TerritoryTreePage() {
  const [tree, setTree] = useState<TerritoryTree | null>(null);
  const [error, setError] = useState('');
  const navigate = useNavigate();

  useEffect(() => {
    Api<TerritoryTree>('/territory/tree')
      .then(setTree)
      .catch((e: unknown) => setError(ErrorText(e)));
  }, []);

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
            </span>
          ),
        })),
      })),
    [tree],
  );

  return (
    <>
      <PageHeader
        title="Территория"
        subtitle="Регион и муниципальные образования с числом образовательных организаций. Выберите муниципалитет, чтобы открыть его организации."
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
    </>
  );
}
