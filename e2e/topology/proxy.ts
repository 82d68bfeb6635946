import http from 'node:http';

// The drill's reverse proxy (what Caddy or nginx is in a deployment): node:http, one request to
// each instance in turn, X-Forwarded-For appended (the instances trust 127.0.0.1 through
// NADZOR_TRUSTED_PROXIES), and a response header naming the instance that answered, so the
// journey can tell. A request may name its instance (X-Topology-Pin) when a step must happen on a
// given one; everything else alternates.

export const INSTANCE_HEADER = 'x-topology-instance';
export const PIN_HEADER = 'x-topology-pin';

export type TUpstream = { name: string; port: number };

export function startProxy({ port, upstreams }: { port: number; upstreams: TUpstream[] }) {
  let turn = 0;
  const served = new Map<string, number>(upstreams.map((u) => [u.name, 0]));
  const agent = new http.Agent({ keepAlive: true });
  const server = http.createServer((req, res) => {
    const pin = req.headers[PIN_HEADER];
    const target = upstreams.find((u) => u.name === pin) ?? upstreams[turn++ % upstreams.length];
    served.set(target.name, served.get(target.name)! + 1);
    const headers = { ...req.headers };
    delete headers[PIN_HEADER];
    const peer = req.socket.remoteAddress ?? '';
    headers['x-forwarded-for'] = headers['x-forwarded-for'] ? `${String(headers['x-forwarded-for'])}, ${peer}` : peer;
    headers['x-forwarded-proto'] = 'http';
    const upstream = http.request({ host: '127.0.0.1', port: target.port, method: req.method, path: req.url, headers, agent }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, { ...answer.headers, [INSTANCE_HEADER]: target.name });
      answer.pipe(res);
    });
    upstream.on('error', (error) => {
      if (!res.headersSent) res.writeHead(502, { 'Content-Type': 'text/plain', [INSTANCE_HEADER]: target.name });
      res.end(`proxy: instance ${target.name} failed: ${error.message}\n`);
    });
    req.pipe(upstream);
  });
  return {
    served,
    listening: new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    }),
    close: () =>
      new Promise<void>((resolve) => {
        agent.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
