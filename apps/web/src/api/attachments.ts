/**
 * Files for replies. An upload sends the file itself as the body (its type as Content-Type), so it
 * goes through XMLHttpRequest rather than `api`: only that reports how far the upload has got.
 */
import { ApiError, currentCsrfToken, failure } from './client';
import type { Attachment } from './inboxTypes';

/** What the server accepts; it checks the bytes as well, so a renamed text file is still refused. */
export const ATTACHMENT_TYPES: readonly string[] = ['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'application/pdf'];
export const IMAGE_TYPES: readonly string[] = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'];
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
/** A reply carries at most this many files. */
export const MAX_ATTACHMENTS = 10;

export const attachmentUrl = (id: string) => `/api/attachments/${encodeURIComponent(id)}`;

export interface Upload {
  done: Promise<Attachment>;
  abort: () => void;
}

/** Uploads one file to a conversation; `onProgress` gets 0…1 as the bytes go out. */
export function uploadAttachment(conversationId: string, file: File, onProgress: (fraction: number) => void): Upload {
  const path = `/api/conversations/${encodeURIComponent(conversationId)}/attachments?filename=${encodeURIComponent(file.name)}`;
  const xhr = new XMLHttpRequest();
  const done = new Promise<Attachment>((resolve, reject) => {
    xhr.open('POST', path);
    xhr.setRequestHeader('content-type', file.type);
    xhr.setRequestHeader('accept', 'application/json');
    const token = currentCsrfToken();
    if (token) xhr.setRequestHeader('x-csrf-token', token);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      const data = parse(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300) resolve(data as Attachment);
      else reject(failure(xhr.status, data, xhr.statusText, path));
    };
    xhr.onerror = () => reject(new ApiError(0, 'network', 'Network error'));
    xhr.onabort = () => reject(new ApiError(0, 'network', 'Aborted'));
    xhr.send(file);
  });
  return { done, abort: () => xhr.abort() };
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
