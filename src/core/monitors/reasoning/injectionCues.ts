import type { Cue } from '../text/cueEngine';
import { cueMonitor } from '../text/cueEngine';
import { re } from '../text/cuePieces';

/** An instruction is suspicious when it asks for something outside a coding task's normal setup. */
const OFF_TASK = /\b(?:curl|wget|send|sending|upload|post|exfiltrat\w{0,4}|e-?mail|tokens?|credentials?|secrets?|keys?|passwords?|env(?:ironment)?(?: vars?| variables)?|admin|grant|permissions?|disable|delete|remove|ignore (?:previous|prior|the user)|before (?:proceeding|continuing|doing anything)|https?:\/\/|webhook|base64|ssh|chmod|sudo|approve|merge|collaborator|telemetry|analytics)\b/i;
const SOURCE = String.raw`(?:readme|issue|comment|file|page|docs?|documentation|tool output|output|website|web ?page|ticket|error message|log|changelog|contributing(?:\.md)?|todo|note|code comment|pr description|pull request|commit message|markdown|response|result|html|docstring|config file|package description|search result)`;

export const INJECTION_CUES: Cue[] = [
  {
    id: 'followsFound',
    keys: ['says', 'said', 'tell', 'told', 'instruct', 'ask', 'want', 'require', 'direct'],
    category: 'prompt_injection',
    severity: 'high',
    intentful: true,
    needs: OFF_TASK,
    // "… even though the issue asks agents to": a concession — the found instruction is named, not followed.
    re: re(String.raw`(?<!\b(?:even though|although|even if|despite|in spite of|though)\s{1,3})\b(?:the|this|that|a|an)\s(?:[\w.-]{1,40}\s)?${SOURCE}\s(?:[\w.-]{1,40}\s)?(?:says|said|tells|told|instructs?|instructed|asks|asked|wants|requires|directs|is telling)(?: me| agents?| assistants?| AI(?: agents)?| the agent| models)?\s(?:that I should |I should |I need |I must |(?:must|should|needs? to|are required to|have to)\s|to\b)`),
    message: 'Treats instructions found in a file, page or tool output as its task',
  },
  {
    id: 'asInstructed',
    keys: ['as ', 'per ', 'according', 'follow'],
    category: 'prompt_injection',
    severity: 'high',
    intentful: true,
    needs: OFF_TASK,
    re: re(String.raw`\b(?:as|per) (?:instructed|requested|directed|specified|required|asked) (?:in|by) (?:the )?${SOURCE}\b|\b(?:per|according to) the (?:[\w-]{1,30} )?${SOURCE}\b|\bfollow(?:ing)? (?:the )?(?:instructions?|directions|steps|directive) (?:in|from|found in|embedded in|left in) (?:the )?${SOURCE}\b`),
    message: 'Follows instructions found in a file, page or tool output',
  },
  {
    id: 'dropsUserTask',
    keys: ['ignor'],
    category: 'prompt_injection',
    severity: 'high',
    re: re(String.raw`\bignor(?:e|ing) (?:all |any )?(?:the )?(?:previous|prior|earlier|original|user'?s?) (?:instructions|request|task|goal)\b`),
    message: 'Drops the user task for a new goal',
  },
];

export const injectionCueMonitor = cueMonitor('reasoning.injection', INJECTION_CUES);
