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
