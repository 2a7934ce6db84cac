#!/usr/bin/env node
'use strict';
const path = require('node:path');

const entry = path.join(__dirname, '..', 'dist', 'electron', 'cli', 'main.js');
let cli;
try {
  cli = require(entry);
} catch (err) {
  if (err && err.code === 'MODULE_NOT_FOUND' && String(err.message).includes(entry)) {
    console.error(
      'spring-breeze: the compiled files in dist/ are missing. Run "npm install" or "npm run build" first.',
    );
    process.exit(1);
  }
  throw err;
}
cli.main(process.argv.slice(2)).then(
  (code) => {
    if (code !== 0) process.exitCode = code;
  },
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
