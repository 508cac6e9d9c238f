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
