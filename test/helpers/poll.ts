// Polls a URL until its body is what a test waits for (a server starting, a rebuild landing).

/**
 * Fetches `url` until `accept` likes the body, or gives up after `seconds`. `nudge`, if given,
 * runs every few seconds meanwhile.
 */
export async function poll(url: string, accept: (body: string) => boolean, seconds: number, nudge?: () => void): Promise<string> {
  const deadline = Date.now() + seconds * 1000;
  let last = '';
  for (let round = 0; Date.now() < deadline; round++) {
    if (nudge && round % 12 === 11) nudge();
    try {
      const response = await fetch(url);
      last = await response.text();
      if (response.ok && accept(last)) return last;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} never matched; last body starts: ${last.slice(0, 200)}`);
}
