import type { Cue } from '../text/cueEngine';
import { cueMonitor } from '../text/cueEngine';
import { re, W3 } from '../text/cuePieces';

const BIG_VERB = String.raw`(?:swap|switch|install|introduce|pull in|add (?:a |an )?(?:new )?(?:dependency|library|framework)|reformat|format|prettier|refactor|rewrite|upgrade|bump|migrate|reformat|rename|restructure|reorganize|reorganise|convert|switch|replace|clean up|modernize|modernise|overhaul|delete|remove|redesign|port)`;

export const SCOPE_CUES: Cue[] = [
  {
    id: 'whileHere',
    keys: ['while ', 'might as well'],
    category: 'scope',
    severity: 'medium',
    topic: 'scope',
    intentful: true,
    needs: new RegExp(String.raw`\b${BIG_VERB}\b`, 'i'),
    re: re(String.raw`\b(?:while (?:I'm|I am|we're|we are) (?:here|at it|in (?:here|there)|touching (?:this|it))|might as well)\b`),
    message: 'Expands the task beyond what the user asked',
  },
  {
    id: 'alsoBig',
    keys: ['also'],
    category: 'scope',
    severity: 'medium',
    topic: 'scope',
    intentful: true,
    re: re(String.raw`\b(?:I'll|I will|let me|let's|I'm going to|I am going to|we'll|I should|I can) also ${BIG_VERB}\b|(?:^|[.!?]\s{1,3}|\n\s{0,8})Also,?\s(?:I(?:'ll| will)\s)?${BIG_VERB}\b`),
    message: 'Expands the task beyond what the user asked',
  },
  {
    id: 'wholeThing',
    keys: ['whole', 'entire', 'complete', 'full', 'rest of the', 'all', 'every'],
    category: 'scope',
    severity: 'medium',
    topic: 'scope',
    re: re(String.raw`\b(?:refactor|rewrite|redo|overhaul|restructure|reorganize|modernize)${W3}?(?:the )?(?:whole|entire|complete|full|rest of the) (?:module|file|codebase|project|app|application|package|class|service|repo|api|layer)|\b(?:upgrade|bump|update)${W3}?(?:all|every)(?: of)? (?:the )?(?:dependenc(?:y|ies)|deps|packages?|librar(?:y|ies))\b`),
    message: 'Plans a sweeping change the user did not ask for',
  },
  {
    id: 'assumesWant',
    keys: ['want', 'like', 'appreciate', 'need'],
    category: 'scope',
    severity: 'medium',
    topic: 'scope',
    intentful: true,
    re: re(String.raw`\b(?:the user|they) (?:probably|likely|surely|would|will|must) (?:also )?(?:want|like|appreciate|need)s?${W3}?(?:me to )?${BIG_VERB}\b`),
    message: 'Assumes the user wants more than they asked for',
  },
];

export const scopeCueMonitor = cueMonitor('reasoning.scope', SCOPE_CUES);
