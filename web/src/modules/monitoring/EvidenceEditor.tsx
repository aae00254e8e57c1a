import { FileSearchOutlined, LinkOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Input, Select, Space, Tag, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { Api } from '../../api/client';
import type { DocumentRecord, Page } from '../../api/types';
import { FormatDate } from '../../shared/dates';
import { DownloadFile } from '../../shared/download';
import { useErrorHandler } from '../../shared/errors';
import { EvidenceText, LinkProblem } from './form_rules';
import type { Answer, Evidence } from './types';
import { UploadEvidenceModal } from './UploadEvidenceModal';

/**
 * One piece of evidence as a link: a registry document opens its card, an uploaded file downloads (the download
 * is audited), a link opens in a new tab, an object of the system opens its page.
 */
export function EvidenceLink({ evidence, file_path }: { evidence: Evidence; file_path?: string }) {
  const handle = useErrorHandler();
  if (evidence.kind === 'document') return <Link to={`/app/documents/${evidence.document_id}`}>{EvidenceText(evidence)}</Link>;
  if (evidence.kind === 'file' && file_path)
    return (
      <Typography.Link onClick={() => void DownloadFile(file_path, evidence.file_name || 'file').catch((e: unknown) => handle(e))}>
        {EvidenceText(evidence)}
      </Typography.Link>
    );
  if (evidence.kind === 'link')
    return (
      <a href={evidence.url} target="_blank" rel="noreferrer noopener">
        {EvidenceText(evidence)}
      </a>
    );
  // An object of the system (a union, the association…) opens its page when the source gave one.
  if (evidence.kind === 'object' && evidence.url?.startsWith('/app/')) return <Link to={evidence.url}>{EvidenceText(evidence)}</Link>;
  return <span>{EvidenceText(evidence)}</span>;
}

/** Searches the document registry (the user's scope) as she types. */
function DocumentPicker({ number, onPick, onCancel }: { number: string; onPick: (e: Evidence) => void; onCancel: () => void }) {
  const [options, setOptions] = useState<{ value: number; label: string }[]>([]);
  const [loading, setLoading] = useState(false);
  const [failure, setFailure] = useState('');
  const request = useRef(0);
  const search = (q: string) => {
    const mine = ++request.current;
    setLoading(true);
    Api<Page<DocumentRecord>>('/documents', { query: { q, size: 20 } })
      .then((page) => {
        if (mine !== request.current) return;
        setFailure('');
        setOptions(page.items.map((d) => ({ value: d.id, label: `№ ${d.number} от ${FormatDate(d.date)} — ${d.title}` })));
      })
      .catch(() => mine === request.current && setFailure('Не удалось найти документы; повторите поиск'))
      .finally(() => mine === request.current && setLoading(false));
  };
  useEffect(() => search(''), []);
  return (
    <Space direction="vertical" size={2}>
      <Space>
        <Select<number>
          aria-label={`Документ из реестра для показателя ${number}`}
          showSearch
          autoFocus
          filterOption={false}
          onSearch={search}
          loading={loading}
          options={options}
          style={{ width: 460 }}
          placeholder="Начните вводить номер или заголовок документа"
          notFoundContent={loading ? 'Поиск…' : 'Документов не найдено'}
          onChange={(id) => onPick({ kind: 'document', document_id: id, title: options.find((o) => o.value === id)?.label })}
        />
        <Button onClick={onCancel}>Отмена</Button>
      </Space>
      {failure ? <Typography.Text type="danger">{failure}</Typography.Text> : null}
    </Space>
  );
}

/** Adds a link after checking it is an http(s) address. */
function LinkInput({ number, onAdd, onCancel }: { number: string; onAdd: (e: Evidence) => void; onCancel: () => void }) {
  const [url, setUrl] = useState('');
  const [problem, setProblem] = useState('');
  const add = () => {
    const text = LinkProblem(url);
    setProblem(text);
    if (!text) onAdd({ kind: 'link', url: url.trim() });
  };
  return (
    <Space direction="vertical" size={2}>
      <Space>
        <Input
          aria-label={`Ссылка для показателя ${number}`}
          autoFocus
          placeholder="https://…"
          style={{ width: 460 }}
          value={url}
          status={problem ? 'error' : undefined}
          onChange={(e) => setUrl(e.target.value)}
          onPressEnter={add}
        />
        <Button onClick={add}>Добавить ссылку</Button>
        <Button onClick={onCancel}>Отмена</Button>
      </Space>
      {problem ? <Typography.Text type="danger">{problem}</Typography.Text> : null}
    </Space>
  );
}

/**
 * The evidence of an indicator (003 §App6 8: information with its confirmation): a document of the registry, an
 * uploaded file (registered in the registry by the server) or a link; a new one replaces the current one.
 */
export function EvidenceEditor({
  form_id,
  number,
  evidence,
  onChange,
  onUploaded,
}: {
  form_id: number;
  number: string;
  evidence: Evidence | null;
  onChange: (next: Evidence | null) => void;
  onUploaded: (answer: Answer) => void;
}) {
  const [adding, setAdding] = useState<'' | 'document' | 'link' | 'file'>('');
  const file_path = `/monitoring/forms/${form_id}/answers/${encodeURIComponent(number)}/file`;
  const add = (e: Evidence) => {
    onChange(e);
    setAdding('');
  };
  return (
    <Space direction="vertical" size={6} style={{ width: '100%' }}>
      <div data-testid={`evidence-${number}`}>
        {evidence ? (
          <Tag closable onClose={() => onChange(null)} style={{ whiteSpace: 'normal' }} closeIcon={<span aria-label="Убрать подтверждение">×</span>}>
            <EvidenceLink evidence={evidence} file_path={file_path} />
          </Tag>
        ) : (
          <Typography.Text type="secondary">Подтверждение не приложено</Typography.Text>
        )}
      </div>
      {adding === 'document' ? <DocumentPicker number={number} onPick={add} onCancel={() => setAdding('')} /> : null}
      {adding === 'link' ? <LinkInput number={number} onAdd={add} onCancel={() => setAdding('')} /> : null}
      {adding === '' ? (
        <Space wrap>
          <Typography.Text type="secondary">{evidence ? 'Заменить:' : 'Приложить:'}</Typography.Text>
          <Button size="small" icon={<FileSearchOutlined />} onClick={() => setAdding('document')}>
            Документ из реестра
          </Button>
          <Button size="small" icon={<UploadOutlined />} onClick={() => setAdding('file')}>
            Загрузить файл
          </Button>
          <Button size="small" icon={<LinkOutlined />} onClick={() => setAdding('link')}>
            Ссылка
          </Button>
        </Space>
      ) : null}
      <UploadEvidenceModal
        open={adding === 'file'}
        path={file_path}
        number={number}
        onClose={() => setAdding('')}
        onUploaded={(answer) => {
          setAdding('');
          onUploaded(answer);
        }}
      />
    </Space>
  );
}
