/**
 * The Balie loader: `<script src="https://balie.example/widget.js" data-balie="TOKEN" async>`.
 * It puts a launcher button on the page and opens the chat app in an iframe from Balie's origin
 * (its styles and storage stay apart from the page). It talks to the iframe with postMessage,
 * always naming the other side's origin and checking it on what comes back.
 *
 * The page may call the API before the loader is ready (the script is async and fetches its
 * settings first): `window.Balie = window.Balie || { q: [] }; Balie.q.push(['identify', {...}])`.
 * Queued commands run in order once the widget is ready; after that `Balie.q.push` runs a
 * command at once, `Balie.identify(...)` works directly, and a `balie:ready` event fires on window.
 */
interface PublicConfig {
  primaryColour: string;
  textColour: string;
  position: 'left' | 'right';
  defaultLanguage: 'nl' | 'en';
  texts: Record<'nl' | 'en', { proactiveMessage: string }>;
  proactiveDelaySeconds: number | null;
}
interface Identity {
  userId: string;
  hash: string;
  name?: string;
  email?: string;
  customerNumber?: string;
}

type Command = [name: string, ...args: unknown[]];
interface Api {
  identify(who: Identity): void;
  open(): void;
  close(): void;
}
interface PageBalie extends Partial<Api> {
  q?: { push(command: Command): unknown } | Command[];
}

const page = window as unknown as { Balie?: PageBalie };
/** Commands given before the widget is ready; `run` takes over once it is. */
const queue: Command[] = [];
let run = (command: Command) => void queue.push(command);
function takeQueue() {
  const existing = page.Balie?.q;
  if (Array.isArray(existing)) for (const command of existing.splice(0)) run(command);
  const q = { push: (...commands: Command[]) => commands.forEach((c) => run(c)) };
  const later =
    (name: keyof Api) =>
    (...args: unknown[]) =>
      run([name, ...args]);
  page.Balie = Object.assign(page.Balie ?? {}, { q, identify: later('identify'), open: later('open'), close: later('close') });
}
takeQueue();

const LABELS = {
  nl: { open: 'Chat met ons', close: 'Chat sluiten', proactive: 'Kunnen we je ergens mee helpen?', dismiss: 'Sluiten' },
  en: { open: 'Chat with us', close: 'Close chat', proactive: 'Can we help you with anything?', dismiss: 'Dismiss' },
};

function pickLanguage(fallback: 'nl' | 'en'): 'nl' | 'en' {
  const page = (document.documentElement.lang || '').toLowerCase();
  if (page) return page.startsWith('nl') ? 'nl' : page.startsWith('en') ? 'en' : fallback;
  return (navigator.languages || [navigator.language]).some((l) => l.toLowerCase().startsWith('nl')) ? 'nl' : fallback;
}

function css(el: HTMLElement, styles: Partial<CSSStyleDeclaration>) {
  Object.assign(el.style, styles);
}

async function start(script: HTMLScriptElement) {
  const token = script.dataset.balie;
  if (!token) return;
  const base = new URL(script.src).origin;
  const res = await fetch(`${base}/widget/config?token=${encodeURIComponent(token)}`, { credentials: 'omit' });
  if (!res.ok) return; // an unknown token or a page that is not allowed: no launcher
  const config = (await res.json()) as PublicConfig;
  const lang = pickLanguage(config.defaultLanguage);
  const t = LABELS[lang];
  const side = config.position === 'left' ? 'left' : 'right';

  const host = document.createElement('div');
  host.setAttribute('data-balie-widget', '');
  const root = host.attachShadow({ mode: 'open' });
  const button = document.createElement('button');
  button.type = 'button';
  button.setAttribute('aria-label', t.open);
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-haspopup', 'dialog');
  button.textContent = '💬';
  css(button, {
    position: 'fixed',
    bottom: '20px',
    [side]: '20px',
    width: '56px',
    height: '56px',
    borderRadius: '50%',
    border: 'none',
    background: config.primaryColour,
    color: config.textColour,
    fontSize: '26px',
    cursor: 'pointer',
    boxShadow: '0 4px 14px rgba(0,0,0,.25)',
    zIndex: '2147483000',
  });
  root.appendChild(button);
  document.body.appendChild(host);

  let frame: HTMLIFrameElement | undefined;
  let ready = false;
  let identity: Identity | undefined;
  let open = false;
  const post = (message: object) => frame?.contentWindow?.postMessage(message, base);
  const hello = () => post({ type: 'balie:hello', lang, identity });

  function toggle(to: boolean) {
    open = to;
    bubble?.remove();
    bubble = undefined;
    if (open && !frame) {
      frame = document.createElement('iframe');
      frame.title = t.open;
      frame.src = `${base}/widget/app?token=${encodeURIComponent(token!)}&page=${encodeURIComponent(location.origin)}&lang=${lang}`;
      frame.setAttribute('allow', 'clipboard-write');
      css(frame, {
        position: 'fixed',
        bottom: '88px',
        [side]: '20px',
        width: 'min(380px, calc(100vw - 24px))',
        height: 'min(600px, calc(100vh - 110px))',
        border: 'none',
        borderRadius: '12px',
        boxShadow: '0 8px 30px rgba(0,0,0,.3)',
        background: '#fff',
        zIndex: '2147483000',
      });
      root.appendChild(frame);
    }
    if (frame) css(frame, { display: open ? 'block' : 'none' });
    button.setAttribute('aria-expanded', String(open));
    button.setAttribute('aria-label', open ? t.close : t.open);
    button.textContent = open ? '×' : '💬';
    if (open && ready) post({ type: 'balie:focus' });
  }
  button.addEventListener('click', () => toggle(!open));

  window.addEventListener('message', (event) => {
    // Only the chat app in our own iframe speaks to the loader.
    if (event.origin !== base || !frame || event.source !== frame.contentWindow) return;
    const data = event.data as { type?: string };
    if (data.type === 'balie:ready') {
      ready = true;
      hello();
      if (open) post({ type: 'balie:focus' });
    } else if (data.type === 'balie:close') {
      toggle(false);
      button.focus();
    }
  });

  // The proactive greeting: an invitation on the page only; nothing is stored until the visitor writes.
  let bubble: HTMLElement | undefined;
  if (config.proactiveDelaySeconds) {
    setTimeout(() => {
      if (open || frame) return;
      bubble = document.createElement('div');
      bubble.setAttribute('role', 'status');
      const text = document.createElement('button');
      text.type = 'button';
      text.textContent = config.texts[lang].proactiveMessage || t.proactive;
      text.addEventListener('click', () => toggle(true));
      const dismiss = document.createElement('button');
      dismiss.type = 'button';
      dismiss.textContent = '×';
      dismiss.setAttribute('aria-label', t.dismiss);
      dismiss.addEventListener('click', () => (bubble?.remove(), (bubble = undefined)));
      css(bubble, {
        position: 'fixed',
        bottom: '88px',
        [side]: '20px',
        maxWidth: '260px',
        display: 'flex',
        gap: '6px',
        background: '#fff',
        color: '#1b1f24',
        borderRadius: '12px',
        padding: '10px 12px',
        boxShadow: '0 4px 14px rgba(0,0,0,.2)',
        font: '14px/1.4 system-ui, sans-serif',
        zIndex: '2147483000',
      });
      for (const b of [text, dismiss])
        css(b, { border: 'none', background: 'none', font: 'inherit', color: 'inherit', cursor: 'pointer', textAlign: 'left' });
      bubble.append(text, dismiss);
      root.appendChild(bubble);
    }, config.proactiveDelaySeconds * 1000);
  }

  // The website tells who its signed-in customer is (the hash is made on its server).
  const api: Api = {
    identify(who: Identity) {
      identity = who;
      if (ready) hello();
    },
    open: () => toggle(true),
    close: () => toggle(false),
  };
  run = ([name, ...args]) => {
    if (name === 'identify' || name === 'open' || name === 'close') (api[name] as (...a: unknown[]) => void)(...args);
  };
  for (const command of queue.splice(0)) run(command);
  takeQueue(); // a page that replaced `Balie` with a new `{ q: [...] }` meanwhile
  Object.assign(page.Balie!, api);
  window.dispatchEvent(new CustomEvent('balie:ready'));
}

const current = document.currentScript as HTMLScriptElement | null;
const script = current?.dataset.balie ? current : document.querySelector<HTMLScriptElement>('script[data-balie]');
if (script) {
  const go = () => void start(script).catch(() => undefined);
  if (document.body) go();
  else document.addEventListener('DOMContentLoaded', go);
}
