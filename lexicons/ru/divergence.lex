@cues divergence
@lang ru
@label Расхождение мнений

# A report that says its sources disagree is two-sided even where only one
# side speaks in evaluative words ("Мнения экспертов разделились", "Иначе
# смотрит на итоги общественник"): with some evaluation in it, the document
# is mixed. Only reports of other people's disagreement are listed; the
# author's own "я не согласен" is a rebuttal, not two sides.
разошлись в оценках
разошлись во мнениях
мнения разделились
мнения разошлись
мнения экспертов разделились
мнения участников разделились
оценки разошлись
оценки разнятся
мнения разнятся
иначе смотрит
иначе оценил
оценил иначе
оценил ситуацию иначе
по-другому смотрит
придерживается другого мнения
придерживается противоположного мнения
противоположную точку зрения
не разделяет оптимизма
не разделяет этого оптимизма
настроены скептичнее
настроены куда скептичнее
настроены жестче
настроены куда жестче
настроены критичнее
настроены куда критичнее
# "эксперты оценивают по-разному", "жители оценивали происходящее
# по-разному": in this genre the word reports opinions
по-разному
два мнения
диаметрально противоположно
плюсы и минусы
есть и противники
есть и скептики
с ним не согласен
с ней не согласен
с ним не согласна
с ней не согласна
возразил
# Not listed: "одни считают…, другие…" is as often the setup of the
# author's own middle course as a two-sided report.

# The author's own refusal to settle is two-sided as well: "стакан
# наполовину полон и наполовину пуст". (A balance that a contrast settles,
# "с одной стороны…, с другой стороны…", is read through the contrast.)
наполовину полон
наполовину пуст
однозначно оценить
однозначной оценки

# the author holds both sides true and will not weigh them
правы обе стороны
обе стороны правы
оба утверждения верны
весят одинаково
два лагеря
отвечать одним словом
