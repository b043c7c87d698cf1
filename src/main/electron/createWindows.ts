/**
 * The shell's windows: each opens "as" a user (or on the sign-in screen) with a sandboxed, isolated renderer and
 * the preload's frame bridge. Also the registry the IPC server asks whether a sender is one of ours.
 */
import { BrowserWindow, nativeTheme, type WebContents } from 'electron';
import { createLogger } from '../kernel/logger';
import type { AppOrigin } from './appOrigin';

/** The open windows and how to open more. */
export interface Windows {
  /** Opens a window signed in as `userId` (on `route`, default the agents view), or on the sign-in screen without one. */
  open(userId?: string, route?: string): BrowserWindow;
  /** True for the webContents of a window opened here (and not yet closed). */
  isOurs(contents: WebContents): boolean;
  all(): BrowserWindow[];
  /** When `window` last had focus (epoch ms; 0 if never): which of a user's windows a notification brings forward. */
  focusedAt(window: BrowserWindow): number;
  /** Brings a window forward, opening one on the sign-in screen when none is left. */
  reveal(): void;
}

export interface WindowsOptions {
  origin: AppOrigin;
  /** Absolute path of the built preload (out/preload/index.cjs). */
  preload: string;
}

const logger = createLogger('switchboard:electron:windows');

export function createWindows(options: WindowsOptions): Windows {
  const byContentsId = new Map<number, BrowserWindow>();
  const lastFocus = new WeakMap<BrowserWindow, number>();

  function open(userId?: string, route?: string): BrowserWindow {
    const window = new BrowserWindow({
      width: 1280,
      height: 820,
      minWidth: 760,
      minHeight: 480,
      title: 'Switchboard',
      show: false,
      backgroundColor: nativeTheme.shouldUseDarkColors ? '#111317' : '#ffffff',
      webPreferences: {
        preload: options.preload,
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webSecurity: true,
        spellcheck: false,
      },
    });
    const id = window.webContents.id;
    byContentsId.set(id, window);
    window.once('closed', () => byContentsId.delete(id));
    window.on('focus', () => lastFocus.set(window, Date.now()));
    // Shown once painted, so a new window never flashes blank.
    window.once('ready-to-show', () => window.show());
    const url = options.origin.pageUrl(userId, route);
    window.loadURL(url).catch((error: unknown) => logger.error(`could not load ${url}`, error));
    return window;
  }

  return {
    open,
    // WebContents ids are never reused while the app runs, so the id alone identifies one of ours.
    isOurs: (contents) => byContentsId.has(contents.id),
    all: () => [...byContentsId.values()],
    focusedAt: (window) => lastFocus.get(window) ?? 0,
    reveal() {
      const window = BrowserWindow.getFocusedWindow() ?? [...byContentsId.values()].at(-1);
      if (!window) {
        open();
        return;
      }
      if (window.isMinimized()) window.restore();
      window.show();
      window.focus();
    },
  };
}
