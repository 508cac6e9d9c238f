@theme direct_elections
@lang ru
@label Прямые выборы акимов

# Electing akims (and other local officials) directly by residents.
# Parliamentary and maslikhat elections in general belong to other themes.
# Snowball stems the nominative singular "аким" to "ак" but every other
# form to "аким", so phrases whose head is "аким" come in plural (matches all
# oblique cases) and, where the nominative singular is frequent, singular too.

прямые выборы акимов = 3
выборы акимов = 2.5
выборы сельских акимов = 3
выборы районных акимов = 3
выборы в сельских округах = 2
выборность акимов = 3
избрание акимов = 2.5
прямое избрание = 2
избирать акима = 2.5
акимы избираются = 2
избранные акимы = 2.5
избранный аким = 2.5
выборный аким = 2.5
кандидат в акимы = 3
кандидат на пост акима = 3
пост акима = 1
кандидатуры акимов = 1.5
альтернативное согласование = 1.5
назначение акимов = 1.5
назначаемые акимы = 1.5
прямые выборы = 1.5
прямые выборы президента = -1.5
регистрация кандидатов = 1.2
выдвижение кандидатов = 1
зарегистрированный кандидат = 1
альтернативные кандидаты = 1.2
самовыдвиженец = 1
выборная должность = 1
предвыборная кампания = 0.8
день голосования = 0.8
сельские акимы = 0.8
"ЦИК" = 0.5
выборы = 0.3
аким* = 0.3
