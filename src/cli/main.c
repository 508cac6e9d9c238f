/* sayasat: the command line. One file per command; this one dispatches. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const char usage[] =
    "usage: sayasat [--lexicons DIR] COMMAND [OPTIONS] [PATH...|-]\n"
    "\n"
    "commands:\n"
    "  score   [PATH...|-]   score documents: themes, weights, coverage, "
    "evidence\n"
    "          --format jsonl|csv|tsv|table  (default: table on a terminal, "
    "else jsonl)\n"
    "  filter  --theme T[,T...] [--min-coverage X] [PATH...|-]\n"
    "          pass through the records that cover a theme (exit 0 if any, 1 "
    "if none)\n"
    "  quotes  [PATH...|-]   quotations: document, speaker, stance, themes, "
    "words\n"
    "  stem    [--lang ru|kk]  stem one word a line from standard input\n"
    "  eval-stem GOLD.tsv [--lang kk|ru] [--format text|json]\n"
    "          conflation precision/recall/F1, UI, OI of the stemmer on "
    "form<TAB>lemma\n"
    "          lines, with the identity and prefix-truncation baselines\n"
    "  eval    --gold GOLD.tsv DIR [--split S] [--format text|json]\n"
    "          theme precision, recall, F1 against hand-coded gold, by "
    "language\n"
    "  lexicon lint [DIR]    check the lexicons: syntax, regexes, duplicates, "
    "collisions\n"
    "  lexicon stats [DIR] [--format text|json]   entries per theme, "
    "language, kind\n"
    "  lexicon import-liwc FILE.dic [--lang ru|kk] -o DIR   convert a LIWC "
    "dictionary\n"
    "  lexicon suggest --theme T [--top N] PATH...   propose terms by "
    "keyness\n"
    "\n"
    "options for reading documents (score, filter):\n"
    "  --lexicons DIR        lexicon directory (default: $SAYASAT_LEXICONS, "
    "else the bundled one)\n"
    "  --input auto|text|lines|jsonl   how to read standard input "
    "(auto: JSONL if it starts with '{')\n"
    "  --text-field F        JSONL field holding the text (default: text)\n"
    "  --id-field F          JSONL field holding the id (default: id)\n"
    "  --max-bytes N         larger documents become error records "
    "(default: 268435456)\n"
    "  --threads N           worker threads (default: one per core; output "
    "order is the input's)\n"
    "\n"
    "PATH: a text file, a .jsonl file (one document a line), a directory "
    "(its *.txt,\n"
    "recursively) or - for standard input; any may be gzip-compressed.\n";

int main(int argc, char **argv)
{
    /* `sayasat --lexicons DIR COMMAND ...` as well as after the command */
    while (argc > 2 && strncmp(argv[1], "--lexicons", 10) == 0) {
        const char *dir = argv[1][10] == '=' ? argv[1] + 11 : argv[2];
        int used = argv[1][10] == '=' ? 1 : 2;
        if (argv[1][10] != '=' && argv[1][10] != '\0')
            break;
        setenv("SAYASAT_LEXICONS", dir, 1);
        argc -= used;
        argv += used;
    }
    if (argc < 2 || strcmp(argv[1], "--help") == 0 ||
        strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "help") == 0) {
        fputs(usage, argc < 2 ? stderr : stdout);
        return argc < 2 ? EXIT_TROUBLE : EXIT_OK;
    }
    if (strcmp(argv[1], "--version") == 0) {
        printf("sayasat %s\n", sayasat_version());
        return EXIT_OK;
    }
    static const struct {
        const char *name;
        int (*run)(int, char **);
    } commands[] = {{"score", cmd_score},
                    {"filter", cmd_filter},
                    {"stem", cmd_stem},
                    {"eval-stem", cmd_eval_stem},
                    {"lexicon", cmd_lexicon},
                    {"eval", cmd_eval},
                    {"quotes", cmd_quotes}};
    for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
        if (strcmp(argv[1], commands[i].name) == 0)
            return commands[i].run(argc - 2, argv + 2);
    fprintf(stderr, "sayasat: unknown command '%s'\n\n%s", argv[1], usage);
    return EXIT_TROUBLE;
}
