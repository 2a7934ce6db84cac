import type { HardenableContents, HardenableSession } from '../../../electron/shell/security';

type ContentsListener = (...args: never[]) => unknown;
type RequestHandler = Parameters<HardenableSession['setPermissionRequestHandler']>[0];
type CheckHandler = Parameters<HardenableSession['setPermissionCheckHandler']>[0];
type DeviceHandler = Parameters<HardenableSession['setDevicePermissionHandler']>[0];
type WindowOpenHandler = Parameters<HardenableContents['setWindowOpenHandler']>[0];

/**
 * Stand-ins for WebContents and Session that record what the hardening code installs, so tests can
 * call the recorded handlers the way Electron would. Only the members hardening uses exist.
 */
export function fakeContents() {
  const listeners = new Map<string, ContentsListener[]>();
  let windowOpen: WindowOpenHandler | undefined;
  const contents = {
    setWindowOpenHandler(handler: WindowOpenHandler) {
      windowOpen = handler;
    },
    on(event: string, listener: ContentsListener) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return contents;
    },
  };
  return {
    contents: contents as unknown as HardenableContents,
    windowOpenHandler: () => windowOpen,
    listeners: (event: string) => listeners.get(event) ?? [],
  };
}

/** An event whose preventDefault is observable, shaped like Electron's navigation events. */
export function fakeEvent(url = '') {
  const event = {
    url,
    prevented: false,
    preventDefault() {
      event.prevented = true;
    },
  };
  return event;
}

export function fakeSession() {
  const recorded: {
    request?: RequestHandler;
    check?: CheckHandler;
    device?: DeviceHandler;
    beforeRequest?: (details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void;
  } = {};
  const session = {
    setPermissionRequestHandler(handler: RequestHandler) {
      recorded.request = handler;
    },
    setPermissionCheckHandler(handler: CheckHandler) {
      recorded.check = handler;
    },
    setDevicePermissionHandler(handler: DeviceHandler) {
      recorded.device = handler;
    },
    webRequest: {
      onBeforeRequest(handler: NonNullable<typeof recorded.beforeRequest>) {
        recorded.beforeRequest = handler;
      },
    },
  };
  return { session: session as unknown as HardenableSession, recorded };
}
