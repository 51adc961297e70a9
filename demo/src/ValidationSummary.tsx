import type { CheckoutIssue } from 'checkout-widget/core';

/** Every problem in the settings, worded exactly as the widget reports it. */
export function ValidationSummary({ issues }: { issues: CheckoutIssue[] }) {
  return (
    <div className="pg-validation" role="status" aria-live="polite">
      {issues.length === 0 ? (
        <p className="pg-valid">Settings are valid.</p>
      ) : (
        <div className="pg-invalid">
          <p>
            <strong>
              {issues.length === 1 ? '1 setting is invalid' : `${issues.length} settings are invalid`}
            </strong>{' '}
            (the widget's own messages; it sends nothing until they are fixed):
          </p>
          <ul>
            {issues.map((issue, index) => (
              <li key={index}>
                <code>{issue.path || '(root)'}</code> {issue.message}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
