/** A set of listeners; `subscribe` returns the function that removes the listener. */
export class Subscribable<TListener extends (...args: never[]) => void = () => void> {
  protected readonly listeners = new Set<TListener>();

  subscribe = (listener: TListener): (() => void) => {
    this.listeners.add(listener);
    this.onSubscribe();
    return () => {
      this.listeners.delete(listener);
      this.onUnsubscribe();
    };
  };

  hasListeners(): boolean {
    return this.listeners.size > 0;
  }

  protected onSubscribe(): void {}

  protected onUnsubscribe(): void {}
}
