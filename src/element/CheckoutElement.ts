import type { CheckoutIssue } from '../core/errors';
import { attributeNames, booleanAttributes, parseAttributes, toAttributeName, toPropertyName, type AttributeName } from './attributes';
import type { WidgetKind } from './options';
import { whenContentParsed } from './ready';
import { Widget } from './Widget';

// Importing this file on a server (SSR of a page that uses the elements) must not throw.
const Base = (typeof HTMLElement === 'undefined' ? class {} : HTMLElement) as typeof HTMLElement;
const jsonConfigSelector = ':scope > script[type="application/json"]';

/**
 * Shared behaviour of <checkout-button> and <checkout-form>: attributes, the `config` property and a
 * child <script type="application/json"> become widget options (attributes win over `config`, which
 * wins over the JSON); any change re-renders once per microtask; removal unmounts and aborts.
 */
export abstract class CheckoutElement extends Base {
  static readonly observedAttributes: readonly string[] = attributeNames;
  protected abstract get kind(): WidgetKind;
  // Plain (not #private) fields: the script-tag build targets ES2020, where #private costs a WeakMap helper
  // each; `declare` ones are undefined until set, with nothing emitted for them.
  private declare _widget: Widget | undefined;
  private declare _config: unknown;
  private declare _children: MutationObserver | undefined;
  private declare _stopWaiting: (() => void) | undefined;
  /** What the widget was last rendered from: a change of props is checked once, an unchanged one not at all. */
  private declare _renderedKey: string | undefined;
  private declare _renderedConfig: unknown;
  private _scheduled = false;

  /** Complex options that attributes cannot carry: lineItems, labels, config (headers, getAccessToken, fetch…), callbacks. */
  get config(): unknown {
    return this._config;
  }
  set config(value: unknown) {
    this._config = value;
    this._schedule();
  }

  connectedCallback(): void {
    // Properties set before the script defined the element sit on the instance and hide the accessors.
    for (const name of ['config', ...attributeNames.map(toPropertyName)]) {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        const value = (this as unknown as Record<string, unknown>)[name];
        delete (this as unknown as Record<string, unknown>)[name];
        (this as unknown as Record<string, unknown>)[name] = value;
      }
    }
    this._children ??= new MutationObserver(() => this._schedule());
    this._children.observe(this, { childList: true, subtree: true, characterData: true });
    this._schedule();
  }

  disconnectedCallback(): void {
    // A move (remove + insert in one task) keeps the widget; a real removal unmounts it.
    queueMicrotask(() => {
      if (this.isConnected) return;
      this._children?.disconnect();
      this._stopWaiting?.();
      this._scheduled = false;
      this._renderedKey = undefined;
      this._widget?.destroy();
    });
  }

  /** Element.moveBefore() keeps the element connected: nothing to do, the widget keeps its state. */
  connectedMoveCallback(): void {}

  attributeChangedCallback(): void {
    this._schedule();
  }

  /**
   * Renders once per microtask of changes, as soon as the element's content is parsed: at once when
   * the script is deferred or comes after the element, else when the parser has passed its end tag
   * (its label and JSON config are complete), not on DOMContentLoaded.
   */
  private _schedule(): void {
    if (this._scheduled || !this.isConnected) return;
    this._scheduled = true;
    this._stopWaiting = whenContentParsed(this, () =>
      queueMicrotask(() => {
        this._scheduled = false;
        if (this.isConnected) this._render();
      }),
    );
  }

  private _render(): void {
    const subject = `<${this.localName}>`;
    const script = this.querySelector(jsonConfigSelector);
    const label = this.kind === 'button' ? readLabel(this) : undefined;
    const key = JSON.stringify([attributeNames.map((name) => this.getAttribute(name)), script?.textContent ?? null, label ?? null]);
    if (this._widget && key === this._renderedKey && this._config === this._renderedConfig) return;
    this._renderedKey = key;
    this._renderedConfig = this._config;
    const fromAttributes = parseAttributes((name) => this.getAttribute(name));
    let json: unknown = {};
    const issues: CheckoutIssue[] = [...fromAttributes.issues];
    if (script) {
      try {
        json = JSON.parse(script.textContent || '{}');
      } catch (error) {
        issues.push({ path: '<script type="application/json">', message: `is not valid JSON (${(error as Error).message})` });
      }
    }
    const sources = { '<script type="application/json">': json, config: this._config ?? {} };
    const options: Record<string, unknown> = {};
    for (const [path, source] of Object.entries(sources)) {
      if (typeof source !== 'object' || source === null || Array.isArray(source)) {
        issues.push({ path, message: 'must be an object such as { "lineItems": [{ "price": "price_123" }] }' });
      } else mergeOptions(options, source as Record<string, unknown>);
    }
    mergeOptions(options, fromAttributes.options);
    options.kind = this.kind;
    // A button's text is its label; a form's children are fallback content (or its JSON) and stay out of it.
    if (this.kind === 'button') options.label = label ?? options.label;
    this._widget ??= new Widget(this);
    const priceAttribute = fromAttributes.options.lineItems !== undefined;
    this._widget.render(options, { subject, issues, describeIssue: (issue) => describeForElement(issue, options, priceAttribute) });
  }
}

/** Merges option sources; `config` and `labels` merge one level deeper so an `endpoint` attribute keeps JSON headers. */
function mergeOptions(target: Record<string, unknown>, source: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(source)) {
    if (key === '__proto__') continue; // JSON.parse keeps it as a key; assigning it would swap the prototype
    const previous = target[key];
    const nested = (key === 'config' || key === 'labels') && isPlainObject(previous) && isPlainObject(value);
    target[key] = nested ? { ...(previous as object), ...(value as object) } : value;
  }
}

const isPlainObject = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The button's label: the text of its light DOM children, leaving out the JSON config. */
function readLabel(host: Element): string | undefined {
  let text = '';
  for (const node of host.childNodes) {
    if (node.nodeType === Node.TEXT_NODE || (node.nodeType === Node.ELEMENT_NODE && (node as Element).localName !== 'script')) text += node.textContent;
  }
  return text.replace(/\s+/g, ' ').trim() || undefined;
}

/** Issues in the words of the markup: `success-url` rather than `successUrl`, `price` for a missing line item. */
function describeForElement(issue: CheckoutIssue, options: Record<string, unknown>, priceAttribute: boolean): CheckoutIssue {
  // Only when there are no line items at all: lineItems of the wrong type is named as it is.
  if (issue.path === 'lineItems' && options.lineItems === undefined) {
    return { path: 'price', message: 'is required: add price="price_123", or "lineItems" in a <script type="application/json"> child or the config property' };
  }
  const [head = '', ...rest] = issue.path.split(/(?=[.[])/);
  const attribute = toAttributeName(head) as AttributeName;
  let path = attributeNames.includes(attribute) ? attribute + rest.join('') : issue.path === 'config.endpoint' ? 'endpoint' : issue.path;
  if (priceAttribute && /^lineItems\[0\]\.(price|quantity)$/.test(issue.path)) path = issue.path.slice('lineItems[0].'.length);
  return { path, message: issue.message };
}

// Every attribute is also a property: `el.successUrl = '/thanks'`, `el.paymentMethodTypes = ['card']`, `el.disabled = true`.
for (const attribute of attributeNames) {
  const isBoolean = booleanAttributes.includes(attribute);
  Object.defineProperty(CheckoutElement.prototype, toPropertyName(attribute), {
    configurable: true,
    enumerable: true,
    get(this: HTMLElement) {
      return isBoolean ? this.hasAttribute(attribute) && this.getAttribute(attribute) !== 'false' : this.getAttribute(attribute);
    },
    set(this: HTMLElement, value: unknown) {
      if (value === null || value === undefined || value === false) this.removeAttribute(attribute);
      else this.setAttribute(attribute, value === true ? '' : Array.isArray(value) ? value.join(' ') : String(value));
    },
  });
}

/** `<checkout-button price="price_123" success-url="/thanks">Buy now</checkout-button>` */
export class CheckoutButtonElement extends CheckoutElement {
  protected get kind(): WidgetKind {
    return 'button';
  }
}

/** `<checkout-form success-url="/thanks"><script type="application/json">{"lineItems": […]}</script></checkout-form>` */
export class CheckoutFormElement extends CheckoutElement {
  protected get kind(): WidgetKind {
    return 'form';
  }
}

export interface CheckoutElement {
  endpoint: string | null;
  price: string | null;
  quantity: string | null;
  successUrl: string | null;
  cancelUrl: string | null;
  mode: string | null;
  currency: string | null;
  customer: string | null;
  paymentMethodTypes: string | null;
  promotionCodes: string | null;
  trialPeriodDays: string | null;
  allowQuantityEdit: boolean;
  disabled: boolean;
  locale: string | null;
  theme: string | null;
  target: string | null;
}
