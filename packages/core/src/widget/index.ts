/**
 * @module @balie/core/widget
 * The website chat widget's use-cases: finding a widget by its public token, a visitor's messages
 * (theirs and the replies, never notes or other threads), storing what a visitor writes through
 * recordInbound, identifying a signed-in customer, read receipts, and the admin's widget settings.
 */
export {
  findWidget,
  listWidgets,
  getWidget,
  createWidget,
  updateWidgetSettings,
  replaceIdentitySecret,
  type WidgetAdminView,
} from './widgets';
export { listVisitorMessages, loadVisitorMessage, readVisitorAttachment } from './list-visitor-messages';
export { recordVisitorMessage, WIDGET_IMAGE_TYPES } from './record-visitor-message';
export { identifyVisitor, userIdentity } from './identify-visitor';
export { markVisitorRead } from './mark-visitor-read';
export { conversationThread, currentVisitorConversation } from './visitor-thread';
export type { VisitorScope } from './visitor-message-row';
