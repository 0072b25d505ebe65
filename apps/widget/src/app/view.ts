import type { WidgetMessage, WidgetPublicConfig } from '@balie/contracts';
import type { WidgetApi } from './api';
import type { Texts } from './texts';

export interface View {
  root: HTMLElement;
  list: HTMLElement;
  typing: HTMLElement;
  status: HTMLElement;
  form: HTMLFormElement;
  input: HTMLTextAreaElement;
  email: HTMLInputElement;
  file: HTMLInputElement;
  close: HTMLButtonElement;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Record<string, unknown> = {},
  ...children: Node[]
): HTMLElementTagNameMap[K] {
  const node: HTMLElementTagNameMap[K] = document.createElement(tag);
  Object.assign(node, props);
  node.append(...children);
  return node;
}

/** The panel: header, the message log, typing and status lines, and the composer. */
export function buildView(root: HTMLElement, config: WidgetPublicConfig, lang: 'nl' | 'en', t: Texts): View {
  root.style.setProperty('--primary', config.primaryColour);
  root.style.setProperty('--on-primary', config.textColour);
  const texts = config.texts[lang];
  const close = el('button', { type: 'button', className: 'close', textContent: '×' });
  close.setAttribute('aria-label', t.close);
  const header = el('header', {}, el('h1', { textContent: texts.title || t.title }), close);
  const list = el('ol', { className: 'messages' });
  list.setAttribute('role', 'log');
  list.setAttribute('aria-live', 'polite');
  list.setAttribute('aria-label', t.messages);
  list.append(el('li', { className: 'msg agent intro', textContent: texts.greeting || t.greeting }));
  if (!config.open) list.append(el('li', { className: 'msg agent away', textContent: texts.awayMessage || t.away }));
  const typing = el('p', { className: 'typing' });
  typing.setAttribute('aria-live', 'polite');
  typing.dataset.testid = 'typing';
  const status = el('p', { className: 'status' });
  status.setAttribute('role', 'status');
  const input = el('textarea', { rows: 2, maxLength: 5000, placeholder: t.input });
  input.setAttribute('aria-label', t.input);
  const email = el('input', {
    type: 'email',
    autocomplete: 'email',
    placeholder: t.email,
    hidden: config.open || !config.askEmail,
  });
  email.setAttribute('aria-label', t.email);
  const file = el('input', { type: 'file', accept: config.imageTypes.join(','), className: 'visually-hidden' });
  file.setAttribute('aria-label', t.attach);
  const attach = el('label', { className: 'attach', title: t.attach }, file, el('span', { textContent: '📎' }));
  attach.querySelector('span')!.setAttribute('aria-hidden', 'true');
  const send = el('button', { type: 'submit', className: 'send', textContent: t.send });
  const form = el('form', { className: 'composer' }, email, el('div', { className: 'row' }, attach, input, send));
  root.append(header, list, typing, status, form);
  return { root, list, typing, status, form, input, email, file, close };
}

/** One message, as text; a message seen before is updated in place (status). */
export function renderMessage(view: View, m: WidgetMessage, t: Texts, api: WidgetApi, update: boolean) {
  const existing = view.list.querySelector<HTMLElement>(`[data-id="${m.id}"]`);
  if (update && existing) {
    existing.dataset.status = m.status;
    return;
  }
  const item = el('li', { className: `msg ${m.from}` });
  item.dataset.id = m.id;
  item.dataset.status = m.status;
  if (m.from === 'agent') {
    const avatar = el('span', { className: 'avatar', textContent: m.authorInitials ?? '' });
    avatar.setAttribute('aria-hidden', 'true');
    item.append(avatar, el('span', { className: 'author', textContent: m.authorName ?? '' }));
  } else {
    item.append(el('span', { className: 'visually-hidden', textContent: `${t.you}: ` }));
  }
  if (m.body) item.append(el('p', { className: 'body', textContent: m.body }));
  for (const a of m.attachments) {
    const img = el('img', { alt: a.filename || t.image, className: 'image' });
    void api.attachmentUrl(a.id).then((url) => (img.src = url));
    item.append(img);
  }
  const time = el('time', {
    dateTime: m.createdAt,
    textContent: new Date(m.createdAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }),
  });
  item.append(time);
  view.list.append(item);
  item.scrollIntoView({ block: 'end' });
}
