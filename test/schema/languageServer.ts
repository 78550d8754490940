/**
 * A yaml-language-server (the server behind the VS Code YAML extension) started over stdio,
 * as an editor starts it, with just the requests the schema tests need.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node.js';

/** A completion item as the server returns it (the fields the tests read). */
export interface CompletionItem {
  readonly label: string;
  readonly documentation?: string | { readonly value: string };
}

/** A published diagnostic (the fields the tests read). */
export interface PublishedDiagnostic {
  readonly message: string;
  readonly range: { readonly start: { readonly line: number; readonly character: number } };
}

/** A running server with one open document at a time. */
export interface LanguageServer {
  /** Opens `text` as the document at `file` and waits for the server's diagnostics of it. */
  open(file: string, text: string): Promise<readonly PublishedDiagnostic[]>;
  /** Completions at a 0-based line and character of the open document. */
  complete(file: string, line: number, character: number): Promise<readonly CompletionItem[]>;
  stop(): Promise<void>;
}

/** Starts the server with every `.yaml` document mapped to `schemaFile`. */
export async function startLanguageServer(schemaFile: string): Promise<LanguageServer> {
  const require = createRequire(import.meta.url);
  const server: ChildProcess = spawn(process.execPath, [require.resolve('yaml-language-server/bin/yaml-language-server'), '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
  // The server may be gone before a last write lands (it exits on `exit`): a write to its closed
  // stdin is no test failure, and must not surface as an unhandled rejection.
  server.stdin!.on('error', () => undefined);
  const connection: MessageConnection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
  const notify = (method: string, params?: object): void => {
    void connection.sendNotification(method, params).catch(() => undefined);
  };
  const settings = { yaml: { validate: true, completion: true, hover: true, schemas: { [pathToFileURL(schemaFile).href]: ['*.yaml'] } } };
  const waiting = new Map<string, (d: readonly PublishedDiagnostic[]) => void>();
  connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) => params.items.map((i) => (i.section === 'yaml' ? settings.yaml : i.section ? null : settings)));
  connection.onRequest('client/registerCapability', () => null);
  connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: PublishedDiagnostic[] }) => waiting.get(p.uri)?.(p.diagnostics));
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: { workspace: { configuration: true }, textDocument: { completion: { completionItem: { documentationFormat: ['plaintext'] } } } },
  });
  notify('initialized', {});
  notify('workspace/didChangeConfiguration', { settings });
  let version = 0;
  return {
    open(file, text) {
      const uri = pathToFileURL(file).href;
      const published = new Promise<readonly PublishedDiagnostic[]>((resolve) => waiting.set(uri, resolve));
      notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: ++version, text } });
      return published;
    },
    async complete(file, line, character) {
      const result = (await connection.sendRequest('textDocument/completion', { textDocument: { uri: pathToFileURL(file).href }, position: { line, character } })) as { items: CompletionItem[] } | CompletionItem[] | null;
      return Array.isArray(result) ? result : (result?.items ?? []);
    },
    async stop() {
      await connection.sendRequest('shutdown').catch(() => undefined);
      await connection.sendNotification('exit').catch(() => undefined);
      connection.dispose();
      server.kill();
    },
  };
}
