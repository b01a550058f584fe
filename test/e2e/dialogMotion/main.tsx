// One controlled dialog from the library's parts, with the shipped stylesheet: the test opens
// it, closes it, and looks at what is left on screen while (and after) it animates out.
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { DialogClose, DialogDescription, DialogRoot, DialogTitle } from '../../../src/components/index';
import '../../../src/theme/styles.css';

function App() {
  const [open, setOpen] = useState(false);
  return (
    <main>
      <button type="button" onClick={() => setOpen(true)}>
        Fix billing
      </button>
      <p data-testid="state">{open ? 'open' : 'closed'}</p>
      <DialogRoot open={open} onOpenChange={setOpen}>
        <DialogTitle>Payment needed</DialogTitle>
        <DialogDescription>Your card was declined by the bank.</DialogDescription>
        <DialogClose>Not now</DialogClose>
      </DialogRoot>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
