import { Alert, Button, Card, Col, Row, Skeleton, Statistic, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Api } from '../../api/client';
import type { PublicSummary } from '../../api/types';
import { useAuth } from '../../shared/auth';
import { ErrorText } from '../../shared/errors';
import { useDocumentTitle } from '../../shared/page';

/** The public home page: what Методсеть is and the region at a glance. */
export default function HomePage() {
  useDocumentTitle('');
  const [summary, setSummary] = useState<PublicSummary | null>(null);
  const [error, setError] = useState<string>('');
  const { user } = useAuth();
  const navigate = useNavigate();

  useEffect(() => {
    Api<PublicSummary>('/public/summary', { allow_unauthorized: true })
      .then(setSummary)
      .catch((e: unknown) => setError(ErrorText(e)));
  }, []);

  return (
    <div>
      <Typography.Title level={1}>Методсеть</Typography.Title>
      <Typography.Paragraph className="home-lead">
        Региональная система научно-методического сопровождения педагогических работников и управленческих
        кадров. Здесь региональный оператор, муниципальные методические службы и образовательные организации
        ведут единый реестр организаций, методический актив, методические объединения и советы, наставничество,
        индивидуальные образовательные маршруты педагогов и документы.
      </Typography.Paragraph>
      <Typography.Paragraph className="home-lead">
        Сотрудники получают логин и пароль у регионального оператора или муниципального координатора.
      </Typography.Paragraph>
      <Button type="primary" size="large" onClick={() => navigate(user ? '/app' : '/login')}>
        {user ? 'Перейти в кабинет' : 'Войти'}
      </Button>

      <Typography.Title level={2} style={{ marginTop: 40 }}>
        Регион в цифрах
      </Typography.Title>
      {error ? (
        <Alert type="warning" showIcon message="Сведения о регионе сейчас недоступны" description={error} />
      ) : !summary ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : !summary.region ? (
        <Alert type="info" showIcon message="Регион ещё не настроен: сведения появятся после заполнения реестра." />
      ) : (
        <Row gutter={[16, 16]} data-testid="region-summary">
          <Col xs={24} md={12}>
            <Card>
              <Statistic title="Регион" value={summary.region.name} />
            </Card>
          </Col>
          <Col xs={12} md={6}>
            <Card>
              <Statistic title="Муниципальных образований" value={summary.municipalities} />
            </Card>
          </Col>
          <Col xs={12} md={6}>
            <Card>
              <Statistic title="Образовательных организаций" value={summary.organisations} />
            </Card>
          </Col>
        </Row>
      )}
    </div>
  );
}
