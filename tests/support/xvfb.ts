import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * A virtual X display, for the tests that press the extension's keyboard shortcut as a reader does: browser
 * shortcuts reach extensions only through a real window, which a headless browser does not have. Xvfb and
 * xdotool come from scripts/setup.sh (apt-get); a missing one fails the test with that advice.
 */
export interface VirtualDisplay {
  display: string;
  /** Presses keys (xdotool syntax, e.g. "alt+shift+k") in the focused browser window. */
  press(keys: string): void;
  close(): void;
}

function need(binary: string): void {
  const found = ['/usr/bin/', '/usr/local/bin/'].some((dir) => existsSync(`${dir}${binary}`));
  if (!found) throw new Error(`${binary} is missing: run bash scripts/setup.sh (it installs xvfb and xdotool)`);
}

export async function startVirtualDisplay(): Promise<VirtualDisplay> {
  need('Xvfb');
  need('xdotool');
  const number = 90 + Math.floor(Math.random() * 100);
  const display = `:${number}`;
  const server: ChildProcess = spawn('Xvfb', [display, '-screen', '0', '1280x900x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
  const env = { ...process.env, DISPLAY: display };
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      execFileSync('xdotool', ['getdisplaygeometry'], { env, stdio: 'ignore' });
      break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return {
    display,
    press(keys) {
      // No window manager runs here: focus the newest browser window directly, then type.
      const windows = execFileSync('xdotool', ['search', '--onlyvisible', '--class', 'chromium'], { env }).toString().trim().split('\n');
      const window = windows.at(-1);
      if (!window) throw new Error('no browser window on the virtual display');
      execFileSync('xdotool', ['windowfocus', '--sync', window], { env });
      execFileSync('xdotool', ['key', '--clearmodifiers', keys], { env });
    },
    close() {
      server.kill();
    },
  };
}
