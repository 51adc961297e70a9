import css from '../styles/checkout-widget.css?inline';

const sheets = new Map<string, CSSStyleSheet>();

/**
 * Gives a shadow root the widget's styles (`extra`: more rules, such as the form's, which the script
 * tag ships with the form chunk). Each text is parsed once into a constructed sheet adopted by every
 * widget on the page; constructed sheets are not inline styles, so `style-src 'self'` allows them.
 */
export function adoptStyles(shadow: ShadowRoot, extra?: string): void {
  const text = extra ?? css;
  if (!text) return;
  if ('adoptedStyleSheets' in shadow && typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype) {
    let sheet = sheets.get(text);
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(text);
      sheets.set(text, sheet);
    }
    if (!shadow.adoptedStyleSheets.includes(sheet)) shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
    return;
  }
  // Browsers without constructable stylesheets (Safari < 16.4): a <style> element, which a strict CSP may block.
  const marker = extra === undefined ? 'data-checkout-widget' : 'data-checkout-widget-extra';
  if (!shadow.querySelector(`style[${marker}]`)) {
    const style = document.createElement('style');
    style.setAttribute(marker, '');
    style.textContent = text;
    if (extra === undefined) shadow.prepend(style);
    else shadow.append(style);
  }
}
