/**
 * Host events to the renderer ('vanban:event', name, payload). Events raised before the
 * renderer is listening (a file from the command line, a second launch during start-up) wait
 * in a queue until the renderer has made its first host call.
 */
import type { WebContents } from 'electron';
import { HOST_EVENTS, type HostEvent, type HostEventPayload } from '../../core/host/contract';

export const EVENT_CHANNEL = 'vanban:event';

export class HostEventSender {
  private ready = false;
  private readonly queue: Array<[HostEvent, unknown]> = [];

  constructor(private readonly target: () => WebContents | null) {}

  send<E extends HostEvent>(name: E, payload: HostEventPayload<E>): void {
    const checked = HOST_EVENTS[name].parse(payload);
    if (!this.ready) {
      this.queue.push([name, checked]);
      return;
    }
    this.deliver(name, checked);
  }

  /** The renderer is listening: deliver what waited. */
  markReady(): void {
    if (this.ready) return;
    this.ready = true;
    for (const [name, payload] of this.queue.splice(0)) this.deliver(name, payload);
  }

  /** A new page load (reload): queue again until the renderer calls. */
  reset(): void {
    this.ready = false;
  }

  private deliver(name: HostEvent, payload: unknown): void {
    const contents = this.target();
    if (contents && !contents.isDestroyed()) contents.send(EVENT_CHANNEL, name, payload);
  }
}
