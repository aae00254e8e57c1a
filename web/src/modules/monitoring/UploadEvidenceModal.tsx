import { InboxOutlined } from '@ant-design/icons';
import { Button, Modal, Typography, Upload } from 'antd';
import { useEffect, useState } from 'react';
import { Api, ApiError } from '../../api/client';
import { useErrorHandler } from '../../shared/errors';
import type { Answer } from './types';

/**
 * Uploads a file as an indicator's evidence. The server registers it in the document registry of the municipality
 * and saves the answer at once (met, with the comment already saved), so it is not lost with an unsaved draft.
 */
export function UploadEvidenceModal({
  open,
  path,
  number,
  onClose,
  onUploaded,
}: {
  open: boolean;
  path: string;
  number: string;
  onClose: () => void;
  onUploaded: (answer: Answer) => void;
}) {
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState('');
  const [saving, setSaving] = useState(false);
  const handle = useErrorHandler();

  useEffect(() => {
    if (!open) return;
    setFile(null);
    setProblem('');
  }, [open]);

  const submit = async () => {
    if (!file) {
      setProblem('Файл: выберите файл');
      return;
    }
    setSaving(true);
    try {
      const answer = await Api<Answer>(path, {
        method: 'POST',
        body: await file.arrayBuffer(),
        headers: { 'Content-Type': file.type || 'application/octet-stream', 'X-File-Name': encodeURIComponent(file.name) },
      });
      onUploaded(answer);
    } catch (e) {
      if (e instanceof ApiError && (e.status === 413 || e.field === 'file')) setProblem(`Файл: ${e.message}`);
      handle(e);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={`Загрузить подтверждение к показателю ${number}`}
      onCancel={onClose}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={onClose}>
          Отмена
        </Button>,
        <Button key="ok" type="primary" loading={saving} onClick={() => void submit()}>
          Загрузить
        </Button>,
      ]}
    >
      <Typography.Paragraph type="secondary">
        Файл будет зарегистрирован в реестре документов муниципального образования и сразу сохранён в ответе по показателю
        (показатель отмечается выполненным).
      </Typography.Paragraph>
      <Upload.Dragger
        multiple={false}
        showUploadList={false}
        beforeUpload={(chosen) => {
          setFile(chosen);
          setProblem('');
          return false; // sent by submit(), not by the Upload component
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{file ? `Выбран файл: ${file.name}` : 'Перетащите файл сюда или нажмите, чтобы выбрать'}</p>
      </Upload.Dragger>
      {problem ? <Typography.Text type="danger">{problem}</Typography.Text> : null}
    </Modal>
  );
}
