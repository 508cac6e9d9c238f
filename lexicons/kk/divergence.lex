@cues divergence
@lang kk
@label Пікір алшақтығы

# A report that says its sources disagree is two-sided even where only one
# side speaks in evaluative words ("сарапшылардың пікірі екіге жарылды"):
# with some evaluation in it, the document is mixed. Only reports of other
# people's disagreement are listed.
пікірлер екіге жарылды
пікірлер екіге бөлінді
пікірлер екі түрлі
басқаша пікірде
басқа пікірде
басқаша көзқараста
басқаша бағалады
әртүрлі бағалады
қарама-қайшы пікір
артықшылығы мен кемшілігі
қарсы уәж айтты
бұл пікірмен келіспейді
оның пікірімен келіспейді
қарсы пікір білдірді
# Not listed: "біреулер тым баяу десе, енді біреулер асығыс дейді" (some
# say one thing, others another) is as often the setup of the author's own
# middle course as a two-sided report (dev kk 0.839 with it, 0.847 without).

# The author's own refusal to settle is two-sided as well: "стақан жартылай
# толы ма, жартылай бос па? … екеуі де рас", "біржақты баға беру қиын".
"жартылай толы"
"жартылай бос"
"екеуі де рас"
"екеуінде де шындық бар"
"екі жағы бар"
біржақты баға беру қиын

# the author weighs both sides and gives no verdict: "Екінші жағы да бар",
# "Екі жауаптың да дәлелі жеткілікті"
екінші жағы да бар
екі жауаптың да
екі жағы да
