// Electron fuses for packaged builds, flipped by electron-builder's `afterPack` hook: after the app is copied in and
// before signing, since flipping changes the binary. Every fuse is set explicitly (strictlyRequireAllFuses), so an
// Electron upgrade that adds one fails the build instead of shipping it at its default.
import { join } from 'node:path';
import { flipFuses, FuseV1Options, FuseVersion } from '@electron/fuses';

/** Fuse → wanted state, by FuseV1Options name. */
export const fuseSettings = {
  // The packaged binary never runs as plain Node: ELECTRON_RUN_AS_NODE would turn it into a signed Node.
  RunAsNode: false,
  // Cookies on disk are encrypted with the OS keychain.
  EnableCookieEncryption: true,
  // NODE_OPTIONS and --inspect would let anything that can set the environment or arguments inject code.
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  // Only resources/app.asar is loaded, and (macOS, Windows) only if it matches the hash recorded at packaging.
  EnableEmbeddedAsarIntegrityValidation: true,
  OnlyLoadAppFromAsar: true,
  // Electron's defaults: one V8 snapshot, WebAssembly trap handlers on.
  LoadBrowserProcessSpecificV8Snapshot: false,
  WasmTrapHandlers: true,
  // Pages come from app://switchboard/ (serveAppProtocol), never file://, so file: needs no extra privileges.
  GrantFileProtocolExtraPrivileges: false,
};

/** The @electron/fuses config for one platform (macOS needs its ad-hoc signature redone after the flip). */
export function fuseConfig(platform) {
  const config = { version: FuseVersion.V1, strictlyRequireAllFuses: true, resetAdHocDarwinSignature: platform === 'darwin' };
  for (const [name, enabled] of Object.entries(fuseSettings)) config[FuseV1Options[name]] = enabled;
  return config;
}

/** The Electron binary electron-builder just laid out (same naming as its own packager.addElectronFuses). */
export function electronBinary(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  if (electronPlatformName === 'linux') return join(appOutDir, packager.executableName);
  const ext = electronPlatformName === 'win32' ? '.exe' : '.app';
  return join(appOutDir, `${packager.appInfo.productFilename}${ext}`);
}

/** electron-builder's afterPack hook (`afterPack: ./scripts/packaging/fuses.mjs`). */
export async function afterPack(context) {
  const binary = electronBinary(context);
  await flipFuses(binary, fuseConfig(context.electronPlatformName));
  console.log(`  • fuses flipped in ${binary}`);
}
