import { useEffect, useId, useState } from 'react';

/** Clipboard API where allowed (secure contexts), else the old selection-based copy. */
async function copyText(text: string): Promise<void> {
  if (navigator.clipboard && window.isSecureContext) {
    try {
      await navigator.clipboard.writeText(text);
      return;
    } catch {
      // Permission refused (e.g. an embedded frame): try the fallback below.
    }
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  const done = document.execCommand('copy');
  area.remove();
  if (!done) throw new Error('copy refused');
}

/** Copies a snippet and says so, visibly and through a polite live region. */
export function CopyButton({ text, what }: { text: string; what: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const statusId = useId();
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 2500);
    return () => clearTimeout(timer);
  }, [state]);
  return (
    <span className="pg-copy">
      <button
        type="button"
        className="pg-button"
        aria-describedby={statusId}
        onClick={() => copyText(text).then(() => setState('copied'), () => setState('failed'))}
      >
        Copy {what}
      </button>
      <span id={statusId} className={state === 'failed' ? 'pg-copy-status pg-copy-failed' : 'pg-copy-status'} role="status" aria-live="polite">
        {state === 'copied' ? 'Copied to the clipboard' : state === 'failed' ? 'Could not copy: select the code and copy it by hand' : ''}
      </span>
    </span>
  );
}
