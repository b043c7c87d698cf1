/**
 * How the IPC transport names a page's connection: `webContentsId:frameId`, so main can find the window behind a
 * kernel connection (notifications, focus) without the kernel knowing about windows.
 */
export function pageId(webContentsId: number, frameId: number): string {
  return `${webContentsId}:${frameId}`;
}

/** The webContents id of an IPC connection id, or undefined for other transports' ids (`ws:3`). */
export function webContentsIdOf(connectionId: string): number | undefined {
  const match = /^(\d+):\d+$/.exec(connectionId);
  return match ? Number(match[1]) : undefined;
}
