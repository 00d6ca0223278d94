import type { ItemFileSummary } from '@alianza/ui';

/** What `POST /files` answers (docs/adr/0030). */
export type UploadedFile = ItemFileSummary & { mediaType: string };

/** A refused upload, with the API's stable code (e.g. PAYLOAD_TOO_LARGE) and its message. */
export class UploadError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export type Uploader = (
  participationId: string,
  file: File,
  onProgress: (ratio: number) => void,
) => Promise<UploadedFile>;

/**
 * Sends one document to `POST /files` as multipart/form-data (`participationId`, then `file`),
 * with the session cookie, reporting progress: XMLHttpRequest, as fetch has no upload progress.
 */
export const uploadFile: Uploader = (participationId, file, onProgress) =>
  new Promise((resolve, reject) => {
    const form = new FormData();
    form.append('participationId', participationId);
    form.append('file', file, file.name);
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/files');
    xhr.withCredentials = true;
    xhr.responseType = 'json';
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      const body = xhr.response as
        (UploadedFile & { error?: { code: string; message: string } }) | null;
      if (xhr.status === 201 && body) resolve(body);
      else
        reject(
          new UploadError(
            body?.error?.code ?? (xhr.status === 413 ? 'PAYLOAD_TOO_LARGE' : 'UPLOAD_FAILED'),
            body?.error?.message ?? xhr.statusText,
          ),
        );
    };
    xhr.onerror = () => reject(new UploadError('NETWORK', 'network error'));
    xhr.send(form);
  });
