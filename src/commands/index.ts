/** The ribbon's function commands. */
export { registerCommands, COMMANDS } from './register-commands';
export { showMessage } from './show-message';
