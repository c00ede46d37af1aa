#!/usr/bin/env node
import 'reflect-metadata';
import { runKg } from './kg-main';

// A reader that stops early (`kg export | head`) closes the pipe: nothing is left to do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

runKg(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }).then(
  (code) => {
    // Commands that serve (kg serve) keep the process alive; the others end with their code.
    if (code !== 0) process.exit(code);
  },
  (error: unknown) => {
    // Not a KgError: a bug. Show the stack.
    process.stderr.write(`kg: ${(error as Error).stack}\n`);
    process.exit(1);
  },
);
