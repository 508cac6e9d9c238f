@cues negator
@lang kk
@label Болымсыздық: көмекші етістік (алмады, болмады)
@scope after 1

# "үмітті ақтай алмады", "жүзеге аса алмады": the negated auxiliary ал- (can)
# stands right after the verb it negates. Exact forms: алма* would also read
# алма (apple), алмасу (exchange) and Алматы.

"алмады"
"алмадық"
"алмадым"
"алмайды"
"алмаймыз"
"алмаймын"
"алмаған"
"алмағандықтан"
"алмай"
"алмайтын"
"алмас"
"алмаса"

# The negated copula after an evaluative word or phrase: "тиімді болмады"
# (was not effective), "нағыз сайлау болмайды". Exact forms: the stem бол-
# is the positive copula.
"болмады"
"болмайды"
"болмаған"
"болмайтын"
"болмас"
"болмауы"
"болмаса"
