/** Path of the Chromium binary the browser runs launch. */
export declare const CHROMIUM_PATH: string;
/** Launch flags of every browser run. */
export declare const CHROMIUM_ARGS: string[];
