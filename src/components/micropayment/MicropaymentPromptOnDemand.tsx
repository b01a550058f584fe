import { useEffect, useState } from 'react';
import { loadedMicropaymentPrompt, loadMicropaymentPrompt } from './loadMicropaymentPrompt';
import type { MicropaymentPromptProps } from './MicropaymentPrompt';

/**
 * `MicropaymentPrompt` for the host: rendered at once when its chunk is in memory, else (nothing
 * shown meanwhile) as soon as it arrives. Not `lazy` + `<Suspense>`, which holds back a reveal
 * even when the chunk is loaded.
 */
export function MicropaymentPromptOnDemand(props: MicropaymentPromptProps) {
  const [Loaded, setLoaded] = useState(loadedMicropaymentPrompt);
  useEffect(() => {
    if (Loaded) return;
    let active = true;
    loadMicropaymentPrompt().then(
      (prompt) => {
        if (active) setLoaded(() => prompt);
      },
      () => {},
    );
    return () => {
      active = false;
    };
  }, [Loaded]);
  return Loaded ? <Loaded {...props} /> : null;
}
