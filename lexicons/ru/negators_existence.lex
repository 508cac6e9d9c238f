@cues negator
@lang ru
@label Отрицание существования
@scope around 3

# Existence denied reads both ways: "нет реальной конкуренции" and, with the
# genitive of negation, "реальной конкуренции нет", "серьёзных нарушений не
# было". A scope still ends at a comma or "а": "деньги есть, а результата
# нет" negates only "результата".
"нет"
"не было"
"не стало"
"не возникло"
"не возникало"
"не выявлено"
"не зафиксировано"
"не поступало"
"не наблюдалось"
"не произошло"
"не случилось"
