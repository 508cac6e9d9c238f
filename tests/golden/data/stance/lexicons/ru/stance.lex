@cues polarity
@lang ru
@label Оценки

# The golden case score-stance-cues reads these lexicons: one cue of each
# kind on tests/golden/data/stance/stance-cues.txt, whose expected figures
# were checked by hand (для галочки -2 in a past sentence: +2; сырой -2
# under a hedge of 0.3: -0.6; the next сырой halved by the "Но" after it:
# -1, and that "Но" carries +2; важный шаг 2 in a question: 1; P 5, N 1.6,
# mixed by the divergence cue, the last evaluative sentence being only +1).

важный шаг = 2
сырой = -2
для галочки = -2
