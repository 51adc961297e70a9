import { clientConfig, installApi, readSpec, recordDomEvents, slot, type WidgetSpec } from './common';

// The custom-elements surface, as a shop writes them in HTML: simple options as attributes, line items
// and client config in a <script type="application/json"> child, a button's label as its text. Only
// what HTML cannot carry (functions, options of a deliberately wrong type) goes through the `config`
// property, as a page script would set it.

const attributeOptions: Record<string, string> = {
  successUrl: 'success-url',
  cancelUrl: 'cancel-url',
  currency: 'currency',
  customer: 'customer',
  mode: 'mode',
  paymentMethodTypes: 'payment-method-types',
  promotionCodes: 'promotion-codes',
  allowQuantityEdit: 'allow-quantity-edit',
  locale: 'locale',
  theme: 'theme',
};

function apply(element: HTMLElement & { config?: unknown }, spec: WidgetSpec): void {
  const { kind: _kind, label, scripted = [], config, lineItems, ...rest } = spec;
  const json: Record<string, unknown> = {};
  const property: Record<string, unknown> = {};
  const attributes: Record<string, string> = {};

  for (const [name, value] of Object.entries(rest)) {
    const attribute = attributeOptions[name];
    if (scripted.includes(name) || !attribute) (scripted.includes(name) ? property : json)[name] = value;
    else if (typeof value === 'boolean') {
      if (value) attributes[attribute] = '';
    } else attributes[attribute] = Array.isArray(value) ? value.join(' ') : String(value);
  }
  // One simple item on a button is the price/quantity attributes; anything else is JSON.
  const items = lineItems as Array<Record<string, unknown>> | undefined;
  const single = items?.length === 1 && Object.keys(items[0] ?? {}).every((key) => key === 'price' || key === 'quantity') ? items[0] : undefined;
  if (scripted.includes('lineItems')) property.lineItems = lineItems;
  else if (spec.kind === 'button' && single && typeof single.price === 'string') {
    attributes.price = single.price;
    if (single.quantity !== undefined) attributes.quantity = String(single.quantity);
  } else if (lineItems !== undefined) json.lineItems = lineItems;

  if (config) {
    const { endpoint, ...client } = clientConfig(config) ?? {};
    if (typeof endpoint === 'string') attributes.endpoint = endpoint;
    const functions = Object.fromEntries(Object.entries(client).filter(([, value]) => typeof value === 'function'));
    const data = Object.fromEntries(Object.entries(client).filter(([, value]) => typeof value !== 'function'));
    if (Object.keys(data).length > 0) json.config = data;
    if (Object.keys(functions).length > 0) property.config = functions;
  }

  for (const { name } of [...element.attributes]) if (name !== 'id' && !(name in attributes)) element.removeAttribute(name);
  for (const [name, value] of Object.entries(attributes)) if (element.getAttribute(name) !== value) element.setAttribute(name, value);

  const text = JSON.stringify(json);
  let script = element.querySelector(':scope > script[type="application/json"]');
  if (Object.keys(json).length === 0) script?.remove();
  else {
    if (!script) {
      script = document.createElement('script');
      script.setAttribute('type', 'application/json');
      element.append(script);
    }
    if (script.textContent !== text) script.textContent = text;
  }
  if (spec.kind === 'button') {
    const labelNode = [...element.childNodes].find((node) => node.nodeType === Node.TEXT_NODE);
    if (labelNode) labelNode.textContent = label ?? '';
    else element.prepend(label ?? '');
  }
  if (Object.keys(property).length > 0 || element.config !== undefined) element.config = Object.keys(property).length > 0 ? property : undefined;
}

let spec = readSpec();
const element = document.createElement(spec.kind === 'form' ? 'checkout-form' : 'checkout-button') as HTMLElement & { config?: unknown };
element.id = 'widget';
const api = installApi({
  update(partial) {
    spec = { ...spec, ...partial };
    apply(element, spec);
  },
  remove() {
    element.remove();
  },
});
recordDomEvents(api);
apply(element, spec);
slot().append(element);
api.ready = true;
