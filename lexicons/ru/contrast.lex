@cues contrast
@lang ru
@label Противопоставление

# Markers after which the clause weighs more: "Шаг важный, но запоздалый."
# "при этом" and "а" are mostly additive in commentary and are left out.
"но" = 1.5
однако = 1.5
тем не менее = 1.5
вместе с тем = 1.5
# exact: the stem of зато is that of затем
"зато" = 1.5
впрочем = 1.3
и все же = 1.5
все же = 1.5
все-таки = 1.5
между тем = 1.3
в то же время = 1.3
несмотря на это = 1.5
с другой стороны = 1.3
но при этом = 1.5

# the author's own view set against what others say: "Многие ругаются:
# почему только семь районов. А я считаю, что поэтапность правильная"
"а я считаю" = 1.5
"а я думаю" = 1.5
"я же считаю" = 1.5
