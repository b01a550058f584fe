export { UpdatePaymentModal, type UpdatePaymentModalProps, type UpdatePaymentPart } from './UpdatePaymentModal';
export {
  useUpdatePayment,
  type UseUpdatePaymentOptions,
  type UpdatePaymentState,
  type UpdatePaymentAction,
  type UpdatePaymentActionProps,
  type PaymentFormSlotProps,
} from './useUpdatePayment';
export { CardOnFile, type CardOnFileProps } from './CardOnFile';
export { PaymentGuidance, type PaymentGuidanceProps } from './PaymentGuidance';
export { PaymentFormSlot, type PaymentFormSlotContainerProps } from './PaymentFormSlot';
export type { CardDisplay } from './cardDisplay';
