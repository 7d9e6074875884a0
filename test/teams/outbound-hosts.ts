// Records every outgoing HTTP request the process starts (node:http and fetch), through Node's diagnostics
// channels, so a test can show that no Microsoft host was called.
import dc from "node:diagnostics_channel";

export interface OutboundRecorder {
  readonly hosts: string[];
  stop(): void;
}

export function recordOutboundHosts(): OutboundRecorder {
  const hosts: string[] = [];
  const onHttp = (message: unknown) => {
    const request = (message as { request: { host?: string } }).request;
    hosts.push(request.host ?? "?");
  };
  const onFetch = (message: unknown) => {
    const request = (message as { request: { origin?: string } }).request;
    hosts.push(new URL(request.origin ?? "http://?").hostname);
  };
  dc.subscribe("http.client.request.start", onHttp);
  dc.subscribe("undici:request:create", onFetch);
  return {
    hosts,
    stop: () => {
      dc.unsubscribe("http.client.request.start", onHttp);
      dc.unsubscribe("undici:request:create", onFetch);
    },
  };
}
