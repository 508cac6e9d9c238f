@cues negator
@lang kk
@label Болымсыздық: -а алмау
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
