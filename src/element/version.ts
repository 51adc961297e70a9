/** The package version, exposed as `CheckoutWidget.version` (a second copy of the script checks it). Kept equal to package.json by version.test.ts. */
export const version = '0.2.0';
