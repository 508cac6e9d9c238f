@cues critique
@lang ru
@label Дистанцирование автора

# Signed strength, like polarity: the distance the author takes from what
# is named ("так называемая децентрализация", "пресловутые реформы").
так называемый = -1.5
пресловутый = -1.5
реформы ради реформ = -2
с позволения сказать = -2
нарочито = -1
мягко говоря = -1
гордо именуемый = -2
громко именуемый = -2
громко названный = -1.5
громкое название = -1.5
в кавычках = -1.5
если это можно назвать = -1.5
псевдо* = -1.5
# a pen name is no critique: the longer glob wins on the same word
псевдоним* = 0
лже* = -1
/горе-[а-яё]+/ = -2
мнимый = -1.5
так сказать = -0.5
что называется = -0.5

# A vote tally quotes its options as terms, not at a distance: weight 0
# keeps «против», «воздержались» from counting as scare quotes.
"против" = 0
"воздержался" = 0
"воздержались" = 0
"воздержавшихся" = 0
