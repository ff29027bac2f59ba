import * as fs from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { describeIoError } from './sources';

/** The output cannot take more: stop processing (the message says why). */
export class OutputError extends Error {}

/** The reader of our output went away (e.g. `| head`): stop quietly. */
export class OutputClosed extends OutputError {}

/**
 * Where the results go (stdout or --out), written with backpressure: `write`
 * waits while the stream's buffer is full, so memory stays bounded however
 * slow the reader is.
 */
export class Output {
  private failure: Error | undefined;

  private constructor(private readonly stream: Writable, private readonly ownsStream: boolean) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      this.failure = e.code === 'EPIPE' ? new OutputClosed() : new OutputError(`cannot write output: ${describeIoError(e)}`);
    });
  }

  static stdout(): Output {
    return Output.to(process.stdout);
  }

  /** Writes to a stream this output does not own (it is flushed on close, not ended). */
  static to(stream: Writable): Output {
    return new Output(stream, false);
  }

  /** Opens PATH for writing now, so an unwritable path fails before any work is done. */
  static file(path: string): Output {
    let fd: number;
    try {
      fd = fs.openSync(path, 'w');
    } catch (e) {
      throw new OutputError(`cannot write ${path}: ${describeIoError(e)}`);
    }
    return new Output(fs.createWriteStream(path, { fd }), true);
  }

  async write(chunk: string | Uint8Array): Promise<void> {
    if (this.failure) throw this.failure;
    if (!this.stream.write(chunk)) await this.drained();
  }

  async close(): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.ownsStream) {
      const finished = once(this.stream, 'finish');
      this.stream.end();
      await finished;
    } else if (this.stream.writableLength) {
      // (stdout is not ours to end: wait until what was written is flushed. 'drain' comes only after a write found the
      // buffer full, so waiting for it could hang; an empty write's callback runs once every write before it is done)
      await new Promise<void>(resolve => this.stream.write('', () => resolve()));
    }
    if (this.failure) throw this.failure;
  }

  private async drained(): Promise<void> {
    try {
      await once(this.stream, 'drain');
    } catch {
      // `once` rejects on 'error'; the listener above has recorded it.
    }
    if (this.failure) throw this.failure;
  }
}
