/**
 * Browser mode's access token: read once from `?token=` in the page address, kept in
 * sessionStorage (so a reload still works) and removed from the visible address.
 */
export const TOKEN_KEY = 'vanban.token';

export interface TokenEnvironment {
  href: string;
  storage: Pick<Storage, 'getItem' | 'setItem'>;
  replaceUrl(url: string): void;
}

export function takeToken(env: TokenEnvironment): string | null {
  const url = new URL(env.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    try {
      env.storage.setItem(TOKEN_KEY, fromUrl);
    } catch {
      // Storage may be unavailable (private mode); the token still works for this page.
    }
    url.searchParams.delete('token');
    env.replaceUrl(url.pathname + url.search + url.hash);
    return fromUrl;
  }
  try {
    return env.storage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}
