export { useHandlerAction, type HandlerAction, type HandlerActionOptions, type HandlerActionStatus } from './useHandlerAction';
export type { PartAttributes, PartClassNames } from './parts';
export { ActionButton, type ActionButtonProps } from './ActionButton';
export { ActionLink, type ActionLinkProps } from './ActionLink';
export { HandlerError, type HandlerErrorProps } from './HandlerError';
export { HandlerStatus, type HandlerStatusProps } from './HandlerStatus';
export { BlockedNotice, type BlockedNoticeProps } from './BlockedNotice';
export { ServerMessage, type ServerMessageProps } from './ServerMessage';
export type { PresentationProps } from './presentationProps';
