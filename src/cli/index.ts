export { runCli, EXIT, defaultOutput, type CliIo } from './run-cli';
export { parseArgs, HELP, type CliArgs } from './parse-args';
export { jsonReport, type JsonReport } from './json-report';
export { printReport } from './print-report';
