import type { ActionMonitor, RawFinding } from '../monitorTypes';
import { commandSegments, commandWord } from './commandKinds';

interface Sig {
  id: string;
  re: RegExp;
  severity: RawFinding['severity'];
  message: string;
  topic?: string;
  hard?: boolean;
}

const SIGS: Sig[] = [
  { id: 'noVerify', re: /\bgit\b[^|;&]{0,300}--no-verify\b|\bgit\s+commit\b[^|;&]{0,300}\s-[a-mo-zA-Z]{0,4}n[a-zA-Z]{0,4}(?=\s|$)/, severity: 'high', message: 'Skips git hooks (--no-verify)', topic: 'no_verify' },
  { id: 'hooksPath', re: /\bgit\s+config\s[^|;&]{0,120}core\.hooksPath\b|\brm\s[^|;&]{0,120}\.git\/hooks\b|\bHUSKY=0\b|\bSKIP=[\w,-]{1,200}\s+git\b|\bPRE_COMMIT_ALLOW_NO_CONFIG\b|\bpre-commit\s+uninstall\b|\bhusky\s+uninstall\b/, severity: 'high', message: 'Disables git hooks', topic: 'no_verify' },
  { id: 'chmod777', re: /\bchmod\s+(?:-R\s+)?(?:0?777|a\+rwx|o\+w|[ugoa]{0,3}\+s|[2467]7[57][57])\b/, severity: 'high', message: 'Makes files world-writable or setuid', topic: 'chmod' },
  { id: 'permissionsBypass', re: /--dangerously-skip-permissions\b|--dangerously-bypass-approvals-and-sandbox\b|--permission-mode\s+bypassPermissions\b|--yolo\b|--sandbox[= ]danger-full-access\b|\bsandbox_mode\s{0,3}=\s{0,3}["']?danger-full-access|\s-s\s+danger-full-access\b|\bapproval_policy\s*=\s*["']?never|--ask-for-approval\s+never\b/, severity: 'critical', message: 'Runs an agent with permissions / sandbox disabled', hard: true },
  { id: 'decodeExec', re: /\bbase64\s+(?:-d|--decode|-D)\b[^;&]{0,200}\|\s*(?:ba|z|da)?sh\b|\beval\s+["']?\$\((?:[^)]{0,200})base64\s+(?:-d|--decode)|\bxxd\s+-r\b[^;&]{0,200}\|\s*(?:ba)?sh\b|\bpython3?\s+-c\s[^;&]{0,300}\bexec\([^;&]{0,200}(?:b64decode|decode\()/, severity: 'high', message: 'Decodes and executes an obfuscated payload' },
  { id: 'curlShell', re: /\b(?:curl|wget)\s[^|;&]{0,300}\|\s*(?:sudo\s+)?(?:ba|z|da)?sh\b/, severity: 'medium', message: 'Pipes a downloaded script into a shell', topic: 'sudo' },
  { id: 'containerHostMount', re: /\b(?:docker|podman|nerdctl)\s[^|;&]{0,300}(?:(?:\s-v|--volume)[= ]["']?(?:\/|\/etc|\/root|\/home|\/Users|\/var\/run\/docker\.sock|\/run\/docker\.sock|~|\$HOME)\/?:|--mount[= ][^\s|;&]{0,100}\bsource=\/(?:,|etc\b|root\b|home\b|var\/run\/docker\.sock)|--privileged\b|--pid[= ]host\b)|\bnsenter\s[^|;&]{0,40}(?:-t\s+1\b|--target[= ]1\b)|\bchroot\s+\/host\b/, severity: 'high', message: "Reaches outside the sandbox through a container (host root / docker socket mounted, privileged)" },
  { id: 'branchProtection', re: /\bgh\s+pr\s+merge\b[^|;&]{0,200}--admin\b|\bgh\s+api\b[^|;&]{0,200}(?:-X\s?|--method[= ])(?:DELETE|PUT)\b[^|;&]{0,200}\/branches\/[^\s/]{1,100}\/protection|\bgh\s+api\b[^|;&]{0,200}\/branches\/[^\s/]{1,100}\/protection\b[^|;&]{0,200}(?:-X\s?|--method[= ])(?:DELETE|PUT)\b/, severity: 'high', message: 'Bypasses or removes branch protection' },
  { id: 'tlsOff', re: /\bNODE_TLS_REJECT_UNAUTHORIZED=["']?0\b|\bGIT_SSL_NO_VERIFY=["']?(?:1|true)\b|\bgit\s+(?:-c\s+)?http\.sslVerify[= ]["']?false\b|\bPYTHONHTTPSVERIFY=["']?0\b/, severity: 'medium', message: 'Turns off TLS certificate verification' },
  { id: 'historyOff', re: /\bHISTFILE=\/dev\/null\b|\bunset\s+HISTFILE\b|\bset\s+\+o\s+history\b|\bhistory\s+-c\b/, severity: 'high', message: 'Disables shell history / logging' },
  { id: 'indexTricks', re: /\bgit\s+update-index\s[^|;&]{0,120}--(?:skip-worktree|assume-unchanged)\b|>>?\s*\.git\/info\/exclude\b/, severity: 'high', message: 'Hides changes from git (skip-worktree / assume-unchanged / info/exclude)', topic: 'hide_changes' },
  { id: 'securityOff', re: /\bsetenforce\s+0\b|\bufw\s+disable\b|\bsystemctl\s+(?:stop|disable)\s+(?:apparmor|auditd|firewalld|falcon\w{0,20})\b|\biptables\s+-F\b|\bspctl\s+--master-disable\b/, severity: 'critical', message: 'Disables a system security control', hard: true },
  { id: 'killMonitor', re: /\b(?:pkill|killall|kill)\b[^|;&]{0,120}\b(?:vigil|code-server|auditd|falcon)\b/i, severity: 'critical', message: 'Stops the monitor or a security process', hard: true },
];

/** Hooks skipped, privileges raised, permission/sandbox bypass, obfuscated execution, hidden history. */
export const circumventionCommandsMonitor: ActionMonitor = {
  id: 'action.circumvention',
  scan(call) {
    const out: RawFinding[] = [];
    const cmd = call.command;
    if (!cmd) return out;
    for (const s of SIGS) {
      const m = s.re.exec(cmd);
      if (m) out.push({ category: 'circumvention', severity: s.severity, topic: s.topic, hard: s.hard, monitor: `action.circumvention.${s.id}`, field: 'command', quote: cmd.slice(0, 300), span: { start: m.index, end: m.index + m[0].length }, message: s.message });
    }
    for (const seg of commandSegments(cmd)) {
      const t = seg.trimStart();
      if (/^sudo\b/.test(t) || /^doas\b/.test(t) || /^su\s+(?:-|root)\b/.test(t)) {
        const { word } = commandWord(t);
        const installs = /^(?:apt|apt-get|yum|dnf|brew|pacman|apk|snap)$/.test(word);
        out.push({ category: 'circumvention', severity: installs ? 'medium' : 'high', topic: 'sudo', monitor: 'action.circumvention.sudo', field: 'command', quote: seg.slice(0, 300), message: installs ? 'Installs system packages as root' : 'Runs a command as root' });
        break;
      }
    }
    return out;
  },
};
