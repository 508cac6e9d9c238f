@cues negator
@lang kk
@label Болымсыздық
@scope after 3

# Kazakh negative particles stand after what they negate: "тиімді емес",
# "нәтиже жоқ". Verbal negation (-ма/-ме/-ба/-бе/-па/-пе inside the verb) is
# recognised by the stance model and not listed here.

"емес"
"емеспіз"
"емеспін"
"емессің"
"емессіз"
"жоқ"
"жоқпыз"
"жоқпын"
# preventing or removing a bad thing is good: "асығыс шешімдердің алдын
# алады", "кемшіліктерді жою", "сыбайлас жемқорлықты болдырмау". Exact
# forms where the stem would read more: болдыр (болдырды, made happen),
# алдын ал (алдын ала, in advance), ар (арылу, but also ар, honour).
жою
"болдырмау"
"болдырмайды"
"болдырмауға"
"алдын алу"
"алдын алады"
"алдын алуға"
"арылу"
"арылды"
"арылуға"
# азайту, төмендету, қысқарту: reducing a bad thing is good and a good thing
# bad ("жемқорлықты азайту", "сенім төмендеді"); азайды is written exactly,
# its stem would be аз (little)
азайту
"азайды"
"азаяды"
"азайған"
"азайып"
төмендету
төмендеу
қысқарту
қысқару
# putting an end to a bad thing is good: "әділетсіздікке нүкте қойды"
"нүкте қойды"
"нүкте қою"
"нүкте қояды"
# "бәрі үміт ақтап жатыр деп айта алмаймыз": what one cannot say is denied
"деп айта алмаймыз"
"деп айта алмаймын"
"деп айтуға болмайды"
"деуге болмайды"
