import { fileURLToPath } from 'node:url';

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The dependencies are installed one folder up, shared with the Vite app and the types check.
  turbopack: { root: fileURLToPath(new URL('..', import.meta.url)) },
};

export default nextConfig;
