/** The ribbon's function commands. */
export { registerCommands, COMMANDS } from './register-commands';
export { showMessage, showDialog } from './show-message';
export { describeRun } from './command-result';
