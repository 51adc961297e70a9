import css from '../styles/checkout-widget.css?inline';

let shared: CSSStyleSheet | undefined;

/**
 * Gives a shadow root the widget's styles. One constructed sheet is parsed once and adopted by every
 * widget on the page; constructed sheets are not inline styles, so `style-src 'self'` allows them.
 */
export function adoptStyles(shadow: ShadowRoot): void {
  if ('adoptedStyleSheets' in shadow && typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype) {
    if (!shared) {
      shared = new CSSStyleSheet();
      shared.replaceSync(css);
    }
    if (!shadow.adoptedStyleSheets.includes(shared)) shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, shared];
    return;
  }
  // Browsers without constructable stylesheets (Safari < 16.4): a <style> element, which a strict CSP may block.
  if (!shadow.querySelector('style[data-checkout-widget]')) {
    const style = document.createElement('style');
    style.setAttribute('data-checkout-widget', '');
    style.textContent = css;
    shadow.prepend(style);
  }
}
