/**
 * The files an agent has picked for the reply they are writing, per conversation. Each is
 * uploaded at once; the reply then only names them. Kept outside React (like the drafts), so an
 * upload carries on and its result is still there when the agent switches conversations and back.
 */
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { ATTACHMENT_TYPES, MAX_ATTACHMENT_BYTES, uploadAttachment, type Upload } from '../api/attachments';
import { ApiError } from '../api/client';
import type { Attachment } from '../api/inboxTypes';

export interface PendingFile {
  key: string;
  name: string;
  size: number;
  state: 'uploading' | 'done' | 'error';
  /** 0…1 while uploading. */
  progress: number;
  attachment: Attachment | null;
  error: unknown;
}

class PendingFiles {
  items: readonly PendingFile[] = [];
  private readonly uploads = new Map<string, Upload>();
  private readonly listeners = new Set<() => void>();

  constructor(private readonly conversationId: string) {}

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  add(file: File, key: string): void {
    const refused = refusal(file);
    const item: PendingFile = {
      key,
      name: file.name,
      size: file.size,
      state: 'uploading',
      progress: 0,
      attachment: null,
      error: null,
    };
    if (refused) {
      this.set([...this.items, { ...item, state: 'error', error: refused }]);
      return;
    }
    this.set([...this.items, item]);
    const upload = uploadAttachment(this.conversationId, file, (progress) => this.patch(key, { progress }));
    this.uploads.set(key, upload);
    void upload.done
      .then(
        (attachment) => this.patch(key, { state: 'done', progress: 1, attachment }),
        (error: unknown) => this.patch(key, { state: 'error', error: asTooLarge(error) }),
      )
      .finally(() => this.uploads.delete(key));
  }

  remove(key: string): void {
    this.uploads.get(key)?.abort();
    this.set(this.items.filter((f) => f.key !== key));
  }

  /** After the reply went out with them, the uploaded files leave the list. */
  clearSent(ids: readonly string[]): void {
    this.set(this.items.filter((f) => !f.attachment || !ids.includes(f.attachment.id)));
  }

  private patch(key: string, change: Partial<PendingFile>): void {
    if (!this.items.some((f) => f.key === key)) return;
    this.set(this.items.map((f) => (f.key === key ? { ...f, ...change } : f)));
  }

  private set(items: readonly PendingFile[]): void {
    this.items = items;
    for (const l of this.listeners) l();
  }
}

/** Checked here too, so a wrong or oversized file is explained before anything is sent. */
function refusal(file: File): ApiError | null {
  if (!ATTACHMENT_TYPES.includes(file.type)) return new ApiError(415, 'attachment_type_refused', 'type refused');
  if (file.size > MAX_ATTACHMENT_BYTES) return new ApiError(413, 'attachment_too_large', 'too large');
  return null;
}

/** The server's general body limit hits first for very large files: it means the same thing here. */
function asTooLarge(error: unknown): unknown {
  return error instanceof ApiError && error.code === 'body_too_large'
    ? new ApiError(413, 'attachment_too_large', error.message)
    : error;
}

const stores = new Map<string, PendingFiles>();
let nextKey = 0;

function storeFor(conversationId: string): PendingFiles {
  let store = stores.get(conversationId);
  if (!store) stores.set(conversationId, (store = new PendingFiles(conversationId)));
  return store;
}

export function usePendingAttachments(conversationId: string) {
  const store = storeFor(conversationId);
  const items = useSyncExternalStore(
    store.subscribe,
    useCallback(() => store.items, [store]),
  );
  return useMemo(
    () => ({
      items,
      add: (files: readonly File[]) => {
        for (const file of files) store.add(file, `f${(nextKey += 1)}`);
      },
      remove: (key: string) => store.remove(key),
      clearSent: (ids: readonly string[]) => store.clearSent(ids),
    }),
    [items, store],
  );
}

export type PendingAttachments = ReturnType<typeof usePendingAttachments>;
