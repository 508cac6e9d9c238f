@cues critique
@lang kk
@label Сыни алшақтық

# Markers with which the author distances himself from what he names:
# ironic "so-called", "reform for the sake of reform". "әйгілі" (famous)
# is left out: it is mostly used without irony.

"деп аталатын" = -1.5
"деп аталған" = -1.5
"атышулы" = -1.5
реформа* үшін реформа* = -2

реформа* үшін ғана = -1.5

есеп* үшін ғана = -1.5

"көз алдау үшін" = -2
өзгеріс* үшін өзгеріс* = -2

"сайлау үшін сайлау" = -2
"жұмсақ айтқанда" = -1.5
"былайша айтқанда" = -1
"тырнақшадағы" = -2
"тырнақша ішіндегі" = -2

# A vote tally quotes its options as terms, not at a distance: weight 0
# keeps «жақтап», «қарсы», «қалыс қалды» from counting as scare quotes.
"жақтап" = 0
"жақтады" = 0
"жақтағандар" = 0
"қарсы" = 0
"қалыс" = 0
