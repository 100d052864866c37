/** One material's files: the upload with progress, the check after it, and removal. */
import { useLayoutEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Button, FileTrigger, Label, ProgressBar } from 'react-aria-components';
import type { MaterialItem } from '../../../functions/applications/materials';
import type { DocumentRecord } from '../../../functions/documents/document-record';
import { ApiProblem } from '../api';
import { announceUpload, confirmUpload, removeDocument } from '../features/documents/uploads';
import { applicationKeys } from '../features/applications/application-keys';

export const MAX_MB = 10;
const ACCEPT = ['image/jpeg', 'image/png', 'image/heic', 'image/heif', 'application/pdf', '.heic', '.heif', '.jpg', '.jpeg', '.png', '.pdf'];

/** Phones often give HEIC photos no type: infer it from the name. */
function contentTypeOf(file: File): string | undefined {
  const byName: Record<string, string> = { jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', heic: 'image/heic', heif: 'image/heif', pdf: 'application/pdf' };
  if (file.type && Object.values(byName).includes(file.type)) return file.type;
  return byName[file.name.split('.').pop()?.toLowerCase() ?? ''];
}

function putWithProgress(url: string, file: File, headers: Record<string, string>, onProgress: (fraction: number) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('PUT', url);
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onload = () => (xhr.status >= 200 && xhr.status < 300 ? resolve() : reject(new Error(String(xhr.status))));
    xhr.onerror = () => reject(new Error('network'));
    xhr.send(file);
  });
}

interface Upload {
  name: string;
  progress: number;
  checking: boolean;
}

/** `refreshKey`: the query to load again once a file is in or out (the page's own matter; an application's by default). */
export function MaterialUploads({ item, documents, applicationId, refreshKey }: { item: MaterialItem; documents: DocumentRecord[]; applicationId: string; refreshKey?: readonly unknown[] }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [message, setMessage] = useState<string>();
  const chooseRef = useRef<HTMLButtonElement>(null);
  const messageRef = useRef<HTMLParagraphElement>(null);
  const mine = documents.filter((d) => d.kind === item.kind && d.status === 'received');

  // A removed file's button, or the add button once the last file allowed is in, leaves the page with
  // focus on it. In the same frame focus goes to the add button, or, when that is gone, to the message
  // saying what happened. A person who has moved on meanwhile is not pulled back.
  const refocus = useRef(false);
  useLayoutEffect(() => {
    const active = document.activeElement;
    if (refocus.current && (active === null || active === document.body)) {
      refocus.current = false;
      (chooseRef.current ?? messageRef.current)?.focus();
    }
  });
  const refresh = async () => {
    refocus.current = true;
    await queryClient.invalidateQueries({ queryKey: refreshKey ?? applicationKeys.detail(applicationId) });
    requestAnimationFrame(() => requestAnimationFrame(() => (refocus.current = false)));
  };

  const upload = async (file: File) => {
    const contentType = contentTypeOf(file);
    if (!contentType) return setMessage(t('documents.wrongType', { name: file.name }));
    if (file.size > MAX_MB * 1024 * 1024) return setMessage(t('documents.tooBig', { name: file.name, mb: MAX_MB }));
    const update = (patch: Partial<Upload>) => setUploads((all) => all.map((u) => (u.name === file.name ? { ...u, ...patch } : u)));
    setUploads((all) => [...all, { name: file.name, progress: 0, checking: false }]);
    try {
      const { document, upload } = await announceUpload(applicationId, { kind: item.kind, fileName: file.name, contentType, size: file.size });
      await putWithProgress(upload.url, file, upload.headers, (progress) => update({ progress }));
      update({ checking: true });
      await confirmUpload(applicationId, document.id);
      setMessage(t('documents.receivedNamed', { name: file.name }));
    } catch (error) {
      const reason = error instanceof ApiProblem ? (error.detail ?? error.title) : t('common.networkError');
      setMessage(t('documents.failed', { name: file.name, reason }));
    } finally {
      setUploads((all) => all.filter((u) => u.name !== file.name));
      await refresh();
    }
  };

  const remove = async (doc: DocumentRecord) => {
    const removed = await removeDocument(applicationId, doc.id).then(
      () => true,
      () => false,
    );
    setMessage(removed ? t('documents.removed', { name: doc.fileName }) : t('documents.removeFailed', { name: doc.fileName }));
    await refresh();
  };

  const headingId = `material-${item.kind}`;
  return (
    <section className="card material" aria-labelledby={headingId} id={`field-documents-${item.kind}`} tabIndex={-1}>
      <h2 id={headingId}>
        {t(`materials.kind.${item.kind}`)} <span className={item.required ? 'tag required' : 'tag'}>{item.required ? t('start.requiredItem') : t('start.optionalItem')}</span>
      </h2>
      <p>{t(item.reasonKey)}</p>
      <p className="hint">{item.minFiles === item.maxFiles ? t('start.filesExactly', { count: item.minFiles }) : t('start.files', { min: item.minFiles, max: item.maxFiles })}</p>
      {mine.length > 0 && (
        <ul className="files" aria-label={t('documents.count', { count: mine.length })}>
          {mine.map((doc) => (
            <li key={doc.id}>
              <span className="file-name">{doc.fileName}</span> <span className="tag ok">{t('documents.received')}</span>{' '}
              <Button className="link-button" onPress={() => void remove(doc)} aria-label={t('documents.removeNamed', { name: doc.fileName })}>
                {t('documents.remove')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {uploads.map((u) =>
        u.checking ? (
          <p key={u.name} role="status">
            {t('documents.checking', { name: u.name })}
          </p>
        ) : (
          <ProgressBar key={u.name} value={Math.round(u.progress * 100)} className="progress">
            {({ percentage }) => (
              <>
                <Label>{t('documents.uploading', { name: u.name })}</Label>
                <span className="progress-value">{Math.round(percentage ?? 0)}%</span>
                <div className="progress-track">
                  <div className="progress-fill" style={{ width: `${percentage}%` }} />
                </div>
              </>
            )}
          </ProgressBar>
        ),
      )}
      <p role="status" className="upload-message" tabIndex={-1} ref={messageRef}>
        {message}
      </p>
      {mine.length < item.maxFiles && (
        <FileTrigger acceptedFileTypes={ACCEPT} allowsMultiple onSelect={(files) => files && Array.from(files).forEach((f) => void upload(f))}>
          <Button className="button secondary" ref={chooseRef}>
            {t('documents.choose')}
            <span className="visually-hidden"> — {t(`materials.kind.${item.kind}`)}</span>
          </Button>
        </FileTrigger>
      )}
    </section>
  );
}

