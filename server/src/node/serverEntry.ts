/** Entry of dist/server.js, the process the VS Code client starts: the language server and nothing else. */
import { main } from './main';

main();
