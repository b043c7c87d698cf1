/** Types for findElectron.mjs, which the Electron shell tests share with `npm start`. */
export declare const electronDir: string;
export declare function findElectron(): { binary: string; reason?: undefined } | { binary?: undefined; reason: string };
