@cues negator
@lang ru
@label Отрицание
@scope before 3

# Russian negation stands before what it negates ("не оправдала ожиданий",
# "нет сомнений", "без поддержки"). Short function words are exact entries:
# they are not stemmed. Words that mostly come with "не" ("ничуть не",
# "вовсе не", "никогда не") are left out so a negation is not counted twice;
# "отнюдь" and "никак" are listed as the brief of the stance model asks.
"не"
"ни"
"без"
"никак"
отнюдь
отсутствие
# "перестает быть декорацией", "перестали верить": the state ends
перестать
# avoiding or removing a bad thing is good: "позволит избежать поспешных
# решений", "устранили недостатки", "преодолеть кризис доверия"
избежать
предотвратить
устранить
преодолеть
избавиться
# reducing a bad thing is good and a good thing bad: "снижает риск провала",
# "сократить бюрократию", "снижение доверия"
снижать
снижение
снизить
сокращать
сокращение
сократить
уменьшать
уменьшение
уменьшить
искоренить
искоренение
# putting an end to a bad thing is good: "положить конец безнаказанности"
положить конец
покончить с

# what the author declines to say: "нельзя сказать, что ничего не сделано"
"нельзя сказать что"
"не скажу что"
"не могу сказать что"
"не сказал бы что"
