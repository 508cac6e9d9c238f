@cues past
@lang kk
@label Реформаға дейінгі уақыт

# A sentence set before the reform speaks of what the reform replaced:
# "Бұрындары мәслихат әкімдіктің айтқанын бір ауыздан қабылдайтын",
# "бірнеше жыл бұрын бұған ешкім сенбеді". Its evaluation counts the other
# way. Weight -1 (the default) flips the sentence; 0 vetoes the flip for
# the whole sentence: continuity (бұрынғыдай, бұрынғыша), comparison
# (салыстырғанда) and what the past could not imagine ("он жыл бұрын мұның
# бірі де мүмкін емес еді"), which is about now. Bare бұрын opens such
# sentences ("Бұрын бюджет жобасы сессияға дайын күйінде келетін"); as the
# postposition, "сайлаудан бұрын", it mostly sets the time before the
# reform's event too.
"жыл бұрын"
"бұрын"
"бұрындары"
"ертеректе"

"бұрынғыдай" = 0
"бұрынғыша" = 0
салыстырғанда = 0
"мүмкін емес еді" = 0
"арман еді" = 0
