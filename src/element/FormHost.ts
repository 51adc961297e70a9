import { CheckoutError } from '../core/errors';
import type { CheckoutFormProps } from '../react/CheckoutForm';
import type { FormView } from './formView';
import { loadFormView } from './loadFormView';
import { mirrorParts } from './parts';
import { adoptStyles } from './styles';

/**
 * A form widget whose code is not loaded yet: React, react-hook-form and CheckoutForm arrive with the
 * first form on the page (one download, shared by every form). The latest props wait for it; a file
 * that cannot be loaded is reported once through `onLoadError`.
 */
export class FormHost {
  private declare view: FormView | undefined;
  private declare props: CheckoutFormProps;
  private declare parts: MutationObserver | undefined;
  private destroyed = false;

  constructor(
    private readonly container: HTMLElement,
    onLoadError: (error: CheckoutError) => void,
  ) {
    container.setAttribute('aria-busy', 'true');
    loadFormView().then(
      ({ mountFormView, formCss }) => {
        if (this.destroyed) return;
        container.removeAttribute('aria-busy');
        // The script tag ships the form's rules with the form; bundles have them all in the main sheet.
        if (formCss) adoptStyles(container.getRootNode() as ShadowRoot, formCss);
        // React renders data-part only; `part` (for ::part()) is mirrored onto it.
        this.parts = mirrorParts(container.getRootNode() as ShadowRoot);
        this.view = mountFormView(container);
        this.view.render(this.props);
      },
      (cause: unknown) => {
        if (this.destroyed) return;
        container.removeAttribute('aria-busy');
        onLoadError(new CheckoutError('network', cause instanceof Error ? cause.message : String(cause), { cause, retryable: false }));
      },
    );
  }

  render(props: CheckoutFormProps): void {
    this.props = props;
    this.view?.render(props);
  }

  destroy(): void {
    this.destroyed = true;
    this.view?.unmount();
    this.parts?.disconnect();
    this.container.removeAttribute('aria-busy');
  }
}
