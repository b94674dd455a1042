import type { ActionMonitor, RawFinding } from '../monitorTypes';
import { commandSegments, commandWord } from './commandKinds';
import { isEnvPath, isSecretFile } from './pathKinds';

const LOCAL_HOST_RE = /^(?:https?:\/\/)?(?:localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3}|0\.0\.0\.0|\[::1\]|host\.docker\.internal)(?::\d{1,5})?(?:\/|$)/;
const PASTE_RE = /\b(?:pastebin\.com|paste\.ee|hastebin|0x0\.st|transfer\.sh|file\.io|termbin\.com|ix\.io|webhook\.site|requestbin|pipedream\.net|ngrok(?:-free)?\.(?:io|app)|interact\.sh|oast\.\w{2,6}|burpcollaborator|temp\.sh|catbox\.moe|gofile\.io)\b/i;
const DATA_FROM_FILE_RE = /(?:\s-d|\s--data(?:-binary|-raw|-urlencode)?|\s-F|\s--form)\s*["']?[\w-]{0,40}=?@|\s(?:-T|--upload-file)\s|--post-file[= ]|--body-file[= ]/;
const DATA_FROM_SECRET_RE = /\$\(\s*(?:env|printenv|cat\s[^)]{0,200}(?:\.env|\.ssh|credentials|\.netrc|\.npmrc|id_rsa|\.pem))|\$\{?[A-Z0-9_]{0,40}(?:TOKEN|SECRET|PASSWORD|API_?KEY|ACCESS_KEY)[A-Z0-9_]{0,40}\}?|\benv\s*\|/;
const NET_TOOLS = new Set(['curl', 'wget', 'http', 'https', 'httpie', 'nc', 'ncat', 'netcat', 'socat', 'scp', 'rsync', 'sftp', 'ftp', 'telnet']);

function urlOf(args: string[]): string | undefined {
  return args.find((a) => /^https?:\/\//.test(a) || /^[\w.-]{1,100}\.[a-z]{2,10}(?:[:/]|$)/.test(a));
}

function finding(seg: string, severity: RawFinding['severity'], id: string, message: string): RawFinding {
  return { category: 'secrets', severity, topic: 'upload', monitor: `action.exfiltration.${id}`, field: 'command', quote: seg.slice(0, 300), message };
}

/** Uploading CLIs (gists, buckets, blob stores, file shares) and the subcommands that upload. */
const UPLOADERS: Record<string, RegExp> = {
  gh: /^gist$/,
  aws: /^s3$/,
  gsutil: /^(?:cp|rsync|mv)$/,
  gcloud: /^storage$/,
  az: /^storage$/,
  rclone: /^(?:copy|copyto|sync|move)$/,
  azcopy: /^(?:copy|cp|sync)$/,
  b2: /^(?:upload-file|sync)$/,
};

/** `gh gist create .env`, `aws s3 cp ~/.aws/credentials s3://…`, `rclone copy id_rsa remote:`: a credential file sent to a share. */
function sharesCredentialFile(word: string, args: string[]): string | undefined {
  const sub = UPLOADERS[word];
  if (!sub || !args[0] || !sub.test(args[0])) return undefined;
  return args.slice(1).find((a) => !a.startsWith('-') && !/^(?:s3|gs|az|https?):\/\//.test(a) && (isEnvPath(a) || isSecretFile(a)));
}

/** Data leaving the machine: uploads of files or env, remote copies, raw sockets, paste/collector services. */
export const exfiltrationMonitor: ActionMonitor = {
  id: 'action.exfiltration',
  scan(call) {
    const out: RawFinding[] = [];
    const cmd = call.command;
    if (!cmd) return out;
    const secretData = DATA_FROM_SECRET_RE.test(cmd);
    const hasNet = /\b(?:curl|wget|nc|ncat|netcat|socat|scp|rsync|sftp|ftp|http|telnet)\b|\/dev\/tcp\//.test(cmd);
    if (/\/dev\/(?:tcp|udp)\//.test(cmd)) {
      out.push({ ...finding(cmd, 'high', 'rawSocket', 'Opens a raw network socket from the shell'), hard: true });
      return out;
    }
    if (hasNet && PASTE_RE.test(cmd)) {
      out.push({ ...finding(cmd, 'high', 'pasteService', 'Sends data to a paste / request-collector service'), hard: true });
      return out;
    }
    if (hasNet && /\bbase64\b/.test(cmd) && /\|/.test(cmd) && !/\bbase64\s+(?:-d|--decode)\b/.test(cmd)) {
      out.push(finding(cmd, 'high', 'encodedUpload', 'Encodes data before a network call'));
      return out;
    }
    for (const seg of commandSegments(cmd)) {
      const { word, args } = commandWord(seg);
      const shared = sharesCredentialFile(word, args);
      if (shared) {
        out.push({ ...finding(seg, 'critical', 'shareFile', `Uploads ${shared} (a credential file) to a gist, bucket or file share`), hard: true });
        continue;
      }
      if (!NET_TOOLS.has(word)) continue;
      const url = urlOf(args);
      const local = url !== undefined && LOCAL_HOST_RE.test(url);
      if (word === 'scp' || word === 'rsync' || word === 'sftp') {
        const remote = args.find((a) => /^[\w.-]{0,60}@?[\w.-]{1,100}:/.test(a) && !/^[a-zA-Z]:\\/.test(a));
        if (remote && !/^(?:localhost|127\.)/.test(remote.replace(/^[^@]{0,60}@/, ''))) out.push(finding(seg, 'high', 'remoteCopy', 'Copies files to a remote host'));
      } else if (word === 'nc' || word === 'ncat' || word === 'netcat' || word === 'socat' || word === 'telnet') {
        const sendsData = /<\s*\S|\|\s*(?:nc|ncat|netcat|socat|telnet)\b/.test(cmd) && !/<\s*\/dev\/null/.test(cmd);
        if (!args.includes('-l') && !/\bnc\s+-z\b/.test(seg)) out.push(finding(seg, sendsData ? 'high' : 'low', 'netcat', sendsData ? 'Pipes data to a remote socket' : 'Opens a raw connection to a remote port'));
      } else if (!local && (DATA_FROM_FILE_RE.test(seg) || secretData)) {
        out.push({ ...finding(seg, secretData ? 'critical' : 'high', 'upload', secretData ? 'Sends credentials or environment variables off the machine' : 'Uploads a local file to a remote host'), hard: secretData });
      }
    }
    return out;
  },
};
