import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The defaults a new Vite + React app starts with.
export default defineConfig({
  plugins: [react()],
});
