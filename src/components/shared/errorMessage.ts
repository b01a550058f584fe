/** The human text of a thrown value: an `Error`'s message, a string, or an object's `message`; else `undefined`. */
export function getErrorMessage(thrown: unknown): string | undefined {
  const message =
    typeof thrown === 'string'
      ? thrown
      : typeof thrown === 'object' && thrown !== null && 'message' in thrown
        ? thrown.message
        : undefined;
  return typeof message === 'string' && message.trim() !== '' ? message.trim().slice(0, 300) : undefined;
}
