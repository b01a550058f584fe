export { MicropaymentPrompt, type MicropaymentPromptProps, type MicropaymentPart } from './MicropaymentPrompt';
export { useMicropayment, type UseMicropaymentOptions, type MicropaymentState } from './useMicropayment';
export { MicropaymentDetails, type MicropaymentDetailsProps } from './MicropaymentDetails';
