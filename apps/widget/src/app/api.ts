import type { WidgetHistory, WidgetMessage, WidgetPublicConfig, WidgetServerMessage, WidgetSession } from '@balie/contracts';
import type { z } from 'zod';

/** The chat app's line to Balie: HTTP for sending, a socket that resumes after the last event it saw. */
export class WidgetApi {
  visitorToken = '';
  constructor(
    readonly token: string,
    readonly page: string,
  ) {}

  private headers(extra: Record<string, string> = {}): Record<string, string> {
    return {
      'x-balie-widget': this.token,
      'x-balie-page-origin': this.page,
      ...(this.visitorToken ? { 'x-balie-visitor': this.visitorToken } : {}),
      ...extra,
    };
  }

  async call<T>(method: string, path: string, body?: unknown, type = 'application/json'): Promise<T> {
    const res = await fetch(path, {
      method,
      headers: this.headers(body === undefined ? {} : { 'content-type': type }),
      ...(body === undefined ? {} : { body: body instanceof Blob ? body : JSON.stringify(body) }),
      credentials: 'omit',
    });
    if (res.status === 204) return undefined as T;
    const json = (await res.json().catch(() => ({}))) as T & { error?: { code: string } };
    if (!res.ok) throw new ApiError(json.error?.code ?? 'internal', res.status);
    return json;
  }

  config = () => this.call<WidgetPublicConfig>('GET', `/widget/config?token=${encodeURIComponent(this.token)}`);
  session = () => this.call<z.infer<typeof WidgetSession>>('POST', '/widget/session');
  history = () => this.call<z.infer<typeof WidgetHistory>>('GET', '/widget/messages');
  send = (body: { clientMessageId: string; text: string; email?: string }) =>
    this.call<{ message: WidgetMessage }>('POST', '/widget/messages', body);
  image = (clientMessageId: string, file: File) =>
    this.call<{ message: WidgetMessage }>(
      'POST',
      `/widget/images?clientMessageId=${clientMessageId}&filename=${encodeURIComponent(file.name || 'image')}`,
      file,
      file.type,
    );
  read = (messageId: string) => this.call<void>('POST', '/widget/read', { messageId });
  identify = (who: object) => this.call<void>('POST', '/widget/identify', who);
  async attachmentUrl(id: string): Promise<string> {
    const res = await fetch(`/widget/attachments/${id}`, { headers: this.headers(), credentials: 'omit' });
    return URL.createObjectURL(await res.blob());
  }

  socket(after: number): WebSocket {
    const q = new URLSearchParams({ token: this.token, visitor: this.visitorToken, page: this.page, after: String(after) });
    return new WebSocket(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/widget/socket?${q}`);
  }
}

export class ApiError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
  ) {
    super(code);
  }
}

export type ServerMessage = WidgetServerMessage;
