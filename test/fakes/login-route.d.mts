export const LOGIN_HOST: string;
export const KEYS_HOST: string;
export function routeLoginHost(
  port: number,
  pem: string,
  httpPort: number,
): { hosts: string[]; restore(): void };
