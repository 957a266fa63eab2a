/**
 * The Node-side code the end-to-end tests run in their own process: the browser-mode server,
 * the engine's document reader and the plan generator. Bundled by esbuild before the run
 * (node-bundle.ts), because the engine imports JSON data, which Node's ESM loader (used by
 * Playwright for this "type": "module" package) refuses without import attributes.
 */
export { startBrowserModeServer } from '../../../electron/server/server';
export { parseDocumentFile, serializeDocument } from '../../../core/file/document-file';
export { generatePlan } from '../../../bench/generate-plan';
export { filledTemplateDocument } from '../../check/helpers';
