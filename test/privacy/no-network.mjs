// Preload for privacy tests: `node --import ./test/privacy/no-network.mjs bin/fitcheck.js …`.
// Every network entry point (sockets, TLS, DNS, HTTP(S), HTTP/2, UDP, fetch, WebSocket) throws, and
// every file-system call that names a path is traced, one line per call, to $FITCHECK_TRACE:
//   net <what>            a network attempt (also thrown, in case the caller swallows the error)
//   fs <op> <abs path>    a file-system call; ops that write are prefixed "write:"
import dgram from 'node:dgram';
import dns from 'node:dns';
import fs from 'node:fs';
import http from 'node:http';
import http2 from 'node:http2';
import https from 'node:https';
import { syncBuiltinESMExports } from 'node:module';
import net from 'node:net';
import { resolve } from 'node:path';
import tls from 'node:tls';

const TRACE = process.env.FITCHECK_TRACE;
const append = fs.appendFileSync.bind(fs);
let logging = false; // appendFileSync itself calls the (traced) writeFileSync
const log = (line) => {
  if (!TRACE || logging) return;
  logging = true;
  try {
    append(TRACE, line.replace(/\n/g, '\\n') + '\n');
  } finally {
    logging = false;
  }
};

function forbid(owner, name, label) {
  if (typeof owner?.[name] !== 'function') return;
  owner[name] = function forbidden() {
    log(`net ${label}`);
    throw new Error(`network access is forbidden in this test (${label})`);
  };
}

for (const name of ['connect', 'createConnection', 'createServer']) forbid(net, name, `net.${name}`);
forbid(net.Socket.prototype, 'connect', 'net.Socket#connect');
for (const name of ['connect', 'createServer']) forbid(tls, name, `tls.${name}`);
for (const name of ['request', 'get', 'createServer']) {
  forbid(http, name, `http.${name}`);
  forbid(https, name, `https.${name}`);
}
forbid(http2, 'connect', 'http2.connect');
forbid(dgram, 'createSocket', 'dgram.createSocket');
for (const name of Object.keys(dns)) if (/^(lookup|resolve)/.test(name)) forbid(dns, name, `dns.${name}`);
for (const name of Object.keys(dns.promises))
  if (/^(lookup|resolve)/.test(name)) forbid(dns.promises, name, `dns.promises.${name}`);
forbid(dns.Resolver.prototype, 'resolve', 'dns.Resolver#resolve');
forbid(globalThis, 'fetch', 'fetch');
if (typeof globalThis.WebSocket === 'function') {
  globalThis.WebSocket = function WebSocket() {
    log('net WebSocket');
    throw new Error('network access is forbidden in this test (WebSocket)');
  };
}

const READS = [
  'open',
  'readFile',
  'createReadStream',
  'stat',
  'lstat',
  'exists',
  'access',
  'readdir',
  'opendir',
  'realpath',
  'readlink',
];
const WRITES = [
  'writeFile',
  'appendFile',
  'createWriteStream',
  'mkdir',
  'mkdtemp',
  'rename',
  'rm',
  'rmdir',
  'unlink',
  'copyFile',
  'cp',
  'symlink',
  'link',
  'truncate',
  'chmod',
  'chown',
  'utimes',
];

function trace(owner, name, op) {
  const original = owner?.[name];
  if (typeof original !== 'function') return;
  owner[name] = function traced(path, ...rest) {
    if (typeof path === 'string' || path instanceof URL || Buffer.isBuffer(path)) {
      const p = path instanceof URL ? path.pathname : String(path);
      log(`fs ${op} ${resolve(p)}`);
      if (name === 'rename' || name === 'renameSync' || name === 'copyFile' || name === 'copyFileSync')
        log(`fs ${op} ${resolve(String(rest[0]))}`);
    }
    return original.call(this, path, ...rest);
  };
}

for (const [list, prefix] of [
  [READS, ''],
  [WRITES, 'write:'],
]) {
  for (const base of list) {
    trace(fs, base, prefix + base);
    trace(fs, `${base}Sync`, prefix + base);
    trace(fs.promises, base, prefix + base);
  }
}
syncBuiltinESMExports();
