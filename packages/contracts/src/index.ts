/**
 * @module @balie/contracts
 * The zod schemas shared by server, web app and widget: API requests and responses, realtime
 * messages, domain event names, roles and the error catalogue. Safe to import in the browser.
 */
export * from './errors';
export * from './roles';
export * from './events';
export * from './api';
export * from './inbox';
export * from './channels';
export * from './widget';
export * from './analysis';
export * from './analysis-api';
