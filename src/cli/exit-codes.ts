// The exit-code contract (documented in the README).

export const EXIT_OK = 0; //          every input was processed
export const EXIT_FAILED = 1; //      some input could not be processed; the others were still printed
export const EXIT_USAGE = 2; //       bad options or arguments; nothing was processed
export const EXIT_INTERRUPTED = 130; // SIGINT (128 + 2, the shell's convention); no half-written file is left
