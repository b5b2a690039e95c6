/**
 * A tiny element builder. Text always goes in as text nodes, so anything that
 * came from the sheet is shown, never parsed as HTML. Links are limited to the
 * schemes the pages use (tel:, mailto:, in-page #anchors).
 */
export type Child = Node | string | number | false | null | undefined | Child[];

export interface Props {
  class?: string;
  id?: string;
  href?: string;
  title?: string;
  type?: string;
  value?: string;
  placeholder?: string;
  checked?: boolean;
  disabled?: boolean;
  open?: boolean;
  role?: string;
  lang?: string;
  for?: string;
  name?: string;
  hidden?: boolean;
  data?: Record<string, string>;
  aria?: Record<string, string>;
  on?: Partial<Record<keyof HTMLElementEventMap, (ev: Event) => void>>;
}

const SAFE_HREF = /^(tel:|mailto:|#)/i;

/** True when a link target is one the pages may use. */
function safeHref(href: string): boolean {
  return SAFE_HREF.test(href);
}

function append(parent: Node, child: Child): void {
  if (child === null || child === undefined || child === false) return;
  if (Array.isArray(child)) {
    for (const c of child) append(parent, c);
    return;
  }
  parent.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props?: Props | null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props) {
    if (props.class) el.className = props.class;
    if (props.id) el.id = props.id;
    if (props.href !== undefined && safeHref(props.href)) el.setAttribute('href', props.href);
    if (props.title) el.title = props.title;
    if (props.role) el.setAttribute('role', props.role);
    if (props.lang) el.setAttribute('lang', props.lang);
    if (props.for) el.setAttribute('for', props.for);
    if (props.name) el.setAttribute('name', props.name);
    if (props.hidden) el.hidden = true;
    const input = el as unknown as HTMLInputElement;
    if (props.type) input.type = props.type;
    if (props.value !== undefined) input.value = props.value;
    if (props.placeholder) input.placeholder = props.placeholder;
    if (props.checked !== undefined) input.checked = props.checked;
    if (props.disabled !== undefined) input.disabled = props.disabled;
    if (props.open) (el as unknown as HTMLDetailsElement).open = true;
    for (const [k, v] of Object.entries(props.data ?? {})) el.dataset[k] = v;
    for (const [k, v] of Object.entries(props.aria ?? {})) el.setAttribute(`aria-${k}`, v);
    for (const [k, fn] of Object.entries(props.on ?? {})) if (fn) el.addEventListener(k, fn);
  }
  append(el, children);
  return el;
}

/** Replaces everything inside `el`. */
export function replace(el: Element, ...children: Child[]): void {
  while (el.firstChild) el.removeChild(el.firstChild);
  append(el, children);
}
