/**
 * Passwords for the command line: the first line of standard input (`--password-stdin`, for
 * scripts), or typed on the terminal without being shown. Neither ever appears in the output.
 */
import { UsageError } from './usage-error';

/** More than any password; a longer first line is refused rather than read on and on. */
const MAX_LINE_BYTES = 64 * 1024;

/** The first line of `input` without its line ending ('' when input is empty). */
export function readFirstLine(input: NodeJS.ReadableStream = process.stdin): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    const finish = (error: Error | null, line?: string) => {
      input.removeListener('data', onData);
      input.removeListener('end', onEnd);
      input.removeListener('error', onError);
      input.pause();
      if (error) reject(error);
      else resolve(line ?? '');
    };
    const onData = (chunk: string | Buffer) => {
      text += typeof chunk === 'string' ? chunk : chunk.toString('utf8');
      const end = text.indexOf('\n');
      if (end >= 0) finish(null, text.slice(0, end).replace(/\r$/, ''));
      else if (Buffer.byteLength(text) > MAX_LINE_BYTES) finish(new UsageError('the first line of standard input is too long for a password'));
    };
    const onEnd = () => finish(null, text.replace(/\r$/, ''));
    const onError = (error: Error) => finish(error);
    input.on('data', onData);
    input.on('end', onEnd);
    input.on('error', onError);
    input.resume();
  });
}

/** Asks on the terminal; what is typed is not echoed. Ctrl-C or Ctrl-D on an empty line cancels. */
export function promptHidden(prompt: string, input: NodeJS.ReadStream = process.stdin, output: NodeJS.WritableStream = process.stderr): Promise<string> {
  if (!input.isTTY) return Promise.reject(new UsageError('no terminal to ask for the password on (use --password-stdin)'));
  return new Promise((resolve, reject) => {
    let typed = '';
    const finish = (error: Error | null) => {
      input.removeListener('data', onData);
      input.setRawMode(false);
      input.pause();
      output.write('\n');
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (chunk: string | Buffer) => {
      for (const char of typeof chunk === 'string' ? chunk : chunk.toString('utf8')) {
        if (char === '\r' || char === '\n') return finish(null);
        if (char === '\u0003' || (char === '\u0004' && typed === '')) return finish(new UsageError('cancelled'));
        if (char === '\u007f' || char === '\b') typed = [...typed].slice(0, -1).join('');
        else if (char >= ' ') typed += char;
      }
    };
    output.write(prompt);
    input.setRawMode(true);
    input.on('data', onData);
    input.resume();
  });
}
