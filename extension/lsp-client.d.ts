// Type declarations for `vscode-languageclient`'s entry points, which the package maps through its
// `exports` field; this project's TypeScript module resolution (node10) does not read that field,
// while esbuild does, so only the types need pointing at the files behind them (the protocol
// packages' entry points are declared the same way in server/lsp-node.d.ts).
declare module 'vscode-languageclient/node' {
  export * from 'vscode-languageclient/lib/node/main';
}
declare module 'vscode-languageclient' {
  export * from 'vscode-languageclient/lib/common/api';
}
