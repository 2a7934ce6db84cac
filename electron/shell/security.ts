import type {
  CustomScheme,
  HandlerDetails,
  Session,
  WebContents,
  WebPreferences,
  WindowOpenHandlerResponse,
} from 'electron';
import { CHANNELS_ARG } from '../../shared/contract/bridge';

/*
 * Everything the window's security rests on, as plain values and functions over injected objects, so
 * a plain-Node unit test can check the whole checklist without launching Electron. Only `import type`
 * from 'electron' here: a runtime import would try to download the binary under Node.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'renderer';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * `standard` gives the scheme a real origin (relative URLs, storage), `secure` avoids mixed-content
 * treatment, `supportFetchAPI` lets module scripts and fetch load from it. `corsEnabled` and
 * `bypassCSP` stay off: the first would let other origins read our files, the second would switch
 * the CSP off for the whole app.
 */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
} as const satisfies CustomScheme;

/**
 * Sent as a header with every app:// response, in addition to the meta tag in index.html (both
 * apply, so the stricter wins). Inline styles are allowed because AG Grid's theming API and Recharts
 * write style elements and attributes at run time; scripts never are.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Pages allowed to open in the user's browser (links in help text); https only, matched by prefix. */
export const EXTERNAL_URL_ALLOW_LIST: readonly string[] = ['https://www.mohrss.gov.cn/'];

/**
 * The window's webPreferences. `devTools` is a parameter because the packaged app hides them while a
 * development run keeps them.
 */
export function windowWebPreferences(options: {
  preload: string;
  channelNames: readonly string[];
  devTools: boolean;
}): WebPreferences {
  return {
    preload: options.preload,
    additionalArguments: [channelsArgument(options.channelNames)],
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    enableWebSQL: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
    devTools: options.devTools,
  };
}

/** The process argument the preload reads the channel list from (see CHANNELS_ARG in the contract). */
export function channelsArgument(channelNames: readonly string[]): string {
  return `${CHANNELS_ARG}${channelNames.join(',')}`;
}

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * Node's URL gives non-special schemes the origin "null", so compare scheme and host instead of
 * `origin`. Credentials or a port would mean someone built the URL by hand: refuse them.
 */
export function isAppUrl(url: string): boolean {
  const u = parseUrl(url);
  return (
    u !== null &&
    u.protocol === `${APP_SCHEME}:` &&
    u.hostname === APP_HOST &&
    u.port === '' &&
    u.username === '' &&
    u.password === ''
  );
}

/** The part of WebFrameMain the sender check needs; fakes in tests implement just this. */
export interface FrameLike {
  readonly url: string;
  readonly parent: FrameLike | null;
  readonly processId: number;
  readonly routingId: number;
}

/**
 * An IPC message is trusted only from our window's top frame while it shows our app: not from a
 * subframe, not after a navigation elsewhere, not from a frame that has gone (`null`).
 */
export function isTrustedSender(
  frame: FrameLike | null | undefined,
  mainFrame: FrameLike | null | undefined,
): boolean {
  if (!frame || !mainFrame) return false;
  if (frame.parent !== null) return false;
  if (frame.processId !== mainFrame.processId || frame.routingId !== mainFrame.routingId) return false;
  return isAppUrl(frame.url);
}

export function isAllowedExternalUrl(
  url: string,
  allowList: readonly string[] = EXTERNAL_URL_ALLOW_LIST,
): boolean {
  const u = parseUrl(url);
  if (!u || u.protocol !== 'https:' || u.username !== '' || u.password !== '') return false;
  // Both sides re-serialised, so `https://host.evil/` or `https://host@evil/` cannot pass as `https://host/`.
  return allowList.some((prefix) => {
    const allowed = parseUrl(prefix);
    return allowed !== null && u.href.startsWith(allowed.href);
  });
}

/** Everything hardenWebContents touches; WebContents satisfies it, tests pass a recording fake. */
export type HardenableContents = Pick<WebContents, 'setWindowOpenHandler' | 'on'>;

export interface HardenDeps {
  /** `shell.openExternal`, injected so this file needs no runtime import of 'electron'. */
  openExternal: (url: string) => Promise<void>;
}

/** Shape shared by will-navigate, will-frame-navigate and will-redirect (`Event<…Params>`). */
interface NavigationEvent {
  readonly url: string;
  preventDefault(): void;
}

export function blockForeignNavigation(event: NavigationEvent): void {
  if (!isAppUrl(event.url)) event.preventDefault();
}

/** New windows are never opened; allow-listed https links go to the user's browser instead. */
export function windowOpenHandler(details: HandlerDetails, deps: HardenDeps): WindowOpenHandlerResponse {
  if (isAllowedExternalUrl(details.url)) void deps.openExternal(details.url).catch(() => undefined);
  return { action: 'deny' };
}

export function hardenWebContents(contents: HardenableContents, deps: HardenDeps): void {
  contents.setWindowOpenHandler((details) => windowOpenHandler(details, deps));
  contents.on('will-navigate', blockForeignNavigation);
  // Subframes navigate without will-navigate; we have none, so any attempt is refused the same way.
  contents.on('will-frame-navigate', blockForeignNavigation);
  contents.on('will-redirect', blockForeignNavigation);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export type HardenableSession = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'
> & { webRequest: Pick<Session['webRequest'], 'onBeforeRequest'> };

/** Schemes that reach the network; the app serves everything itself, so none of them is ever needed. */
export const REMOTE_PROTOCOLS: readonly string[] = ['http:', 'https:', 'ws:', 'wss:', 'ftp:'];

export function isRemoteUrl(url: string): boolean {
  const u = parseUrl(url);
  // Unparseable URLs are treated as remote: refusing is the safe side.
  return u === null || REMOTE_PROTOCOLS.includes(u.protocol);
}

export function hardenSession(ses: HardenableSession): void {
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  // A second line behind the navigation guards: no request of any kind leaves the machine.
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: isRemoteUrl(details.url) }));
}
