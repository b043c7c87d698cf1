/** Types for fuses.mjs, which the packaging unit test checks. */
import type { FuseV1Config } from '@electron/fuses';

export declare const fuseSettings: Readonly<Record<string, boolean>>;
export declare function fuseConfig(platform: string): FuseV1Config;
export interface PackContext {
  appOutDir: string;
  electronPlatformName: string;
  packager: { executableName?: string; appInfo: { productFilename: string } };
}
export declare function electronBinary(context: PackContext): string;
export declare function afterPack(context: PackContext): Promise<void>;
