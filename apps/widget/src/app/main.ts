/**
 * The chat app inside the loader's iframe. Messages are rendered with textContent only (visitor
 * and agent text is never HTML). It keeps the last event number it saw and reconnects after it,
 * dropping anything it already has by message id: nothing is lost, nothing shows twice.
 */
import type { WidgetMessage, WidgetPublicConfig } from '@balie/contracts';
import { ApiError, WidgetApi, type ServerMessage } from './api';
import { TEXTS, type Texts } from './texts';
import { buildView, renderMessage, type View } from './view';

const params = new URLSearchParams(location.search);
const token = params.get('token') ?? '';
const page = params.get('page') ?? '';
let lang: 'nl' | 'en' = params.get('lang') === 'en' ? 'en' : 'nl';
const api = new WidgetApi(token, page);
const storageKey = `balie:${token}`;

const known = new Map<string, WidgetMessage>();
let lastSeq = 0;
let view: View;
let t: Texts = TEXTS[lang];
let config: WidgetPublicConfig;
let socket: WebSocket | undefined;
let retry = 0;

function store(): Storage | undefined {
  try {
    return localStorage;
  } catch {
    return undefined; // storage blocked: the chat lasts as long as the page
  }
}

function add(message: WidgetMessage) {
  const had = known.get(message.id);
  known.set(message.id, message);
  renderMessage(view, message, t, api, had !== undefined);
  if (message.from === 'agent' && message.status !== 'read' && document.visibilityState === 'visible') {
    void api.read(message.id).catch(() => undefined);
  }
}

function connect() {
  const ws = api.socket(lastSeq);
  socket = ws;
  ws.onopen = () => {
    retry = 0;
    view.status.textContent = '';
  };
  ws.onmessage = (e) => {
    const m = JSON.parse(String(e.data)) as ServerMessage;
    if (m.kind === 'message') {
      lastSeq = Math.max(lastSeq, m.seq);
      add(m.message);
    } else if (m.kind === 'typing') {
      view.typing.textContent = m.typing ? t.typing(m.name) : '';
      if (m.typing) setTimeout(() => (view.typing.textContent = ''), 6000);
    } else if (m.kind === 'seen') {
      view.list.dataset.seen = 'true';
    }
  };
  ws.onclose = (e) => {
    if (socket !== ws || held) return;
    if (e.code === 4401) return void restartSession();
    if (e.code === 4403) return;
    view.status.textContent = t.offline;
    setTimeout(connect, Math.min(30_000, 500 * 2 ** retry++));
  };
}

/**
 * A network drop, for the browser test: the socket closes and stays down until `restore`; then
 * the app reconnects after the last event it saw, as after a real outage. Only there when the
 * server says test hooks are on (BALIE_WIDGET_TEST_HOOKS=1, which the browser test sets).
 */
let held = false;
if (document.querySelector('meta[name="balie-test-hooks"][content="on"]')) {
  (window as unknown as { balieNetwork: object }).balieNetwork = {
    drop: () => ((held = true), socket?.close()),
    restore: () => ((held = false), connect()),
  };
}

async function restartSession() {
  store()?.removeItem(storageKey);
  api.visitorToken = '';
  await ensureSession();
  identify();
  connect();
}

async function ensureSession() {
  api.visitorToken = store()?.getItem(storageKey) ?? '';
  if (!api.visitorToken) {
    api.visitorToken = (await api.session()).visitorToken;
    store()?.setItem(storageKey, api.visitorToken);
  }
}

function clientId(): string {
  return `w${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;
}

function showError(err: unknown) {
  const code = err instanceof ApiError ? err.code : '';
  view.status.textContent =
    code === 'attachment_too_large' || code === 'body_too_large'
      ? t.tooLarge
      : code === 'attachment_type_refused' || code === 'unsupported_media_type'
        ? t.wrongType
        : code === 'rate_limited'
          ? t.tooFast
          : t.failed;
}

async function sendText(text: string) {
  const id = clientId();
  const email = view.email.value.trim();
  view.status.textContent = t.sending;
  // The same client id on a retry: the server stores the message once.
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const { message } = await api.send({ clientMessageId: id, text, ...(email ? { email } : {}) });
      view.status.textContent = '';
      add(message);
      return;
    } catch (err) {
      if (err instanceof ApiError && err.status < 500) return showError(err);
      await new Promise((r) => setTimeout(r, 1000 * (attempt + 1)));
    }
  }
  view.status.textContent = t.failed;
}

let typingSent = 0;
let typingTimer: ReturnType<typeof setTimeout> | undefined;
function typing(now: boolean) {
  if (socket?.readyState !== WebSocket.OPEN) return;
  if (now && Date.now() - typingSent < 2500) return;
  typingSent = now ? Date.now() : 0;
  socket.send(JSON.stringify({ kind: 'typing', typing: now }));
}

/** The page's signed-in customer; sent once the visitor has a session (the hello comes first). */
let identity: object | undefined;
let hasSession = false;
function identify(who?: object) {
  if (who) identity = who;
  if (identity && hasSession) void api.identify(identity).catch(() => undefined);
}

async function main() {
  window.parent.postMessage({ type: 'balie:ready' }, page || '*');
  window.addEventListener('message', (event) => {
    // Only the page that framed us (its origin vouched for by the browser) may speak to the app.
    if (event.source !== window.parent || event.origin !== page) return;
    const data = event.data as { type?: string; lang?: 'nl' | 'en'; identity?: object };
    if (data.type === 'balie:hello' && data.identity) identify(data.identity);
    if (data.type === 'balie:focus') view?.input.focus();
  });
  config = await api.config();
  lang =
    params.get('lang') === 'en' || params.get('lang') === 'nl' ? (params.get('lang') as 'nl' | 'en') : config.defaultLanguage;
  t = TEXTS[lang];
  document.documentElement.lang = lang;
  view = buildView(document.getElementById('chat')!, config, lang, t);
  view.close.addEventListener('click', () => window.parent.postMessage({ type: 'balie:close' }, page));
  view.form.addEventListener('submit', (e) => {
    e.preventDefault();
    const text = view.input.value.trim();
    if (!text) return;
    view.input.value = '';
    typing(false);
    void sendText(text);
  });
  view.input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.shiftKey) {
      e.preventDefault();
      view.form.requestSubmit();
    }
  });
  view.input.addEventListener('input', () => {
    typing(view.input.value.length > 0);
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => typing(false), 4000);
  });
  view.file.addEventListener('change', () => {
    const file = view.file.files?.[0];
    view.file.value = '';
    if (!file) return;
    if (!config.imageTypes.includes(file.type)) return void (view.status.textContent = t.wrongType);
    if (file.size > config.maxImageBytes) return void (view.status.textContent = t.tooLarge);
    api.image(clientId(), file).then(({ message }) => add(message), showError);
  });
  await ensureSession();
  const history = await api.history().catch(async (err) => {
    if (err instanceof ApiError && err.code === 'invalid_visitor_token') {
      store()?.removeItem(storageKey);
      api.visitorToken = '';
      await ensureSession();
      return api.history();
    }
    throw err;
  });
  hasSession = true;
  identify();
  lastSeq = history.lastSeq;
  for (const m of history.messages) add(m);
  view.root.setAttribute('aria-busy', 'false');
  connect();
}

void main();
