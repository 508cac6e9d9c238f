@cues past
@lang ru
@label Время до реформы

# A sentence set before the reform speaks of what the reform replaced:
# "Раньше нас спрашивали только для галочки", "Пять лет назад маслихат
# голосовал за всё единогласно". Its evaluation counts the other way: blame
# for the past is support for the change, praise of it regret. Weight -1
# (the default) flips the sentence; 0 vetoes the flip for the whole
# sentence: continuity ("как и раньше"), comparison ("лучше, чем раньше",
# "по сравнению с тем, что было"), and "прежде" that is no time.
"раньше"
"прежде"
# "пять лет назад", not "два года назад": "лет" counts five years and more,
# the time before the reforms began; two or three years back is already
# the reform's own time
лет назад
до реформы
"когда-то"

"как и раньше" = 0
"как раньше" = 0
"и раньше" = 0
"чем раньше" = 0
"как и прежде" = 0
"чем прежде" = 0
"прежде всего" = 0
"прежде чем" = 0
по сравнению с = 0
# what the past could not imagine is about now: "Пять лет назад о таком
# нельзя было и мечтать", "Ещё десять лет назад это было невозможно"
мечтать = 0
невозможно = 0
немыслимо = 0
фантастика = 0
бы не поверил = 0
