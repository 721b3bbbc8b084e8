/* Entry of the ribbon's function file (commands.html): registers the buttons once Office is ready. */
import { officeHost } from '../excel';
import { registerCommands } from './register-commands';

Office.onReady(() => {
  registerCommands(Office, officeHost(), new URL('message.html', window.location.href).toString());
});
