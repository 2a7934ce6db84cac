import { describe, expect, it, vi } from 'vitest';
import type { ChannelName } from '../../../shared/contract/channels';
import type { Result } from '../../../shared/contract/result';
import { createInvokeRelay, type InvokeEventLike } from '../../../electron/shell/ipc-relay';
import { isTrustedSender, type FrameLike } from '../../../electron/shell/security';

function frame(overrides: Partial<FrameLike> = {}): FrameLike {
  return { url: 'app://renderer/index.html', parent: null, processId: 7, routingId: 1, ...overrides };
}

const mainFrame = frame();

describe('isTrustedSender', () => {
  it('accepts the top frame of our window on the app origin, whatever the route', () => {
    expect(isTrustedSender(frame(), mainFrame)).toBe(true);
    expect(isTrustedSender(frame({ url: 'app://renderer/index.html#/enterprises?id=1' }), mainFrame)).toBe(
      true,
    );
    // The same frame object, as Electron usually hands it out.
    expect(isTrustedSender(mainFrame, mainFrame)).toBe(true);
  });

  it('refuses a subframe, even one on our origin', () => {
    expect(isTrustedSender(frame({ parent: mainFrame, routingId: 2 }), mainFrame)).toBe(false);
    // A child that claims the main frame's ids is still a child.
    expect(isTrustedSender(frame({ parent: mainFrame }), mainFrame)).toBe(false);
  });

  it('refuses a top frame that is not our window’s', () => {
    expect(isTrustedSender(frame({ processId: 8 }), mainFrame)).toBe(false);
    expect(isTrustedSender(frame({ routingId: 9 }), mainFrame)).toBe(false);
  });

  it('refuses our frame once it shows another origin', () => {
    for (const url of [
      'https://example.com/',
      'http://127.0.0.1:3000/index.html',
      'file:///C:/app/dist/renderer/index.html',
      'app://evil/index.html',
      'app://renderer:8080/index.html',
      'app://user@renderer/index.html',
      'about:blank',
      'data:text/html,<script>1</script>',
      '',
    ]) {
      expect(isTrustedSender(frame({ url }), frame({ url })), url).toBe(false);
    }
  });

  it('refuses a frame that is gone (null) or a window without a main frame', () => {
    expect(isTrustedSender(null, mainFrame)).toBe(false);
    expect(isTrustedSender(undefined, mainFrame)).toBe(false);
    expect(isTrustedSender(frame(), null)).toBe(false);
  });
});

describe('invoke relay', () => {
  const ok: Result<unknown> = { ok: true, data: { version: '0.1.0' } };

  function relay(options: { mainFrame?: FrameLike | null } = {}) {
    const invoke = vi.fn((_channel: ChannelName, _input: unknown) => Promise.resolve(ok));
    const handler = createInvokeRelay<InvokeEventLike>({
      backend: { invoke },
      mainFrame: () => (options.mainFrame === undefined ? mainFrame : options.mainFrame),
    });
    return { handler, invoke };
  }

  it('forwards a trusted request for a contract channel to the backend', async () => {
    const { handler, invoke } = relay();
    await expect(handler({ senderFrame: frame() }, 'app.info', {})).resolves.toEqual(ok);
    expect(invoke).toHaveBeenCalledExactlyOnceWith('app.info', {});
  });

  it.each([
    ['a subframe', frame({ parent: mainFrame, routingId: 2 })],
    ['another origin', frame({ url: 'https://example.com/' })],
    ['file://', frame({ url: 'file:///tmp/index.html' })],
    ['a destroyed frame', null],
  ])('answers %s with a forbidden error and never reaches the backend', async (_name, senderFrame) => {
    const { handler, invoke } = relay();
    const result = await handler({ senderFrame }, 'app.info', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(invoke).not.toHaveBeenCalled();
  });

  it('refuses everything while the window has no main frame (closed or not yet created)', async () => {
    const { handler, invoke } = relay({ mainFrame: null });
    expect(await handler({ senderFrame: frame() }, 'app.info', {})).toMatchObject({ ok: false });
    expect(invoke).not.toHaveBeenCalled();
  });

  it.each(['no.such', '__proto__', 'constructor', 'toString', '', 42, null, { name: 'app.info' }])(
    'refuses the unknown channel %j from a trusted sender',
    async (channel) => {
      const { handler, invoke } = relay();
      const result = await handler({ senderFrame: frame() }, channel, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
      expect(invoke).not.toHaveBeenCalled();
    },
  );

  it('answers a channel main handles itself without the backend, and turns its throw into a Result', async () => {
    const invoke = vi.fn(() => Promise.resolve(ok));
    const handler = createInvokeRelay<InvokeEventLike>({
      backend: { invoke },
      mainFrame: () => mainFrame,
      shellHandlers: {
        'app.info': () => Promise.reject(new Error('printer on fire')),
      },
    });
    const result = await handler({ senderFrame: frame() }, 'app.info', {});
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'internal', params: { detail: 'printer on fire' } },
    });
    expect(invoke).not.toHaveBeenCalled();
  });
});
